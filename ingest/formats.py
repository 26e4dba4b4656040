"""Which reader a document needs (docs/ingest.md, «The ingest command»).

Each wire reader says itself whether a document's first bytes look like its format
(`detect(head)`); the readers are imported by module name when first needed, so this module
knows only their names. The JSON format of docs/import-format.md and WordPress exports are
recognised here: the first goes to `document_import`, the second to `import_wordpress`.
"""

import importlib
import json
import re

from django.utils.translation import gettext as _

HEAD_BYTES = 8192
# format name → reader module (ingest/readers/…): the same names as Provider.format
READERS = {"ninjs": "ingest.readers.ninjs", "newsml-g2": "ingest.readers.newsml"}
WXR = re.compile(rb"<rss[^>]*wordpress\.org/export|xmlns:wp=\"http://wordpress\.org/export")


class FormatUnknown(ValueError):
    """The document is none of the formats the site reads; the message says what to do."""


def reader(name: str):
    """The reader module of a wire format (imported when first needed)."""
    return importlib.import_module(READERS[name])


def format_detect(head: bytes, *, expected: str = "auto") -> str:
    """«json», «wordpress» or a key of READERS. `expected` (a provider's configured format)
    skips the detection."""
    if expected in READERS:
        return expected
    head = head[:HEAD_BYTES]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<") and WXR.search(head):
        return "wordpress"
    for name in READERS:
        try:
            module = reader(name)
        except ImportError:
            continue  # a reader not installed in this build
        if module.detect(head):
            return name
    if stripped.startswith(b"{") and _looks_like_import_json(head):
        return "json"
    raise FormatUnknown(
        _(
            "not a format the site reads (the JSON import format, IPTC ninjs or NewsML-G2); "
            "WordPress exports are read by «manage.py import_wordpress»"
        )
    )


def _looks_like_import_json(head: bytes) -> bool:
    """The JSON import format names its lists at the top level («articles», «sections»…)."""
    try:
        data = json.loads(head.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return bool(re.search(rb'"(articles|sections|topics|regions|authors)"\s*:', head))
    return isinstance(data, dict) and ("articles" in data or "version" in data)
