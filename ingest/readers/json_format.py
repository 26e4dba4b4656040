"""The reader of depesche's own JSON format (docs/import-format.md): a parsed document in,
records out. The checks of the document as a whole live here; those of each record in the
writer."""

from collections.abc import Iterator

from django.utils.translation import gettext as _

from ingest.errors import ImportFailed
from ingest.records import Record

FORMAT_VERSION = 1
# The document's lists, in the order the writer needs them (what articles name comes first).
LISTS = (
    ("sections", "section"),
    ("topics", "topic"),
    ("regions", "region"),
    ("authors", "author"),
    ("articles", "article"),
)


def records_read(data) -> Iterator[Record]:
    """The records of a parsed JSON document. A document that is not one of this format
    raises ImportFailed at once; other errors of the document as a whole (unknown keys, a
    «list» that is none, no «articles») are raised after the last record, so that the writer
    reports them together with the records' own."""
    if not isinstance(data, dict):
        raise ImportFailed([_("The file must hold a JSON object with a list «articles».")])
    version = data.get("version", FORMAT_VERSION)
    if type(version) is not int or version != FORMAT_VERSION:
        raise ImportFailed(
            [
                _("Format version %(version)s is not supported (expected %(expected)s).")
                % {"version": version, "expected": FORMAT_VERSION}
            ]
        )
    errors = []
    unknown = set(data) - {"version", *(key for key, _kind in LISTS)}
    if unknown:
        errors.append(_("Unknown top-level keys: %(keys)s.") % {"keys": ", ".join(sorted(unknown))})
    for key, kind in LISTS:
        items = data.get(key, [])
        if not isinstance(items, list):
            errors.append(_("«%(key)s» must be a list.") % {"key": key})
            continue
        for number, item in enumerate(items, start=1):
            yield Record(kind=kind, data=item, label=_label(key, number, item))
    if "articles" not in data:
        errors.append(_("The file has no list «articles»."))
    if errors:
        raise ImportFailed(errors)


def _label(key: str, number: int, item) -> str:
    labels = {
        "sections": _("section %(number)d"),
        "topics": _("topic %(number)d"),
        "regions": _("region %(number)d"),
        "authors": _("author %(number)d"),
        "articles": _("article %(number)d"),
    }
    label = labels[key] % {"number": number}
    if isinstance(item, dict):
        name = item.get("external_id") or item.get("name") or item.get("path")
        if isinstance(name, str) and name:
            label += f" ({name[:80]})"
    return label
