"""NITF (IPTC's News Industry Text Format, 3.x) and XHTML bodies as the writer's body blocks:
HTML blocks for the text, image blocks for NITF's <media>. Used by newsml.py (inlineXML) and
ninjs.py (a body of content type text/vnd.IPTC.NITF). The writer sanitises the HTML.

docs/ingest.md («Formats») has the element table. Pure functions on lxml elements.
"""

import html
import re
from pathlib import Path

from django.utils.translation import gettext as _
from lxml import etree

from ingest.readers import agency

# NITF block elements → HTML (None: the element is a container, its content is kept).
BLOCKS = {
    "p": "p",
    "hl1": "h2",
    "hl2": "h2",
    "bq": "blockquote",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "dl": "dl",
    "dt": "dt",
    "dd": "dd",
    "pre": "pre",
    "table": "table",
    "thead": "thead",
    "tbody": "tbody",
    "tfoot": "tfoot",
    "tr": "tr",
    "td": "td",
    "th": "th",
    "caption": "caption",
    "block": None,
    "note": None,
    "body.content": None,
    "fn": None,
}
# NITF inline elements → HTML; the others (person, org, location, chron, money, num, event,
# function, object.title, virtloc, postaddr, classifier, copyrite, lang, pronounce, …) keep
# their text.
INLINE = {
    "em": "em",
    "q": "q",
    "sub": "sub",
    "sup": "sup",
    "a": "a",
    "br": "br",
    "strong": "strong",
}
DROPPED = {"nitf-table", "custom-table", "tagline", "body.end", "body.head"}


def local(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def find(element, *names):
    """The first descendant with the local name path `names` (any namespace)."""
    current = [element]
    for name in names:
        found = []
        for node in current:
            found.extend(child for child in node if local(child) == name)
        if not found:
            return None
        current = found
    return current[0]


def text_of(element) -> str:
    return agency.clean("".join(element.itertext())) if element is not None else ""


def nitf_head(nitf) -> dict:
    """Headline, byline, abstract and dateline from NITF's body.head (fallbacks for the item's
    own metadata)."""
    head = find(nitf, "body", "body.head")
    if head is None:
        return {}
    byline = find(head, "byline")
    byline_text = ""
    if byline is not None:
        # «By Meredith Jameson, <byttl>Staff Reporter</byttl>»: the name without the title.
        parts = [byline.text or ""] + [child.tail or "" for child in byline]
        byline_text = agency.clean("".join(parts)).rstrip(",;")
        byline_text = re.sub(r"^(by|von)\s+", "", byline_text, flags=re.IGNORECASE)
        byline_text = byline_text or text_of(byline)
    abstract = find(head, "abstract")
    return {
        "headline": text_of(find(head, "hedline", "hl1")),
        "subheadline": text_of(find(head, "hedline", "hl2")),
        "byline": byline_text,
        "abstract": text_of(abstract),
        "dateline": text_of(find(head, "dateline")),
    }


def nitf_blocks(nitf, *, base_dir: Path, credit: str, warnings: list[str]) -> list[dict]:
    """The blocks of NITF's body.content: `credit` is the item's default picture credit."""
    content = find(nitf, "body", "body.content")
    if content is None:
        return []
    writer = _Writer(base_dir=base_dir, credit=credit, warnings=warnings)
    writer.children(content)
    return writer.finish()


class _Writer:
    def __init__(self, *, base_dir: Path, credit: str, warnings: list[str]):
        self.base_dir = base_dir
        self.credit = credit
        self.warnings = warnings
        self.blocks: list[dict] = []
        self.html: list[str] = []

    def finish(self) -> list[dict]:
        self.flush()
        return self.blocks

    def flush(self):
        markup = "".join(self.html).strip()
        if markup:
            self.blocks.append({"type": "html", "value": markup})
        self.html = []

    def children(self, element):
        if element.text and element.text.strip():
            self.html.append(html.escape(element.text, quote=False))
        for child in element:
            self.element(child)
            if child.tail and child.tail.strip():
                self.html.append(html.escape(child.tail, quote=False))

    def element(self, element):
        name = local(element)
        if not name or name in DROPPED:
            return
        if name == "media":
            self.media(element)
            return
        if name in BLOCKS:
            tag = BLOCKS[name]
            if tag is None:
                self.children(element)
                return
            self.html.append(f"<{tag}>")
            if name == "bq":
                self.quote(element)
            else:
                self.children(element)
            self.html.append(f"</{tag}>")
            return
        tag = INLINE.get(name)
        if tag == "br":
            self.html.append("<br>")
        elif tag == "a":
            href = element.get("href") or ""
            self.html.append(f'<a href="{html.escape(href)}">' if href else "<a>")
            self.children(element)
            self.html.append("</a>")
        elif tag:
            self.html.append(f"<{tag}>")
            self.children(element)
            self.html.append(f"</{tag}>")
        else:
            self.children(element)

    def quote(self, element):
        """NITF's <bq> holds <block>s and a <credit>: the credit becomes <cite>."""
        if element.text and element.text.strip():
            self.html.append(html.escape(element.text, quote=False))
        credit = ""
        for child in element:
            if local(child) == "credit":
                credit = text_of(child)
            else:
                self.element(child)
            if child.tail and child.tail.strip():
                self.html.append(html.escape(child.tail, quote=False))
        if credit:
            self.html.append(f"<cite>{html.escape(credit, quote=False)}</cite>")

    def media(self, element):
        kind = (element.get("media-type") or "").lower()
        references = [child for child in element if local(child) == "media-reference"]
        renditions = [
            {
                "href": ref.get("source") or "",
                "content_type": ref.get("mime-type") or "",
                "width": ref.get("width"),
                "height": ref.get("height"),
                "size": None,
            }
            for ref in references
        ]
        if kind not in ("", "image", "graphic", "photo", "picture"):
            self.warnings.append(_("NITF media of type «%(type)s» left out") % {"type": kind})
            return
        source = agency.best_rendition(renditions, self.base_dir, self.warnings)
        if source is None:
            return
        caption = text_of(next((c for c in element if local(c) == "media-caption"), None))
        producer = text_of(next((c for c in element if local(c) == "media-producer"), None))
        alt = next(
            (ref.get("alternate-text") for ref in references if ref.get("alternate-text")), ""
        )
        picture = agency.picture_value(
            source, title=alt or "", caption=caption, credit=producer or self.credit
        )
        self.flush()
        self.blocks.append({"type": "image", "value": {"image": picture}})


def xhtml_blocks(root) -> list[dict]:
    """An XHTML document (or fragment) as one HTML block: the body's content, without the
    XHTML namespace."""
    body = root if local(root) == "body" else find(root, "body")
    if body is None:
        body = root
    parts = [html.escape(body.text, quote=False)] if body.text else []
    for child in body:
        parts.append(_html_string(child))
    markup = "".join(parts).strip()
    return [{"type": "html", "value": markup}] if markup else []


def _html_string(element) -> str:
    copy = etree.fromstring(etree.tostring(element))
    for node in copy.iter():
        if isinstance(node.tag, str) and "}" in node.tag:
            node.tag = node.tag.rsplit("}", 1)[-1]
        for key in list(node.attrib):
            if "}" in key:
                del node.attrib[key]
    etree.cleanup_namespaces(copy)
    return etree.tostring(copy, method="html", encoding="unicode", with_tail=True)
