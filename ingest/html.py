"""Outside HTML made safe and split into the site's blocks (docs/ingest.md, «The sanitiser»).

HTML from other systems is whatever their editors and converters left: void and unclosed
tags, crossed tags, pictures inside paragraphs, scripts. Wagtail's rich-text conversion
expects well-formed HTML of its own features and fails on the rest, so every value passes
here first: nh3 (the Rust sanitiser ammonia, whose parser is the HTML5 parsing algorithm of
browsers, html5ever) parses and cleans it (scripts and styles with their content, event
handlers, comments, `javascript:` and other addresses than http(s), mailto and pictures'
`data:`), then lxml reads the clean tree and this module writes the site's own, small HTML
from it. What cannot be expressed becomes text and a warning.
"""

import html
import re
from urllib.parse import urlsplit

import lxml.html
import nh3
from django.utils.translation import gettext as _
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

# Kept by the sanitiser; everything else is removed with its text kept (scripts and styles
# with their content). The walk below decides what each of these becomes.
ALLOWED_TAGS = {
    "a", "b", "strong", "i", "em", "u", "s", "sup", "sub", "br", "span", "small", "mark",
    "cite", "q", "code", "abbr", "time",
    "p", "div", "section", "article", "main", "header", "footer", "aside", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "hr",
    "img", "figure", "figcaption", "picture", "source", "video", "iframe",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "title"},
    "video": {"src", "poster", "title"},
    "source": {"src", "type"},
    "iframe": {"src", "title"},
}
URL_SCHEMES = {"http", "https", "mailto", "data"}
LINK_SCHEMES = {"http", "https", "mailto"}
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
SPACE = re.compile(r"\s+")

INLINE_FORMATS = {
    "b": "b", "strong": "b", "i": "i", "em": "i", "sup": "sup", "sub": "sub", "cite": "i",
}  # fmt: skip
BLOCK_CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "dl"}
SUBHEADINGS = {"h2", "h3", "h4"}
OTHER_HEADINGS = {"h1", "h5", "h6"}
SUBHEADING_MAX = 120
QUOTE_SOURCE_MAX = 200
VIDEO_HOSTS = (
    "youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com",
    "srf.ch", "rts.ch", "rsi.ch", "tiktok.com", "twitch.tv", "facebook.com",
)  # fmt: skip
VIDEO_FILES = (".mp4", ".webm", ".m4v", ".mov", ".ogv")


def looks_like_html(value: str) -> bool:
    return bool(HTML_TAG.search(value))


def sanitise(value: str) -> str:
    """Well-formed HTML with only ALLOWED_TAGS and their allowed attributes."""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def rich_text(value: str, features: list[str]) -> tuple[str, list[str]]:
    """A paragraph's or fact box's text as the admin's editor (Draftail) stores it, and the
    warnings for what was left out. Plain text (no tag) becomes paragraphs split on blank
    lines; HTML keeps paragraphs, bold, italic, links, sup and sub (and lists where
    `features` has them); pictures, videos and tables leave their text and a warning."""
    value = value.replace("\r\n", "\n")
    if not looks_like_html(value):
        paragraphs = [part.strip() for part in value.split("\n\n") if part.strip()]
        return "".join(f"<p>{html.escape(part)}</p>" for part in paragraphs), []
    splitter = _Splitter(lists="ul" in features, blocks=False)
    splitter.read(value)
    splitter.flush()
    return _draftail("".join(splitter.paragraphs), features), splitter.warnings


def html_blocks(value: str) -> tuple[list[dict], list[str]]:
    """An HTML body split into body blocks of docs/import-format.md (paragraph, subheading,
    quote, image, video), and warnings. Pictures are picture objects (`path` relative to the
    document's folder, or `data_url`); pictures from the web are left out."""
    splitter = _Splitter(lists=False, blocks=True)
    splitter.read(value)
    splitter.flush()
    return splitter.blocks, splitter.warnings


def _draftail(value: str, features: list[str]) -> str:
    """What Draftail would store for this (already well-formed) HTML."""
    if not value:
        return ""
    converter = ContentstateConverter(features)
    try:
        return converter.to_database_format(converter.from_database_format(value))
    except Exception:
        text = lxml.html.fragment_fromstring(value, create_parent="div").text_content()
        return f"<p>{html.escape(SPACE.sub(' ', text).strip())}</p>"


def _text(element) -> str:
    return SPACE.sub(" ", element.text_content()).strip()


def _safe_href(href: str) -> str | None:
    href = (href or "").strip()
    scheme = urlsplit(href).scheme.lower() if href else ""
    if not href or (scheme and scheme not in LINK_SCHEMES):
        return None
    return href


def _is_web(src: str) -> bool:
    """An address on the web: http(s), or protocol-relative (//cdn.example.com/a.jpg)."""
    return src.startswith("//") or urlsplit(src).scheme.lower() in ("http", "https")


def _is_video_url(src: str) -> bool:
    parts = urlsplit(src)
    if parts.scheme.lower() not in ("http", "https"):
        return False
    host = (parts.hostname or "").lower()
    return parts.path.lower().endswith(VIDEO_FILES) or any(
        host == known or host.endswith("." + known) for known in VIDEO_HOSTS
    )


