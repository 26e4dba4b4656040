"""The WordPress export reader (WXR 1.1 and 1.2): a migration from WordPress, offline.

`records_read` turns an export file into the neutral records of `ingest.records`: sections
(the categories that are some post's first category), topics (the other categories and the
tags), authors (their display names), then one article per post, with its comments, its old
permalinks and its pictures from a local copy of `wp-content/uploads`. Nothing is ever fetched
from the old site. docs/ingest.md («WordPress migration») describes the rules.

The file is read twice, streaming (`lxml.etree.iterparse`, each finished element cleared), so a
500 MB export stays in bounded memory: the first pass collects what posts refer to but what may
come after them in the file (attachments, whose ids are usually higher than their post's, and
the categories posts use first), the second yields the articles one by one.
"""

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
from django.conf import settings
from django.utils.translation import gettext as _
from lxml import etree

from ingest.errors import ImportFailed
from ingest.records import Record

# The namespaces of WXR 1.0, 1.1 and 1.2 differ only in their version.
WP_NAMESPACE = "http://wordpress.org/export/"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
LEAD_MAX = 500
HEADLINE_MAX = 255
# What WordPress writes for "no date" (drafts have no GMT date).
NO_DATE = "0000-00-00 00:00:00"
# The statuses of a post that become an article, and whether it is live.
STATUS_LIVE = {"publish": True, "future": True, "draft": False, "pending": False, "private": False}
BLOCK_TAGS = (
    "address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|form|"
    "h[1-6]|header|hr|li|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|"
    "video|audio|iframe|script|style"
)
BLOCK_ELEMENT = re.compile(BLOCK_TAGS, re.I)
SIZED_VARIANT = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "dailymotion.com", "srf.ch", "tiktok.com")


@dataclass
class WordPressReport:
    """What the reader found besides the records, for the command's report: the site, the
    default credit of pictures, what it left out on purpose and the shortcodes it did not know."""

    site_title: str = ""
    site_url: str = ""
    host: str = ""
    wxr_version: str = ""
    credit: str = ""
    # (kind, label, reason): kind "article", "comment", "picture" or a WordPress post type.
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    unknown_shortcodes: Counter = field(default_factory=Counter)


class ExportUnreadable(ImportFailed):
    """The file is not a readable WordPress export (not XML, truncated, another format). An
    ImportFailed, so that the writer, which consumes the records, reports it and keeps
    nothing of what it wrote before."""

    def __init__(self, message: str):
        super().__init__([message])


@dataclass
class _Attachment:
    path: str  # below the uploads folder, "" when the URL is not in wp-content/uploads
    url: str
    title: str = ""
    caption: str = ""
    alt: str = ""


@dataclass
class _Site:
    """What the first pass collects."""

    categories: dict = field(default_factory=dict)  # nicename -> {"name", "description"}
    tags: dict = field(default_factory=dict)  # slug -> {"name", "description"}
    authors: dict = field(default_factory=dict)  # login -> display name
    attachments: dict = field(default_factory=dict)  # id -> _Attachment
    first_categories: set = field(default_factory=set)  # nicenames
    has_channel: bool = False


def records_read(
    path: Path, *, uploads: Path | None, report: WordPressReport, credit: str = ""
) -> Iterator[Record]:
    """The records of the WordPress export at `path`, lazily. Pictures are looked up in
    `uploads` (the local copy of wp-content/uploads) and named by their path inside it, so the
    writer's `base_dir` is `uploads`. Heroes are credited `credit`, by default the site's title.
    Raises ExportUnreadable when the file is not a readable WordPress export."""
    site = _Site()
    _first_pass(path, site, report)
    report.credit = credit.strip() or report.site_title or report.host
    for nicename, category in site.categories.items():
        kind = "section" if nicename in site.first_categories else "topic"
        data = {"name": category["name"]}
        if kind == "section":
            data["slug"] = unquote(nicename)
        if category["description"]:
            data["description"] = category["description"]
        yield Record(kind, data, _("category «%(name)s»") % {"name": category["name"]})
    for tag in site.tags.values():
        data = {"name": tag["name"]}
        if tag["description"]:
            data["description"] = tag["description"]
        yield Record("topic", data, _("tag «%(name)s»") % {"name": tag["name"]})
    for name in dict.fromkeys(site.authors.values()):
        yield Record("author", {"name": name}, _("author «%(name)s»") % {"name": name})
    for item in _items(path):
        record = _post(item, site=site, uploads=uploads, report=report)
        if record is not None:
            yield record


