"""Writes of the ingest app: a JSON document of docs/import-format.md through the one
pipeline (docs/ingest.md)."""

from pathlib import Path

from ingest.readers.json_format import records_read
from ingest.writer import IngestReport, records_write


def document_import(*, data, base_dir: Path, user=None) -> IngestReport:
    """Import the sections, topics, regions, authors and articles of a parsed JSON document;
    pictures named by path are read relative to `base_dir`. All or nothing (ImportFailed)."""
    return records_write(records_read(data), base_dir=base_dir, user=user)