class _Splitter:
    """Walks the sanitised tree. Inline content collects in `pieces` (text with the formats
    around it) until a block-level element ends the paragraph; `blocks` mode makes body
    blocks of headings, quotes, pictures and videos, the other mode keeps only paragraphs
    (and lists) for one rich-text value."""

    def __init__(self, *, lists: bool, blocks: bool):
        self.lists = lists
        self.make_blocks = blocks
        self.blocks: list[dict] = []
        self.paragraphs: list[str] = []
        self.warnings: list[str] = []
        self.pieces: list[tuple[str, tuple]] = []
        self.formats: list[tuple] = []

    def read(self, value: str):
        clean = sanitise(value)
        if not clean.strip():
            return
        root = lxml.html.fragment_fromstring(clean, create_parent="div")
        self.children(root)

    def warn(self, message: str):
        if message not in self.warnings:
            self.warnings.append(message)

    # -- paragraphs --------------------------------------------------------------------------
    def text(self, text: str | None):
        if text:
            self.pieces.append((SPACE.sub(" ", text), tuple(self.formats)))

    def flush(self):
        html_text = _inline_html(self.pieces)
        self.pieces = []
        if not html_text:
            return
        paragraph = f"<p>{html_text}</p>"
        if self.make_blocks:
            self.blocks.append({"type": "paragraph", "value": paragraph})
        else:
            self.paragraphs.append(paragraph)

    def paragraph_of(self, text: str, formats: tuple = ()):
        self.flush()
        self.pieces.append((text, formats))
        self.flush()

    # -- the walk ----------------------------------------------------------------------------
    def children(self, element):
        self.text(element.text)
        for child in element:
            if isinstance(child.tag, str):
                self.element(child)
            self.text(child.tail)

    def element(self, element):
        tag = element.tag.lower()
        if tag in INLINE_FORMATS or tag == "a":
            fmt = (INLINE_FORMATS[tag],) if tag != "a" else ("a", _safe_href(element.get("href")))
            if fmt == ("a", None):
                fmt = None
            if fmt:
                self.formats.append(fmt)
            self.children(element)
            if fmt:
                self.formats.pop()
        elif tag == "br":
            self.pieces.append(("\n", tuple(self.formats)))
        elif tag == "p" or tag in BLOCK_CONTAINERS or tag == "dd" or tag == "dt":
            self.flush()
            self.children(element)
            self.flush()
        elif tag == "hr":
            self.flush()
        elif tag in SUBHEADINGS or tag in OTHER_HEADINGS:
            self.heading(element, tag)
        elif tag == "blockquote":
            self.quote(element)
        elif tag in ("ul", "ol"):
            self.list(element, tag)
        elif tag == "li":  # an item outside a list
            self.flush()
            self.children(element)
            self.flush()
        elif tag in ("img", "picture", "figure"):
            self.figure(element, tag)
        elif tag in ("video", "iframe"):
            self.video(element, tag, caption="")
        elif tag == "table":
            self.table(element)
        elif tag == "pre":
            self.flush()
            for line in (element.text_content() or "").split("\n"):
                self.pieces.append((line, ()))
                self.pieces.append(("\n", ()))
            self.flush()
        elif tag in ("source", "figcaption"):
            pass  # read by their picture, video or figure
        else:  # span, u, s, small, mark, q, code, abbr, time, caption…: their text
            self.children(element)

    def heading(self, element, tag: str):
        text = _text(element)
        if not text:
            return
        if self.make_blocks and tag in SUBHEADINGS and len(text) <= SUBHEADING_MAX:
            self.flush()
            self.blocks.append({"type": "subheading", "value": text})
        else:  # a heading inside a paragraph's text, or one a subheading cannot hold
            self.paragraph_of(text, (("b",),))

    def quote(self, element):
        source = ""
        for cite in element.iter("footer", "cite"):
            source = _text(cite)
            cite.drop_tree()
            break
        if not self.make_blocks:
            self.flush()
            self.children(element)
            if source:
                self.pieces.append((" – " + source, ()))
            self.flush()
            return
        paragraphs = [_text(p) for p in element.iter("p")] or [_text(element)]
        text = "\n".join(p for p in paragraphs if p)
        if len(source) > QUOTE_SOURCE_MAX:
            text, source = f"{text}\n{source}", ""
        self.flush()
        if text:
            self.blocks.append({"type": "quote", "value": {"text": text, "source": source}})

    def list(self, element, tag: str, depth: int = 0):
        self.flush()
        if self.lists and depth == 0:
            items = []
            for item in element.iterchildren("li"):
                inner = _Splitter(lists=False, blocks=False)
                inner.children(item)
                inner.flush()
                text = "<br/>".join(p[3:-4] for p in inner.paragraphs)  # inline HTML
                self.warnings.extend(w for w in inner.warnings if w not in self.warnings)
                if text:
                    items.append(f"<li>{text}</li>")
            if items:
                self.paragraphs.append(f"<{tag}>{''.join(items)}</{tag}>")
            return
        # A body has no lists: each item becomes a paragraph of its own, marked as an item.
        for number, item in enumerate(element.iterchildren("li"), start=1):
            mark = f"{number}. " if tag == "ol" else "• "
            self.pieces.append(("\u2003" * depth + mark, ()))
            self.text(item.text)
            for child in item:
                if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
                    self.list(child, child.tag, depth + 1)
                elif isinstance(child.tag, str):
                    self.element(child)
                self.text(child.tail)
            self.flush()

    def figure(self, element, tag: str):
        caption = ""
        for figcaption in element.iter("figcaption"):
            caption = _text(figcaption)
            break
        image = element if tag == "img" else next(element.iter("img"), None)
        video = None if tag == "img" else next(element.iter("video", "iframe"), None)
        if image is None and video is not None:
            self.video(video, video.tag, caption=caption)
            return
        if image is None:
            self.warn(_("a figure without a picture was kept as text"))
            self.children(element)
            if caption:
                self.paragraph_of(caption)
            return
        self.image(image, caption)
        if tag == "figure":  # text beside the picture
            for child in element:
                if isinstance(child.tag, str) and child.tag not in ("img", "picture", "figcaption"):
                    self.element(child)
            self.flush()

    def image(self, image, caption: str):
        src = (image.get("src") or "").strip()
        alt = SPACE.sub(" ", image.get("alt") or "").strip()
        if not self.make_blocks:
            self.warn(_("a picture inside a text was left out (only its text is kept)"))
            if caption:
                self.paragraph_of(caption)
            return
        if not src:
            self.warn(_("a picture without an address was left out"))
            return
        if _is_web(src):
            self.warn(
                _("the picture %(url)s was not fetched and was left out") % {"url": src[:200]}
            )
            return
        self.flush()
        picture = {"data_url": src} if src.startswith("data:") else {"path": src}
        if alt:
            picture["alt"] = alt[:255]
        if title := SPACE.sub(" ", image.get("title") or "").strip():
            picture["title"] = title[:255]
        self.blocks.append({"type": "image", "value": {"image": picture, "caption": caption[:400]}})

    def video(self, element, tag: str, caption: str):
        src = (element.get("src") or "").strip()
        if not src and tag == "video":
            source = next(element.iter("source"), None)
            src = (source.get("src") or "").strip() if source is not None else ""
        if src.startswith("//"):
            src = "https:" + src
        title = SPACE.sub(" ", element.get("title") or "").strip()
        usable = _is_video_url(src) if tag == "iframe" else _is_web(src)
        if not self.make_blocks or not usable:
            if src and _safe_href(src) and _is_web(src):
                self.warn(_("a video or embedded page became a link"))
                self.flush()
                self.pieces.append((title or caption or src, (("a", src),)))
                self.flush()
            else:
                self.warn(_("a video without a usable address was left out"))
                if caption:
                    self.paragraph_of(caption)
            return
        self.flush()
        value = {"url": src, "title": (title or caption or _("Video"))[:200]}
        if caption:
            value["caption"] = caption[:400]
        self.blocks.append({"type": "video", "value": value})

    def table(self, element):
        self.warn(_("a table was kept as text"))
        self.flush()
        for row in element.iter("tr"):
            cells = [_text(cell) for cell in row if isinstance(cell.tag, str)]
            if any(cells):
                self.paragraph_of(" | ".join(cells))
        for caption in element.iter("caption"):
            if text := _text(caption):
                self.paragraph_of(text)