# -- streaming ------------------------------------------------------------------------------------
def _channel_children(path: Path):
    """Each direct child of the export's <channel>, once it is complete; cleared after use."""
    try:
        context = etree.iterparse(
            str(path),
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
            remove_pis=True,
        )
        for _event, element in context:
            parent = element.getparent()
            if parent is None:
                if element.tag != "rss":
                    raise ExportUnreadable(_("not a WordPress export (WXR): no <rss> element"))
                continue
            if parent.tag != "channel" or parent.getparent() is None:
                continue
            yield element
            element.clear()
            # Drop the elements already handled, so the tree never grows.
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as error:
        line = max(error.position[0] if error.position else 1, 1)
        raise ExportUnreadable(
            _("not valid XML (line %(line)d: %(message)s)") % {"line": line, "message": error.msg}
        ) from None
    except OSError as error:
        raise ExportUnreadable(str(error.strerror or error)) from None


def _items(path: Path):
    for element in _channel_children(path):
        if element.tag == "item":
            yield element


def _wp(element, name: str) -> str:
    """The text of the child `wp:<name>` of `element`, whatever the WXR version."""
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag.endswith("}" + name) and tag.startswith("{" + WP_NAMESPACE):
            return (child.text or "").strip()
    return ""


def _child_text(element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "") if child is not None else ""


def _excerpt(element) -> str:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag.startswith("{" + WP_NAMESPACE) and tag.endswith("excerpt/}encoded"):
            return child.text or ""
    return ""


def _postmeta(element) -> dict:
    meta = {}
    for child in element:
        if isinstance(child.tag, str) and child.tag.endswith("}postmeta"):
            meta.setdefault(_wp(child, "meta_key"), _wp(child, "meta_value"))
    return meta


def _first_pass(path: Path, site: _Site, report: WordPressReport):
    saw_version = False
    for element in _channel_children(path):
        tag = element.tag if isinstance(element.tag, str) else ""
        site.has_channel = True
        local = tag.rsplit("}", 1)[-1]
        if tag == "title":
            report.site_title = (element.text or "").strip()
        elif tag == "link":
            report.site_url = (element.text or "").strip()
        elif tag.startswith("{" + WP_NAMESPACE):
            if local == "wxr_version":
                report.wxr_version = (element.text or "").strip()
                saw_version = True
            elif local == "base_blog_url" and not report.site_url:
                report.site_url = (element.text or "").strip()
            elif local == "category":
                nicename = _wp(element, "category_nicename")
                name = _plain(_wp(element, "cat_name")) or nicename
                if nicename:
                    site.categories[nicename] = {
                        "name": name,
                        "description": _plain(_wp(element, "category_description")),
                    }
            elif local == "tag":
                slug = _wp(element, "tag_slug")
                name = _plain(_wp(element, "tag_name")) or slug
                if slug:
                    site.tags[slug] = {
                        "name": name,
                        "description": _plain(_wp(element, "tag_description")),
                    }
            elif local == "author":
                login = _wp(element, "author_login")
                name = _plain(_wp(element, "author_display_name"))
                if not name:
                    first = _wp(element, "author_first_name")
                    name = f"{first} {_wp(element, 'author_last_name')}".strip() or login
                site.authors[login] = name
        elif tag == "item":
            post_type = _wp(element, "post_type")
            if post_type == "attachment":
                site.attachments[_wp(element, "post_id")] = _attachment(element)
            elif post_type == "post" and _wp(element, "status") in STATUS_LIVE:
                for category in element.iterfind("category"):
                    if category.get("domain") == "category":
                        nicename = category.get("nicename") or ""
                        site.first_categories.add(nicename)
                        if nicename not in site.categories:
                            site.categories[nicename] = {
                                "name": _plain(category.text or "") or nicename,
                                "description": "",
                            }
                        break
    if not saw_version:
        raise ExportUnreadable(_("not a WordPress export (WXR): no <wp:wxr_version>"))
    report.host = urlsplit(report.site_url).hostname or "wordpress"


