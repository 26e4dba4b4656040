"""IPTC ninjs 1.x, 2.x and 3.x (https://iptc.org/standards/ninjs/) as WireItems: one article
record per text item, what the inbox and the version rules read in `meta`
(ingest/records.py, docs/ingest.md «Formats»).

The version comes from the document: its `standard`/`$standard` object or a `$schema` naming
ninjs-schema_<n>.x, else its field names (3.x: camelCase, `versionCreated`, `pubStatus`;
2.x: arrays `headlines`, `bodies`, `subjects`; 1.x: `headline`, `body_<role>`, `byline`,
objects for `renditions` and `associations`). 1.x is rewritten into 2.x's shape and 3.x's
keys are lower-cased (3.x is 2.x in camelCase plus `embargoedUntil`), so one reader reads all.

A document is one item, a JSON array of items (as IPTC's own example collections), or an
object whose `items` (or `entries`) holds them.
"""

import json
import re
from pathlib import Path

from django.utils.translation import gettext as _

from ingest.errors import ImportFailed
from ingest.readers import agency, nitf
from ingest.records import Record, WireItem

FORMATS = {1: "ninjs 1", 2: "ninjs 2", 3: "ninjs 3"}
# Keys only ninjs uses (the site's own JSON format has none of them).
DETECT = re.compile(
    rb'"(versioncreated|versionCreated|firstcreated|firstCreated|pubstatus|pubStatus|headlines|'
    rb"bodies|body_[a-z0-9_]+|headline_[a-z0-9_]+|description_[a-z0-9_]+|\$standard|ninjs)\"?\s*[:\",}/_-]",
    re.IGNORECASE,
)
CAMEL_KEYS = {
    "versionCreated",
    "firstCreated",
    "contentCreated",
    "embargoedUntil",
    "pubStatus",
    "copyrightHolder",
    "copyrightNotice",
    "usageTerms",
    "altIds",
    "edNote",
    "infoSources",
    "representationType",
    "trustIndicators",
    "rightsInfo",
    "digitalSourceType",
    "contentType",
    "sizeInBytes",
    "bodyHtml",
}
V2_KEYS = {
    "headlines",
    "bodies",
    "descriptions",
    "subjects",
    "places",
    "people",
    "organisations",
    "by",
    "infosources",
    "genres",
    "altids",
    "trustindicators",
    "events",
    "objects",
}
V1_KEYS = {
    "headline",
    "byline",
    "subject",
    "place",
    "person",
    "organisation",
    "genre",
    "$standard",
    "mimetype",
}
HTML_TYPES = {"text/html", "application/xhtml+xml", "application/xhtml", "text/xhtml"}
NITF_TYPES = {"text/vnd.iptc.nitf", "application/nitf+xml", "text/vnd.iptc.nitf+xml"}
PICTURE_KINDS = {"picture", "graphic"}
NOT_ARTICLES = {"picture", "graphic", "video", "audio", "event", "planning"}
# Roles in the order a reader takes them: the main text before its variants.
BODY_ROLES = ("main", "", "html", "richtext", "xhtml", "text", "nitf")
HEADLINE_ROLES = ("main", "", "headline", "default")
DESCRIPTION_ROLES = (
    "summary",
    "abstract",
    "lead",
    "teaser",
    "main",
    "",
    "text",
    "richtext",
    "html",
)