def _inline_html(pieces: list[tuple[str, tuple]]) -> str:
    """Text runs with their formats as nested tags: open and close only what changes, so
    crossed tags cannot come out. Leading and trailing space and line breaks are dropped."""
    while pieces and not pieces[0][0].strip():
        pieces = pieces[1:]
    while pieces and not pieces[-1][0].strip():
        pieces = pieces[:-1]
    if not pieces:
        return ""
    out: list[str] = []
    stack: list[tuple] = []
    for index, (text, formats) in enumerate(pieces):
        if index == 0:
            text = text.lstrip()
        if index == len(pieces) - 1:
            text = text.rstrip()
        if text != "\n" and text.startswith(" ") and out and out[-1].endswith((" ", "<br/>")):
            text = text.lstrip()
            if not text:
                continue
        formats = _distinct(formats)
        common = 0
        while common < min(len(stack), len(formats)) and stack[common] == formats[common]:
            common += 1
        while len(stack) > common:
            out.append(f"</{stack.pop()[0]}>")
        for fmt in formats[common:]:
            if fmt[0] == "a":
                out.append(f'<a href="{html.escape(fmt[1], quote=True)}">')
            else:
                out.append(f"<{fmt[0]}>")
            stack.append(fmt)
        out.append("<br/>" if text == "\n" else html.escape(text, quote=False))
    while stack:
        out.append(f"</{stack.pop()[0]}>")
    return "".join(out)


def _distinct(formats: tuple) -> tuple:
    """Each format once (a bold inside a bold is one bold; a link inside a link the outer)."""
    seen, result = set(), []
    for fmt in formats:
        if fmt[0] not in seen:
            seen.add(fmt[0])
            result.append(fmt)
    return tuple(result)