def _attachment(element) -> _Attachment:
    meta = _postmeta(element)
    url = _wp(element, "attachment_url")
    path = meta.get("_wp_attached_file", "") or _uploads_path(url)
    return _Attachment(
        path=path.lstrip("/"),
        url=url,
        title=_plain(_child_text(element, "title")),
        caption=_plain(_excerpt(element)),
        alt=_plain(meta.get("_wp_attachment_image_alt", "")),
    )


def _uploads_path(url: str) -> str:
    """The path below wp-content/uploads of a URL of the old site, or ""."""
    path = unquote(urlsplit(url).path)
    marker = "/wp-content/uploads/"
    if marker not in path:
        return ""
    return path.split(marker, 1)[1]


# -- posts ----------------------------------------------------------------------------------------
def _post(item, *, site: _Site, uploads: Path | None, report: WordPressReport) -> Record | None:
    post_id = _wp(item, "post_id")
    post_type = _wp(item, "post_type")
    status = _wp(item, "status")
    title = _plain(_child_text(item, "title"))
    label = _("post %(id)s") % {"id": post_id}
    if title:
        label += f" ({title[:60]})"
    if post_type != "post":
        if post_type != "attachment":
            reason = _("only posts are imported, not «%(type)s»") % {"type": post_type}
            report.skipped.append((post_type, label, reason))
        return None
    if status not in STATUS_LIVE:
        report.skipped.append(
            ("article", label, _("status «%(status)s» is not imported") % {"status": status})
        )
        return None
    warnings: list[str] = []
    pictures = _Pictures(site=site, uploads=uploads, warnings=warnings)
    meta = _postmeta(item)
    body = content_html(_child_text(item, CONTENT_ENCODED), pictures=pictures, report=report)
    live = STATUS_LIVE[status]
    if not body.strip():
        excerpt = _plain(_excerpt(item))
        if excerpt:  # the excerpt is all there is: it is the text too
            body = f"<p>{html.escape(excerpt)}</p>"
        elif status in ("draft", "pending"):
            report.skipped.append(("article", label, _("an empty draft")))
            return None
    if status == "private":
        warnings.append(_("a private post: imported as a draft"))
    elif live and _wp(item, "post_password"):
        # Readers of the old site needed the password: the article waits for an editor.
        live = False
        warnings.append(_("a password-protected post: imported as a draft"))
    categories = [
        _plain(c.text or "") or c.get("nicename", "")
        for c in item.iterfind("category")
        if c.get("domain") == "category"
    ]
    category_names = [
        site.categories.get(c.get("nicename") or "", {}).get("name") or _plain(c.text or "")
        for c in item.iterfind("category")
        if c.get("domain") == "category"
    ]
    categories = [name for name in category_names if name] or categories
    tags = [
        site.tags.get(c.get("nicename") or "", {}).get("name") or _plain(c.text or "")
        for c in item.iterfind("category")
        if c.get("domain") == "post_tag"
    ]
    login = _child_text(item, DC_CREATOR).strip()
    author = site.authors.get(login) or login or report.site_title or report.host
    if len(title) > HEADLINE_MAX:
        warnings.append(
            _("the title has %(count)d characters; cut to %(max)d")
            % {"count": len(title), "max": HEADLINE_MAX}
        )
        title = cut_at_word(title, HEADLINE_MAX)
    data = {
        "external_id": f"wordpress:{report.host}:{post_id}",
        "section": categories[0] if categories else _("General"),
        "headline": title,
        "lead": _lead(_excerpt(item), body),
        "body": [{"type": "html", "value": body}] if body.strip() else [],
        "authors": [author],
        "topics": list(dict.fromkeys(categories[1:] + [tag for tag in tags if tag])),
        "comment_mode": "closed" if _wp(item, "comment_status") == "closed" else "open",
        "live": live,
    }
    slug = unquote(_wp(item, "post_name"))
    if slug:
        data["slug"] = slug
    published = _date(_wp(item, "post_date_gmt"), _wp(item, "post_date"))
    if published and live:
        data["first_published_at"] = published
        modified = _date(_wp(item, "post_modified_gmt"), _wp(item, "post_modified"))
        if modified and _later(modified, published):
            data["updated_at"] = modified
    elif live:
        data["first_published_at"] = _wp(item, "post_date") or None
    hero_id = meta.get("_thumbnail_id", "")
    if hero_id:
        hero = pictures.hero(hero_id, credit=report.credit)
        if hero is not None:
            data["hero_image"] = hero
    data["comments"] = _comments(item, report=report, label=label)
    data["old_paths"] = _old_paths(_child_text(item, "link"), post_id)
    return Record("article", data, label, warnings)


