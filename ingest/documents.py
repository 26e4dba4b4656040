"""One document in, through the path its format takes: wire documents through a reader and
`items_ingest`, JSON import documents through `document_import`. Used by the poller and by
`manage.py ingest`, so both behave the same (docs/ingest.md)."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from ingest.errors import ImportFailed
from ingest.formats import FormatUnknown, format_detect, reader
from ingest.services import document_import
from ingest.wires import ItemResult, WireReport, items_ingest


@dataclass
class DocumentResult:
    """What one document gave: its format, the wire items' results, or for a JSON import
    document its counts; `error` when the whole document was refused."""

    name: str
    format: str = ""
    wire: WireReport = field(default_factory=WireReport)
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors) or bool(self.wire.held)


def document_ingest(
    content: bytes, *, name: str, base_dir: Path, provider=None, user=None, section=None
) -> DocumentResult:
    result = DocumentResult(name=name)
    expected = provider.format if provider is not None else "auto"
    try:
        result.format = format_detect(content, expected=expected)
    except FormatUnknown as error:
        result.errors.append(str(error))
        return result
    if result.format == "wordpress":
        result.errors.append(
            _("a WordPress export: import it with «manage.py import_wordpress %(name)s»")
            % {"name": name}
        )
        return result
    try:
        if result.format == "json":
            data = _json(content)
            report = document_import(data=data, base_dir=base_dir, user=user)
            result.counts = {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
            }
            return result
        items = reader(result.format).items_read(content, base_dir=base_dir)
    except ImportFailed as failure:
        result.errors.extend(failure.errors)
        return result
    result.wire = items_ingest(
        items, provider=provider, base_dir=base_dir, user=user, section=section
    )
    return result


def _json(content: bytes):
    try:
        return json.loads(content.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFailed([_("not UTF-8 text")]) from None
    except json.JSONDecodeError as error:
        raise ImportFailed(
            [
                _("not valid JSON (line %(line)d, column %(column)d: %(message)s)")
                % {"line": error.lineno, "column": error.colno, "message": error.msg}
            ]
        ) from None
    except RecursionError:
        raise ImportFailed([_("nested too deeply to be an article file")]) from None


__all__ = ["DocumentResult", "ItemResult", "document_ingest"]
