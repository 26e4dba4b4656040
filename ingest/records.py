"""The neutral records that every reader hands to the one writer (docs/ingest.md).

A reader turns one document (a JSON file in the format of docs/import-format.md, an agency
wire item, a WordPress export) into a stream of `Record`s; the writer validates, maps,
sanitises and stores the stream, all or nothing, and reports every error of every record.
Readers never touch the database; the writer never parses a source format.

A record's `data` holds the fields that docs/import-format.md defines for its kind, with these
additions that only readers of other formats need:

- article `body` may hold `{"type": "html", "value": "<p>…</p>"}`: HTML as it came (NITF
  turned into HTML by its reader, WordPress shortcodes turned into HTML by theirs). The
  writer parses it with a real HTML parser, sanitises it and splits it into paragraph,
  subheading, image, quote, fact box and video blocks; `<img src>` names a picture by a path
  relative to the document's folder or a data URL, like a picture object's `path`/`data_url`.
  What cannot be expressed becomes text, with a warning in the report.
- a picture object may carry `url` (an http(s) address) instead of `path`/`data_url`: the
  writer never fetches; a picture that was not fetched beforehand (the provider's poller does
  that, into the document's folder) is left out with a warning.
- article `comments`: a list of `{"external_id", "parent" (another comment's external_id or
  null), "author_name", "author_email", "created_at", "text" (plain text), "status"
  ("published" or "pending")}`, written by the comments app; deeper threads than the site's
  one level of replies hang under their top-level ancestor.
- article `old_paths`: a list of paths of the old site (`/2019/05/tram/`, `/?p=123`) that
  answer 301 to the article (Wagtail's redirects).
"""

from dataclasses import dataclass, field

KINDS = ("section", "topic", "region", "author", "article")


@dataclass
class Record:
    """One thing to store: `kind` is one of KINDS, `data` its fields (see above), `label`
    how the report names it («Artikel 3 (demo-003)», «Meldung urn:newsml:…», «Beitrag 1234»),
    `warnings` what the reader could not express (kept text, dropped markup, unknown
    shortcodes), reported beside the writer's own."""

    kind: str
    data: dict
    label: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class WireItem:
    """One agency item as a wire reader found it: `meta` holds what the inbox and the version
    rules read (`uri`, `version` (int or None), `versioncreated` (aware datetime or None),
    `pubstatus` ("usable", "withheld", "canceled"), `embargoed` (aware datetime or None),
    `urgency` (int or None), `copyright_holder`, `copyright_notice`, `usage_terms`, `format`
    ("ninjs 1", "ninjs 2", "ninjs 3", "newsml-g2")); `records` what the writer stores (one
    article record and the subjects it names); `raw` the item's own text as received;
    `error` a message when the item could not be read (then `records` is empty and the item
    is held, while the rest of its batch goes on)."""

    meta: dict
    records: list[Record]
    raw: str
    error: str = ""