def _date(gmt: str, local: str) -> str:
    """An ISO 8601 time from WordPress's GMT date, else from its local date in the site's
    time zone; "" when neither is given; the local text as it is when it is no date (the
    writer then names the field)."""
    for value, zone in ((gmt, UTC), (local, ZoneInfo(settings.TIME_ZONE))):
        if not value or value == NO_DATE:
            continue
        try:
            moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
        return moment.replace(tzinfo=zone).isoformat()
    return ""


def _later(first: str, second: str) -> bool:
    try:
        return datetime.fromisoformat(first) > datetime.fromisoformat(second)
    except ValueError:
        return False


def _old_paths(link: str, post_id: str) -> list[str]:
    paths = []
    parts = urlsplit(link.strip())
    if parts.path or parts.query:
        path = parts.path or "/"
        paths.append(f"{path}?{parts.query}" if parts.query else path)
    if post_id:
        paths.append(f"/?p={post_id}")
    return list(dict.fromkeys(paths))


def _comments(item, *, report: WordPressReport, label: str) -> list[dict]:
    kept: dict[str, dict] = {}
    parents_of_skipped: dict[str, str] = {}
    for element in item:
        if not (isinstance(element.tag, str) and element.tag.endswith("}comment")):
            continue
        comment_id = _wp(element, "comment_id")
        approved = _wp(element, "comment_approved")
        kind = _wp(element, "comment_type")
        parent = _wp(element, "comment_parent")
        parent = "" if parent in ("", "0") else parent
        where = _("comment %(id)s on %(post)s") % {"id": comment_id, "post": label}
        reason = ""
        if approved in ("spam", "trash", "post-trashed"):
            reason = _("marked as «%(state)s»") % {"state": approved}
        elif kind in ("pingback", "trackback"):
            reason = _("a %(type)s, not a reader's comment") % {"type": kind}
        elif approved not in ("0", "1"):
            reason = _("unknown approval state «%(state)s»") % {"state": approved}
        text = _plain(_wp(element, "comment_content"), keep_lines=True)
        if not reason and not text:
            reason = _("no text")
        if reason:
            report.skipped.append(("comment", where, reason))
            parents_of_skipped[comment_id] = parent
            continue
        email = _wp(element, "comment_author_email")
        kept[comment_id] = {
            "external_id": f"wordpress:{report.host}:comment:{comment_id}",
            "parent": parent,
            "author_name": cut_at_word(_plain(_wp(element, "comment_author")), 120),
            "author_email": email if len(email) <= 254 else "",
            "created_at": _date(_wp(element, "comment_date_gmt"), _wp(element, "comment_date")),
            "text": text,
            "status": "published" if approved == "1" else "pending",
        }
    for comment in kept.values():
        parent, seen = comment["parent"], set()
        # A reply to a comment left out hangs under the nearest comment kept above it.
        while parent and parent not in kept and parent not in seen:
            seen.add(parent)
            parent = parents_of_skipped.get(parent, "")
        comment["parent"] = f"wordpress:{report.host}:comment:{parent}" if parent in kept else None
    return list(kept.values())


