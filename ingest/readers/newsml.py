"""IPTC NewsML-G2 (https://iptc.org/standards/newsml-g2/) as WireItems: a `newsItem`, a
`packageItem`, or a `newsMessage` that carries several of them (docs/ingest.md «Formats»).

- A text newsItem becomes one WireItem with one article record; its body is the XHTML or
  NITF of `contentSet/inlineXML` (NITF turned into HTML by nitf.py), else plain text of
  `inlineData`.
- Picture newsItems (`itemClass` ninat:picture or ninat:graphic) are not articles: those a
  package in the same document groups with a text item become that article's hero (the first)
  and body pictures (the others), with their caption and credit. A picture no package ties to
  a text item becomes a WireItem with an error, so editors see it.
- A package names its items by `itemRef/@residref`; items it names that the document does
  not carry are reported as a warning on its text items (or, when it has no text item in the
  document, as an error of a WireItem for the package).
- One item that cannot be read becomes WireItem(error=…); the others go on. A document that
  is not well-formed XML, or not NewsML-G2, is refused as a whole (ImportFailed).
"""

import re
from pathlib import Path

from django.utils.translation import gettext as _
from lxml import etree

from ingest.errors import ImportFailed
from ingest.readers import agency, nitf
from ingest.records import Record, WireItem

FORMAT = "newsml-g2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DETECT = re.compile(rb"<([A-Za-z_][\w.-]*:)?(newsItem|newsMessage|packageItem)[\s>/]")
PICTURE_CLASSES = {"picture", "graphic"}
PLACE_TYPES = {"cpnat:geoarea", "cpnat:poi"}
SUBJECT_KINDS = {"cpnat:person": "person", "cpnat:organisation": "organisation"}
HEADLINE_ROLES = ("", "hdltype:main", "main")
SUMMARY_ROLES = ("drol:summary", "summary", "drol:abstract", "", "drol:teaser")
CAPTION_ROLES = ("drol:caption", "caption", "", "drol:summary")