def detect(head: bytes) -> bool:
    """A JSON object or array that uses ninjs' own field names."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return start in (b"{", b"[") and bool(DETECT.search(head))


def items_read(content: bytes, *, base_dir: Path) -> list[WireItem]:
    """One WireItem per ninjs item of the document; `base_dir` is the document's folder
    (pictures beside it). Raises ImportFailed when the document is not UTF-8 JSON of an
    object or a list of objects; an item that cannot be read is WireItem(error=…)."""
    if len(content) > agency.MAX_DOCUMENT_BYTES:
        raise ImportFailed(
            [
                _("the document is larger than %(mb)d MB")
                % {"mb": agency.MAX_DOCUMENT_BYTES // 2**20}
            ]
        )
    try:
        text = content.decode("utf-8-sig") if isinstance(content, bytes) else content
    except UnicodeDecodeError as error:
        raise ImportFailed(
            [_("not UTF-8 (byte %(position)d)") % {"position": error.start + 1}]
        ) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise ImportFailed([_("the JSON is nested too deeply")]) from None
    except ValueError as error:
        line, column = getattr(error, "lineno", 0), getattr(error, "colno", 0)
        raise ImportFailed(
            [
                _("not valid JSON (line %(line)d, column %(column)d: %(error)s)")
                % {"line": line, "column": column, "error": getattr(error, "msg", str(error))}
            ]
        ) from None
    single = isinstance(data, dict) and not _is_wrapper(data)
    entries = [data] if single else _entries(data)
    if entries is None:
        raise ImportFailed([_("not a ninjs document: expected an object or a list of objects")])
    items = []
    for index, entry in enumerate(entries, start=1):
        raw = text if single else json.dumps(entry, ensure_ascii=False, indent=1)
        items.append(item_read(entry, raw=raw, base_dir=base_dir, position=index))
    return items


def _is_wrapper(data: dict) -> bool:
    return any(isinstance(data.get(key), list) for key in ("items", "entries")) and not any(
        key in data
        for key in ("uri", "guid", "headline", "headlines", "bodies", "body_html", "type")
    )


def _entries(data):
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("items", "entries"):
            if isinstance(data.get(key), list):
                return data[key]
    return None


def ninjs_version(item: dict) -> int:
    for key in ("standard", "$standard"):
        standard = item.get(key)
        if isinstance(standard, dict):
            label = f"{standard.get('name', '')} {standard.get('schema', '')}".lower()
            match = re.match(r"\s*(\d)", str(standard.get("version") or ""))
            if "ninjs" in label and match and match.group(1) in "123":
                return int(match.group(1))
    schema = str(item.get("$schema") or "")
    match = re.search(r"ninjs-schema_(\d)", schema)
    if match and match.group(1) in "123":
        return int(match.group(1))
    if _has_camel(item):
        return 3
    keys = set(item)
    if keys & V1_KEYS or any(re.match(r"(body|description|headline)_", key) for key in keys):
        return 1
    if isinstance(item.get("renditions"), dict) or isinstance(item.get("associations"), dict):
        return 1
    return 2


def _has_camel(item: dict) -> bool:
    if CAMEL_KEYS & set(item):
        return True
    for key in ("renditions", "bodies", "associations", "headlines", "descriptions"):
        values = item.get(key)
        if isinstance(values, list):
            for value in values:
                if isinstance(value, dict) and CAMEL_KEYS & set(value):
                    return True
    return False


def _lowered(value):
    if isinstance(value, dict):
        return {str(key).lower(): _lowered(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_lowered(inner) for inner in value]
    return value


def _from_v1(item: dict) -> dict:
    """ninjs 1.x in 2.x's shape: `headline_<role>`, `body_<role>`, `description_<role>` become
    role arrays, objects of renditions and associations become arrays with a `name`."""
    result = {}
    arrays = {"headline": "headlines", "body": "bodies", "description": "descriptions"}
    renamed = {
        "byline": "by",
        "subject": "subjects",
        "place": "places",
        "person": "people",
        "organisation": "organisations",
        "genre": "genres",
        "infosource": "infosources",
        "event": "events",
        "object": "objects",
    }
    for key, value in item.items():
        prefix, sep, role = key.partition("_")
        if prefix in arrays and (sep or prefix == "headline") and isinstance(value, str):
            kind = "text/plain"
            if role in ("html", "xhtml", "richtext") or agency.looks_like_html(value):
                kind = "text/html"
            if role == "nitf" or value.lstrip().startswith(("<nitf", "<?xml")):
                kind = "application/nitf+xml"
            result.setdefault(arrays[prefix], []).append(
                {"role": role or "main", "contenttype": kind, "value": value}
            )
        elif key == "renditions" and isinstance(value, dict):
            result["renditions"] = [
                {"name": name, **_rendition_v1(rendition)}
                for name, rendition in value.items()
                if isinstance(rendition, dict)
            ]
        elif key == "associations" and isinstance(value, dict):
            result["associations"] = [
                {"name": name, **_from_v1(association)}
                for name, association in value.items()
                if isinstance(association, dict)
            ]
        elif key in renamed:
            result[renamed[key]] = value
        else:
            result[key] = value
    return result


def _rendition_v1(rendition: dict) -> dict:
    result = dict(rendition)
    if "mimetype" in result:
        result["contenttype"] = result.pop("mimetype")
    return result


def item_read(entry, *, raw: str, base_dir: Path, position: int = 1) -> WireItem:
    if not isinstance(entry, dict):
        return WireItem(
            meta=agency.empty_meta(FORMATS[2]),
            records=[],
            raw=raw,
            error=_("item %(n)d is not a JSON object") % {"n": position},
        )
    version = ninjs_version(entry)
    try:
        item = _from_v1(entry) if version == 1 else _lowered(entry) if version == 3 else entry
    except RecursionError:
        return WireItem(
            meta=agency.empty_meta(FORMATS[version]),
            records=[],
            raw=raw,
            error=_("the JSON is nested too deeply"),
        )
    meta = agency.empty_meta(FORMATS[version], agency.clean(item.get("uri") or item.get("guid")))
    try:
        return _read(item, meta=meta, raw=raw, base_dir=base_dir)
    except agency.ItemError as error:
        return WireItem(meta=meta, records=[], raw=raw, error=str(error))


def _read(item: dict, *, meta: dict, raw: str, base_dir: Path) -> WireItem:
    warnings: list[str] = []
    if not meta["uri"]:
        raise agency.ItemError(_("the item has no «uri»"))
    meta["version"] = agency.parse_version(item.get("version"), warnings)
    meta["versioncreated"] = agency.parse_time(item.get("versioncreated"), "versioncreated")
    first_created = agency.parse_time(item.get("firstcreated"), "firstcreated")
    meta["embargoed"] = agency.parse_time(
        item.get("embargoed") or item.get("embargoeduntil"), "embargoed"
    )
    meta["pubstatus"] = agency.parse_pubstatus(item.get("pubstatus"))
    meta["urgency"] = agency.parse_urgency(item.get("urgency"), warnings)
    meta["copyright_holder"] = agency.clean(item.get("copyrightholder"))
    meta["copyright_notice"] = agency.clean(item.get("copyrightnotice"))
    meta["usage_terms"] = agency.clean(item.get("usageterms"))
    meta["byline"] = agency.clean(item.get("by"))
    meta["credit"] = meta["copyright_holder"]
    meta["language"] = agency.clean(item.get("language"))
    meta["slugline"] = agency.clean(item.get("slugline"))
    meta["ednote"] = agency.clean(item.get("ednote"))
    meta["subjects"] = agency.unique(
        [_code(entry) for entry in _list(item.get("subjects"))]
        + [_code(entry, kind="person") for entry in _list(item.get("people"))]
        + [_code(entry, kind="organisation") for entry in _list(item.get("organisations"))]
    )
    places = [_code(entry) for entry in _list(item.get("places"))]
    if agency.clean(item.get("located")):
        places.append({"scheme": "located", "code": "", "name": agency.clean(item.get("located"))})
    meta["places"] = agency.unique(places)

    kind = agency.clean(item.get("type")).lower()
    usable = meta["pubstatus"] == "usable"
    if kind in NOT_ARTICLES and usable:
        raise agency.ItemError(
            _("a «%(type)s» item is not an article; only text items are read") % {"type": kind}
        )
    headline = _pick(item.get("headlines"), HEADLINE_ROLES)
    headline_text = agency.html_text(headline["value"]) if headline else ""
    headline_text = headline_text or agency.clean(item.get("title")) or meta["slugline"]
    if not headline_text and usable:
        raise agency.ItemError(_("the item has no headline"))
    if len(headline_text) > agency.HEADLINE_MAX:
        warnings.append(
            _("the headline is longer than %(n)d characters; cut") % {"n": agency.HEADLINE_MAX}
        )
        headline_text = agency.cut_at_word(headline_text, agency.HEADLINE_MAX)

    body, head = _body(item, base_dir=base_dir, credit=meta["credit"], warnings=warnings)
    if not body and usable:
        raise agency.ItemError(_("the item has no body text"))
    meta["byline"] = meta["byline"] or head.get("byline", "")
    description = _pick(item.get("descriptions"), DESCRIPTION_ROLES)
    description_text = (
        agency.html_text(description["value"]) if description else head.get("abstract", "")
    )
    body_html = "".join(block["value"] for block in body if block["type"] == "html")

    pictures = [
        picture
        for picture in (_picture(a, base_dir, warnings) for a in _associations(item))
        if picture is not None
    ]
    if not pictures:
        own = _rendition_source(item, base_dir, warnings, quiet=True)
        if own is not None:
            pictures.append(agency.picture_value(own, title="", caption="", credit=""))
    hero = pictures[0] if pictures else None
    body = body + [{"type": "image", "value": {"image": picture}} for picture in pictures[1:]]

    data = agency.article_record_data(
        external_id=meta["uri"],
        headline=headline_text,
        lead=agency.lead_from(description_text, body_html, headline_text),
        body=body,
        first_created=first_created,
        version_created=meta["versioncreated"],
        hero=hero,
    )
    record = Record(
        kind="article", data=data, label=_("Item %(id)s") % {"id": meta["uri"]}, warnings=warnings
    )
    return WireItem(meta=meta, records=[record], raw=raw)


def _list(value) -> list:
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _code(entry: dict, kind: str = "") -> dict | None:
    """A subject or place as {"scheme", "code", "name"} (agency.code_entry); people and
    organisations get the scheme «person» / «organisation» and their URI as the code."""
    name = agency.clean(entry.get("name"))
    uri = agency.clean(entry.get("uri"))
    literal = agency.clean(entry.get("literal"))
    if kind:
        code = uri or agency.clean(entry.get("scheme")) + agency.clean(entry.get("code")) or literal
        return agency.code_entry(scheme=kind, code=code, name=name) if (code or name) else None
    if "scheme" in entry or "code" in entry:  # 1.x
        return agency.code_entry(
            scheme=entry.get("scheme") or "", code=entry.get("code") or "", name=name
        )
    if re.match(r"[A-Za-z][\w.-]*:[^/]", uri) and not uri.startswith("urn:"):
        return agency.code_entry(qcode=uri, name=name)
    scheme, code = agency.split_uri(uri) if uri else ("", "")
    return agency.code_entry(scheme=scheme, code=code or literal, name=name)


def _filled(value) -> bool:
    return isinstance(value, str) and not value.isspace() and value != ""


def _pick(values, roles) -> dict | None:
    entries = [entry for entry in _list(values) if _filled(entry.get("value"))]
    for role in roles:
        for entry in entries:
            if agency.clean(entry.get("role")).lower() == role:
                return entry
    return entries[0] if entries else None


def _body(
    item: dict, *, base_dir: Path, credit: str, warnings: list[str]
) -> tuple[list[dict], dict]:
    """The body blocks and NITF's head (when the body is NITF): HTML before NITF before text."""
    bodies = _list(item.get("bodies"))
    if not bodies and isinstance(item.get("bodyhtml"), str):
        bodies = [{"role": "main", "contenttype": "text/html", "value": item["bodyhtml"]}]

    def content_type(entry) -> str:
        kind = agency.clean(entry.get("contenttype")).lower().split(";", 1)[0]
        value = entry.get("value") or ""
        if kind in NITF_TYPES or (not kind and value.lstrip().startswith(("<nitf", "<?xml"))):
            return "nitf"
        if kind in HTML_TYPES or (not kind and agency.looks_like_html(value)):
            return "html"
        return "text"

    by_kind: dict[str, list[dict]] = {}
    for entry in bodies:
        if _filled(entry.get("value")):
            by_kind.setdefault(content_type(entry), []).append(entry)
    for kind in ("html", "nitf", "text"):
        entry = _pick(by_kind.get(kind), BODY_ROLES)
        if entry is None:
            continue
        value = entry["value"]
        if kind == "html":
            return [{"type": "html", "value": value.strip()}], {}
        if kind == "text":
            return [{"type": "html", "value": agency.text_to_html(value)}], {}
        try:
            root = agency.xml_parse(value.encode("utf-8") if isinstance(value, str) else value)
        except agency.XmlRefused as error:
            raise agency.ItemError(
                _("the NITF body is not readable XML: %(error)s") % {"error": error}
            ) from None
        return nitf.nitf_blocks(
            root, base_dir=base_dir, credit=credit, warnings=warnings
        ), nitf.nitf_head(root)
    return [], {}