def _lead(excerpt: str, body: str) -> str:
    text = _plain(excerpt)
    if not text and body.strip():
        fragment = lxml.html.fragment_fromstring(body, create_parent="div")
        for paragraph in fragment.iter("p"):
            text = " ".join(paragraph.text_content().split())
            if text:
                break
        else:  # no paragraph: headings, lists, captions
            text = " ".join(" ".join(fragment.itertext()).split())
    return cut_at_word(text, LEAD_MAX)


def cut_at_word(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else cut at the last word that fits, with «…»."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if not text[limit - 1].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–") + "…"


def _plain(text: str, *, keep_lines: bool = False) -> str:
    """Text without markup or entities, its white space collapsed (lines kept if asked)."""
    if not text or not text.strip():
        return ""
    if "<" in text:
        text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
        text = re.sub(r"</p\s*>", "\n\n", text, flags=re.I)
        text = re.sub(r"<[^>]*>", "", text)
    text = html.unescape(text)
    if keep_lines:
        paragraphs = re.split(r"\n\s*\n", text.strip())
        return "\n\n".join(
            "\n".join(" ".join(line.split()) for line in p.splitlines() if line.strip())
            for p in paragraphs
            if p.strip()
        )
    return " ".join(text.split())


# -- pictures -------------------------------------------------------------------------------------
class _Pictures:
    """The pictures of one post: attachment ids and old URLs to files in the uploads folder."""

    def __init__(self, *, site: _Site, uploads: Path | None, warnings: list[str]):
        self.site = site
        self.uploads = uploads.resolve() if uploads is not None else None
        self.warnings = warnings

    def local(self, path: str, *, shown_as: str) -> str:
        """`path` (below wp-content/uploads) if the uploads folder has it (the original of a
        resized copy, when there is one), else "" with a warning."""
        if not path:
            self.warnings.append(
                _("picture left out: %(url)s is not in wp-content/uploads") % {"url": shown_as}
            )
            return ""
        if self.uploads is None:
            self.warnings.append(
                _("picture left out: %(path)s (no uploads folder given)") % {"path": path}
            )
            return ""
        candidates = [path]
        original = SIZED_VARIANT.sub("", path)
        if original != path:
            candidates.insert(0, original)
        for candidate in candidates:
            file = (self.uploads / candidate).resolve()
            if file.is_relative_to(self.uploads) and file.is_file():
                return PurePosixPath(file.relative_to(self.uploads)).as_posix()
        self.warnings.append(
            _("picture left out: %(path)s is not in the uploads folder") % {"path": path}
        )
        return ""

    def attachment(self, attachment_id: str) -> _Attachment | None:
        return self.site.attachments.get(attachment_id)

    def hero(self, attachment_id: str, *, credit: str) -> dict | None:
        attachment = self.attachment(attachment_id)
        if attachment is None:
            self.warnings.append(
                _("featured picture left out: attachment %(id)s is not in the export")
                % {"id": attachment_id}
            )
            return None
        path = self.local(attachment.path, shown_as=attachment.url)
        if not path:
            return None
        hero = {"path": path, "credit": credit}
        if attachment.title:
            hero["title"] = attachment.title[:255]
        if attachment.alt:
            hero["alt"] = attachment.alt[:255]
        if attachment.caption:
            hero["caption"] = cut_at_word(attachment.caption, 400)
        return hero

    def for_img(self, src: str, classes: str) -> tuple[str, _Attachment | None]:
        """The local path of an <img>, by its `wp-image-<id>` class or its URL."""
        found = re.search(r"\bwp-image-(\d+)\b", classes or "")
        attachment = self.attachment(found.group(1)) if found else None
        path = _uploads_path(src)
        if not path and attachment is not None:
            path = attachment.path
        return self.local(path, shown_as=src), attachment