def detect(head: bytes) -> bool:
    """An XML document whose root is a NewsML-G2 news item, package or news message."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return start == b"<" and bool(DETECT.search(head))


def local(element) -> str:
    return nitf.local(element)


def children(element, name: str) -> list:
    return [child for child in element if local(child) == name] if element is not None else []


def child(element, name: str):
    found = children(element, name)
    return found[0] if found else None


def qcode_of(element) -> str:
    return agency.clean(element.get("qcode")) if element is not None else ""


def items_read(content: bytes, *, base_dir: Path) -> list[WireItem]:
    """One WireItem per text item of the document (see the module's docstring); `base_dir`
    is the document's folder. Raises ImportFailed when it is not well-formed NewsML-G2."""
    if len(content) > agency.MAX_DOCUMENT_BYTES:
        raise ImportFailed(
            [
                _("the document is larger than %(mb)d MB")
                % {"mb": agency.MAX_DOCUMENT_BYTES // 2**20}
            ]
        )
    if isinstance(content, str):
        content = content.encode("utf-8")
    try:
        root = agency.xml_parse(content)
    except agency.XmlRefused as error:
        raise ImportFailed([_("not valid XML: %(error)s") % {"error": error}]) from None
    kind = local(root)
    if kind == "newsMessage":
        elements = [item for item_set in children(root, "itemSet") for item in item_set]
    elif kind in ("newsItem", "packageItem"):
        elements = [root]
    else:
        raise ImportFailed(
            [_("not a NewsML-G2 document: the root element is «%(name)s»") % {"name": kind}]
        )
    single = len(elements) == 1
    raw_document = content.decode("utf-8", errors="replace") if single else ""
    return _Message(elements, base_dir=base_dir, raw_document=raw_document).wire_items()


class _Message:
    def __init__(self, elements, *, base_dir: Path, raw_document: str):
        self.base_dir = base_dir
        self.raw_document = raw_document
        self.news = [e for e in elements if local(e) == "newsItem"]
        self.packages = [e for e in elements if local(e) == "packageItem"]

    def raw(self, element) -> str:
        return self.raw_document or etree.tostring(element, encoding="unicode", with_tail=False)

    def wire_items(self) -> list[WireItem]:
        by_guid = {agency.clean(e.get("guid")): e for e in self.news if e.get("guid")}
        pictures_of: dict[int, list] = {}  # id(text element) -> picture elements
        missing_of: dict[int, list[str]] = {}
        packaged_pictures: set[int] = set()
        results: list[WireItem] = []
        for package in self.packages:
            refs = [
                agency.clean(ref.get("residref"))
                for group in children(child(package, "groupSet"), "group")
                for ref in children(group, "itemRef")
            ] + [agency.clean(ref.get("residref")) for ref in children(package, "itemRef")]
            present = [by_guid[ref] for ref in refs if ref in by_guid]
            missing = [ref for ref in refs if ref and ref not in by_guid]
            texts = [e for e in present if not _is_picture(e)]
            pictures = [e for e in present if _is_picture(e)]
            if not texts:
                guid = agency.clean(package.get("guid"))
                error = _("the package has no text item in this document")
                if missing:
                    error += " " + _("(missing: %(refs)s)") % {"refs": ", ".join(missing[:10])}
                meta = agency.empty_meta(FORMAT, guid)
                results.append(WireItem(meta=meta, records=[], raw=self.raw(package), error=error))
                continue
            for text in texts:
                pictures_of.setdefault(id(text), []).extend(pictures)
                missing_of.setdefault(id(text), []).extend(missing)
            packaged_pictures.update(id(picture) for picture in pictures)
        for element in self.news:
            if _is_picture(element):
                if id(element) not in packaged_pictures:
                    meta = agency.empty_meta(FORMAT, agency.clean(element.get("guid")))
                    error = _(
                        "a picture item without a text item of the same package; not an article"
                    )
                    results.append(
                        WireItem(meta=meta, records=[], raw=self.raw(element), error=error)
                    )
                continue
            results.append(
                self.text_item(
                    element,
                    pictures=pictures_of.get(id(element), []),
                    missing=missing_of.get(id(element), []),
                )
            )
        return results

    def text_item(self, element, *, pictures: list, missing: list[str]) -> WireItem:
        meta = agency.empty_meta(FORMAT, agency.clean(element.get("guid")))
        try:
            record = _read(
                element, meta=meta, base_dir=self.base_dir, pictures=pictures, missing=missing
            )
        except agency.ItemError as error:
            return WireItem(meta=meta, records=[], raw=self.raw(element), error=str(error))
        return WireItem(meta=meta, records=[record], raw=self.raw(element))


def _is_picture(element) -> bool:
    item_class = qcode_of(child(child(element, "itemMeta"), "itemClass")).lower()
    return item_class.rsplit(":", 1)[-1] in PICTURE_CLASSES


def _language(element) -> str:
    """The item's language: its xml:lang, else contentMeta/language/@tag."""
    tag = child(child(element, "contentMeta"), "language")
    return agency.clean(element.get(XML_LANG)) or (
        agency.clean(tag.get("tag")) if tag is not None else ""
    )


def _languages(element) -> list[str]:
    """The languages to choose names and headlines in: the item's, then German."""
    language = _language(element)
    return [language.lower(), language.lower()[:2], "de"] if language else ["de"]


def _by_language(elements: list, languages: list[str]):
    """The element in the item's language (then German, then the first)."""
    for language in languages:
        for element in elements:
            own = (element.get(XML_LANG) or "").lower()
            if own and (own == language or own[:2] == language):
                return element
    return elements[0] if elements else None


def _by_role(elements: list, roles, languages: list[str]):
    for role in roles:
        matching = [e for e in elements if agency.clean(e.get("role")).lower() == role]
        if matching:
            return _by_language(matching, languages)
    return _by_language(elements, languages)


def _name(element, languages: list[str]) -> str:
    if element is None:
        return ""
    names = children(element, "name")
    if names:
        return nitf.text_of(_by_language(names, languages))
    return agency.clean(element.get("literal"))


def _code(element, languages: list[str], *, kind: str = "") -> dict | None:
    name = _name(element, languages)
    entry = agency.code_entry(qcode=qcode_of(element), uri=element.get("uri") or "", name=name)
    if entry is not None and kind and not entry["scheme"]:
        entry["scheme"] = kind
    return entry


def _read(element, *, meta: dict, base_dir: Path, pictures: list, missing: list[str]) -> Record:
    warnings: list[str] = []
    if not meta["uri"]:
        raise agency.ItemError(_("the item has no «guid»"))
    languages = _languages(element)
    item_meta = child(element, "itemMeta")
    content_meta = child(element, "contentMeta")
    if item_meta is None:
        raise agency.ItemError(_("the item has no «itemMeta»"))
    meta["version"] = agency.parse_version(element.get("version"), warnings)
    meta["versioncreated"] = agency.parse_time(
        nitf.text_of(child(item_meta, "versionCreated")), "versionCreated"
    )
    first_created = agency.parse_time(
        nitf.text_of(child(item_meta, "firstCreated")), "firstCreated"
    )
    embargo = child(item_meta, "embargoed")
    meta["embargoed"] = None
    if embargo is not None:
        meta["embargoed"] = agency.parse_time(nitf.text_of(embargo), "embargoed")
        if meta["embargoed"] is None:
            warnings.append(_("embargoed until further notice"))
            meta["embargoed"] = agency.EMBARGO_OPEN
    meta["pubstatus"] = agency.parse_pubstatus(qcode_of(child(item_meta, "pubStatus")))
    meta["urgency"] = agency.parse_urgency(
        nitf.text_of(child(content_meta, "urgency")) or None, warnings
    )
    rights = children(element, "rightsInfo")
    meta["copyright_holder"] = next(
        (
            _name(holder, languages) or agency.clean(holder.get("uri"))
            for info in rights
            for holder in children(info, "copyrightHolder")
        ),
        "",
    )
    meta["copyright_notice"] = " ".join(
        nitf.text_of(notice) for info in rights for notice in children(info, "copyrightNotice")
    ).strip()
    meta["usage_terms"] = " ".join(
        nitf.text_of(terms) for info in rights for terms in children(info, "usageTerms")
    ).strip()
    meta["language"] = _language(element)
    meta["slugline"] = nitf.text_of(child(content_meta, "slugline"))
    meta["ednote"] = " ".join(nitf.text_of(note) for note in children(item_meta, "edNote")).strip()
    creators = [_name(creator, languages) for creator in children(content_meta, "creator")]
    meta["byline"] = nitf.text_of(
        _by_language(children(content_meta, "by"), languages)
    ) or ", ".join(name for name in creators if name)
    meta["credit"] = nitf.text_of(child(content_meta, "creditline")) or meta["copyright_holder"]

    subjects, places = [], []
    for subject in children(content_meta, "subject"):
        kind = agency.clean(subject.get("type")).lower()
        if kind in PLACE_TYPES:
            places.append(_code(subject, languages, kind="place"))
        else:
            subjects.append(_code(subject, languages, kind=SUBJECT_KINDS.get(kind, "")))
    for keyword in children(content_meta, "keyword"):
        text = nitf.text_of(keyword)
        if text:
            subjects.append({"scheme": "keyword", "code": text, "name": text})
    for located in children(content_meta, "located"):
        places.append(_code(located, languages, kind="located"))
    meta["subjects"] = agency.unique(subjects)
    meta["places"] = agency.unique(places)

    usable = meta["pubstatus"] == "usable"
    headline_element = _by_role(children(content_meta, "headline"), HEADLINE_ROLES, languages)
    headline = nitf.text_of(headline_element)
    body, head = _body(element, base_dir=base_dir, credit=meta["credit"], warnings=warnings)
    headline = headline or head.get("headline", "") or meta["slugline"]
    if not headline and usable:
        raise agency.ItemError(_("the item has no headline"))
    if len(headline) > agency.HEADLINE_MAX:
        warnings.append(
            _("the headline is longer than %(n)d characters; cut") % {"n": agency.HEADLINE_MAX}
        )
        headline = agency.cut_at_word(headline, agency.HEADLINE_MAX)
    if not body and usable:
        raise agency.ItemError(_("the item has no body text"))
    meta["byline"] = meta["byline"] or head.get("byline", "")
    description = _by_role(children(content_meta, "description"), SUMMARY_ROLES, languages)
    description_text = nitf.text_of(description) or head.get("abstract", "")

    pictures_read = []
    for picture in pictures:
        value = _picture(picture, base_dir=base_dir, warnings=warnings)
        if value is not None:
            pictures_read.append(value)
    for ref in missing:
        warnings.append(
            _("the package names «%(ref)s», which this document does not carry") % {"ref": ref}
        )
    body_html = "".join(block["value"] for block in body if block["type"] == "html")
    body = body + [{"type": "image", "value": {"image": picture}} for picture in pictures_read[1:]]
    data = agency.article_record_data(
        external_id=meta["uri"],
        headline=headline,
        lead=agency.lead_from(description_text, body_html, headline),
        body=body,
        first_created=first_created,
        version_created=meta["versioncreated"],
        hero=pictures_read[0] if pictures_read else None,
    )
    return Record(
        kind="article", data=data, label=_("Item %(id)s") % {"id": meta["uri"]}, warnings=warnings
    )


def _body(element, *, base_dir: Path, credit: str, warnings: list[str]) -> tuple[list[dict], dict]:
    """XHTML before NITF before plain text, whatever their order in the contentSet."""
    content_set = child(element, "contentSet")
    xhtml, nitf_root, text = None, None, ""
    for content in children(content_set, "inlineXML"):
        kind = agency.clean(content.get("contenttype")).lower()
        inner = next((node for node in content if isinstance(node.tag, str)), None)
        if inner is None:
            # Not XML inside (as the specification wants) but escaped or CDATA HTML.
            value = content.text or ""
            if agency.looks_like_html(value):
                text = text or value.strip()
            continue
        if local(inner) == "nitf" or "nitf" in kind:
            nitf_root = nitf_root if nitf_root is not None else inner
        elif local(inner) in ("html", "body") or "html" in kind:
            # A whole document, or a fragment of several elements (<p>…</p><p>…</p>).
            container = inner if local(inner) in ("html", "body") else content
            xhtml = xhtml if xhtml is not None else container
    for content in children(content_set, "inlineData"):
        kind = agency.clean(content.get("contenttype")).lower()
        if kind in ("", "text/plain", "text/html") and (content.text or "").strip():
            value = content.text
            text = text or (value if agency.looks_like_html(value) else agency.text_to_html(value))
    if xhtml is not None:
        blocks = nitf.xhtml_blocks(xhtml)
        if blocks:
            return blocks, nitf.nitf_head(nitf_root) if nitf_root is not None else {}
    if nitf_root is not None:
        return nitf.nitf_blocks(
            nitf_root, base_dir=base_dir, credit=credit, warnings=warnings
        ), nitf.nitf_head(nitf_root)
    return ([{"type": "html", "value": text}] if text else []), {}


def _picture(element, *, base_dir: Path, warnings: list[str]) -> dict | None:
    """A picture newsItem of the package as a picture object: its best remoteContent, its
    headline as title, its caption and its credit."""
    languages = _languages(element)
    content_meta = child(element, "contentMeta")
    renditions = [
        {
            "href": agency.clean(remote.get("href")),
            "content_type": remote.get("contenttype") or "",
            "width": remote.get("width"),
            "height": remote.get("height"),
            "size": remote.get("size"),
        }
        for remote in children(child(element, "contentSet"), "remoteContent")
    ]
    source = agency.best_rendition(renditions, base_dir, warnings)
    if source is None:
        if not renditions:
            warnings.append(
                _("picture «%(guid)s» has no remoteContent; left out")
                % {"guid": element.get("guid") or ""}
            )
        return None
    holder = next(
        (
            _name(h, languages)
            for info in children(element, "rightsInfo")
            for h in children(info, "copyrightHolder")
        ),
        "",
    )
    creators = [_name(c, languages) for c in children(content_meta, "creator")]
    by = nitf.text_of(child(content_meta, "by")) or next((c for c in creators if c), "")
    credit = nitf.text_of(child(content_meta, "creditline")) or agency.credit_of(by, holder)
    caption = nitf.text_of(
        _by_role(children(content_meta, "description"), CAPTION_ROLES, languages)
    )
    title = nitf.text_of(_by_language(children(content_meta, "headline"), languages))
    return agency.picture_value(source, title=title, caption=caption, credit=credit)