def _associations(item: dict) -> list[dict]:
    return [
        association
        for association in _list(item.get("associations"))
        if agency.clean(association.get("type")).lower() in PICTURE_KINDS
        or (not association.get("type") and association.get("renditions"))
    ]


def _rendition_source(
    item: dict, base_dir: Path, warnings: list[str], quiet: bool = False
) -> dict | None:
    renditions = [
        {
            "href": agency.clean(rendition.get("href")),
            "content_type": rendition.get("contenttype") or rendition.get("mimetype") or "",
            "width": rendition.get("width"),
            "height": rendition.get("height"),
            "size": rendition.get("sizeinbytes"),
        }
        for rendition in _list(item.get("renditions"))
    ]
    if quiet and not any(
        agency.is_picture_rendition(r["content_type"], r["href"], None) for r in renditions
    ):
        return None
    return agency.best_rendition(renditions, base_dir, warnings)


def _picture(association: dict, base_dir: Path, warnings: list[str]) -> dict | None:
    source = _rendition_source(association, base_dir, warnings)
    if source is None:
        return None
    headline = _pick(association.get("headlines"), HEADLINE_ROLES)
    description = _pick(association.get("descriptions"), ("caption", *DESCRIPTION_ROLES))
    return agency.picture_value(
        source,
        title=agency.html_text(headline["value"]) if headline else "",
        caption=agency.html_text(description["value"]) if description else "",
        credit=agency.credit_of(
            association.get("by") or "", association.get("copyrightholder") or ""
        ),
    )