# -- content: Gutenberg blocks, shortcodes, wpautop -----------------------------------------------
BLOCK_COMMENT = re.compile(r"<!--\s+(/?)wp:([a-z0-9_/-]+)(\s+\{.*?\})?\s*(/?)-->", re.S)
SHORTCODE = re.compile(
    r"\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]]*?)(/?)\](?:(.*?)\[/\2\])?(\]?)", re.S
)
ATTRIBUTE = re.compile(r'([\w-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\']+))|"([^"]*)"|(\S+)')
KNOWN_SHORTCODES = {"caption", "wp_caption", "gallery", "embed", "video"}
# Blocks whose comments only mark HTML that is fine as it is.
PLAIN_BLOCKS = {
    "paragraph", "heading", "list", "list-item", "quote", "pullquote", "image", "gallery",
    "html", "freeform", "shortcode", "group", "columns", "column", "table", "preformatted",
    "code", "verse", "separator", "spacer", "more", "nextpage", "embed", "video", "audio",
    "file", "media-text", "cover", "buttons", "button", "details",
}  # fmt: skip


def content_html(content: str, *, pictures: _Pictures, report: WordPressReport) -> str:
    """A post's content as HTML the writer understands: Gutenberg block comments gone,
    shortcodes turned into HTML (unknown ones kept as text, listed in the report and the
    record's warnings), classic content in paragraphs (`wpautop`), pictures by their local
    path, galleries as one figure a picture, embeds and videos as <video> figures."""
    if not content.strip():
        return ""
    gutenberg = "<!-- wp:" in content
    if gutenberg:
        content = _blocks(content, pictures.warnings)
    content = _shortcodes(content, pictures=pictures, report=report)
    if not gutenberg:
        content = _autop(content)
    return _rewrite(content, pictures)


def _blocks(content: str, warnings: list[str]) -> str:
    def replace(match):
        closing, name, _attributes, _self = match.groups()
        core = name.removeprefix("core/")
        if "/" in core and not closing and not name.startswith("core-embed/"):
            warnings.append(_("block «%(name)s» kept as its HTML") % {"name": name})
        return ""

    return BLOCK_COMMENT.sub(replace, content)


def _shortcode_attributes(text: str) -> dict:
    attributes = {}
    for match in ATTRIBUTE.finditer(text):
        name, double, single, bare, positional, lone = match.groups()
        if name:
            attributes[name.lower()] = next(v for v in (double, single, bare, "") if v is not None)
        else:
            attributes.setdefault("", positional if positional is not None else lone)
    return attributes


def _shortcodes(content: str, *, pictures: _Pictures, report: WordPressReport) -> str:
    def replace(match):
        escaped_open, name, attributes, _slash, inner, escaped_close = match.groups()
        if escaped_open and escaped_close:  # [[name]] is WordPress's way of writing [name]
            return match.group(0)[1:-1]
        name = name.lower()
        values = _shortcode_attributes(attributes)
        if name in ("caption", "wp_caption"):
            return _caption(inner or "", values)
        if name == "gallery":
            ids = [i.strip() for i in values.get("ids", values.get("include", "")).split(",")]
            return _gallery([i for i in ids if i], pictures)
        if name == "embed":
            url = (inner or "").strip() or values.get("src", "")
            return _video_figure(url, caption="")
        if name == "video":
            url = next(
                (values[key] for key in ("src", "mp4", "webm", "m4v", "ogv") if values.get(key)),
                "",
            )
            return _video_figure(url, caption="")
        if _looks_like_shortcode(match, attributes, inner):
            report.unknown_shortcodes[name] += 1
            message = _("unknown shortcode [%(name)s] kept as text") % {"name": name}
            if message not in pictures.warnings:
                pictures.warnings.append(message)
        return match.group(0)

    return SHORTCODE.sub(replace, content)


def _looks_like_shortcode(match, attributes: str, inner) -> bool:
    """Square brackets in prose («[sic]», «[1]») are no shortcode: only a name with a closing
    tag, attributes, a slash or a dash or underscore in it counts."""
    name = match.group(2)
    return bool(
        inner is not None or "=" in attributes or match.group(4) or "-" in name or "_" in name
    )


def _caption(inner: str, values: dict) -> str:
    """[caption]<img …> Text[/caption] (the text may also be the `caption` attribute)."""
    image = re.search(r"(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*</a>)?", inner, re.I)
    if image is None:
        return inner
    text = values.get("caption") or (inner[: image.start()] + inner[image.end() :])
    return f"<figure>{image.group(0)}<figcaption>{text.strip()}</figcaption></figure>"


def _gallery(ids: list[str], pictures: _Pictures) -> str:
    figures = []
    for attachment_id in ids:
        attachment = pictures.attachment(attachment_id)
        if attachment is None:
            pictures.warnings.append(
                _("picture left out: attachment %(id)s is not in the export")
                % {"id": attachment_id}
            )
            continue
        img = (
            f'<img src="{html.escape(attachment.url, quote=True)}" '
            f'class="wp-image-{attachment_id}" alt="{html.escape(attachment.alt, quote=True)}">'
        )
        caption = f"<figcaption>{html.escape(attachment.caption)}</figcaption>"
        figures.append(f"<figure>{img}{caption if attachment.caption else ''}</figure>")
    return "\n\n".join(figures)


def _video_figure(url: str, *, caption: str) -> str:
    if not url:
        return ""
    title = caption or _("Video: %(host)s") % {"host": urlsplit(url).hostname or url}
    caption_html = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return (
        f'<figure><video src="{html.escape(url, quote=True)}" '
        f'title="{html.escape(title[:200], quote=True)}"></video>{caption_html}</figure>'
    )


def _autop(content: str) -> str:
    """WordPress's `wpautop` on the parsed HTML: text and inline elements between block-level
    elements become paragraphs, a blank line starts a new one, a single line break inside one
    is a <br>; block-level elements stay as they are. A URL of a video site on a line of its
    own is an embed in WordPress, and a video here."""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    content = re.sub(
        r"^[ \t]*(https?://\S+)[ \t]*$",
        lambda m: (
            _video_figure(m.group(1), caption="") if _is_video_url(m.group(1)) else m.group(0)
        ),
        content,
        flags=re.M,
    )
    root = lxml.html.fragment_fromstring(content, create_parent="div")
    output: list[str] = []
    current: list[str] = []

    def flush():
        paragraph = "".join(current).strip()
        current.clear()
        if paragraph:
            output.append("<p>" + re.sub(r"[ \t]*\n\s*", "<br>\n", paragraph) + "</p>")

    def add_text(text: str):
        for number, part in enumerate(re.split(r"\n[ \t]*\n\s*", text)):
            if number:
                flush()
            current.append(html.escape(part, quote=False))

    add_text(root.text or "")
    for child in root:
        tail, child.tail = child.tail or "", None
        if not isinstance(child.tag, str):  # a comment
            pass
        elif BLOCK_ELEMENT.fullmatch(child.tag):
            flush()
            output.append(lxml.html.tostring(child, encoding="unicode"))
        else:
            current.append(lxml.html.tostring(child, encoding="unicode"))
        add_text(tail)
    flush()
    return "\n".join(output)


def _is_video_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return any(host == h or host.endswith("." + h) for h in VIDEO_HOSTS)


def _rewrite(content: str, pictures: _Pictures) -> str:
    """Pictures by their local path, galleries flattened, embeds as videos, on the parsed HTML."""
    root = lxml.html.fragment_fromstring(content, create_parent="div")
    for comment in list(root.iter(etree.Comment)):
        _remove(comment)
    for figure in list(root.iter("figure")):
        classes = figure.get("class", "")
        if "wp-block-embed" in classes:
            wrapper = figure.find(".//div")
            url = _text(wrapper if wrapper is not None else figure).split(" ")[0]
            _replace(figure, _video_figure(url, caption=_caption_text(figure)))
        elif "wp-block-video" in classes:
            video = figure.find(".//video")
            url = video.get("src", "") if video is not None else ""
            if not url and video is not None and video.find("source") is not None:
                url = video.find("source").get("src", "")
            if url and _uploads_path(url):
                pictures.warnings.append(
                    _("the video %(url)s stays at the old site's address; copy it to a media "
                      "server and change the article")
                    % {"url": url}
                )  # fmt: skip
            _replace(figure, _video_figure(url, caption=_caption_text(figure)))
    for gallery in list(root.iter("figure")):
        inner = [f for f in gallery.iter("figure") if f is not gallery]
        if "wp-block-gallery" in gallery.get("class", "") or inner:
            if not inner:  # the older gallery: <ul><li><figure>… or bare <img>s
                inner = [_element(f"<figure>{lxml.html.tostring(i, encoding='unicode')}</figure>")
                         for i in gallery.iter("img")]  # fmt: skip
            for figure in inner:
                gallery.addprevious(figure)
            _remove(gallery)
    for img in list(root.iter("img")):
        path, attachment = pictures.for_img(img.get("src", ""), img.get("class", ""))
        if not path:
            parent = img.getparent()
            if parent is not None and parent.tag == "a" and len(parent) == 1:
                img = parent
            holder = img.getparent()
            _remove(img)
            if holder is not None and holder.tag == "figure" and holder.find(".//img") is None:
                _remove(holder)
            continue
        img.set("src", path)
        for name in ("srcset", "sizes", "class", "width", "height", "loading", "decoding"):
            img.attrib.pop(name, None)
        if attachment is not None and not img.get("alt") and attachment.alt:
            img.set("alt", attachment.alt)
        if attachment is not None and not img.get("title") and attachment.title:
            img.set("title", attachment.title)  # the picture's title in the image library
        parent = img.getparent()
        if parent is not None and parent.tag == "a" and len(parent) == 1:
            # A picture linked to its own file: the link goes, the picture stays.
            parent.addprevious(img)
            img.tail = (img.tail or "") + (parent.tail or "")
            parent.getparent().remove(parent)
            parent = img.getparent()
        if (
            parent is not None
            and parent.tag == "figure"
            and attachment is not None
            and attachment.caption
            and parent.find("figcaption") is None
        ):
            caption = etree.SubElement(parent, "figcaption")
            caption.text = attachment.caption
    for paragraph in list(root.iter("p")):
        if len(paragraph) == 0 and not (paragraph.text or "").strip():
            _remove(paragraph)
    for element in root.iter():
        for name in ("class", "id", "style"):
            element.attrib.pop(name, None)
    text = root.text or ""
    markup = text + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    return re.sub(r"\n\s*\n\s*", "\n", markup).strip()


def _element(markup: str):
    return lxml.html.fragment_fromstring(markup)


def _replace(element, markup: str):
    """Put the HTML `markup` (one element, or nothing) where `element` was."""
    if markup:
        new = _element(markup)
        new.tail = element.tail
        element.tail = None
        element.addprevious(new)
    _remove(element)


def _caption_text(figure) -> str:
    caption = figure.find(".//figcaption")
    return _text(caption) if caption is not None else ""


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _remove(element):
    """Remove `element`, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
