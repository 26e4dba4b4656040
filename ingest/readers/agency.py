"""What the agency wire readers (ninjs.py, newsml.py) share: times, texts, codes and pictures
as docs/ingest.md («Formats») describes them. Pure functions: no database, no network.
"""

import html
import posixpath
import re
from datetime import UTC, date, datetime, time
from html.entities import name2codepoint
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree
from lxml import html as lxml_html

# A whole document (one file, one HTTP answer) is read into memory: more is refused.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
# The writer's limit for a picture (WAGTAILIMAGES_MAX_UPLOAD_SIZE, docs/import-format.md).
MAX_PICTURE_BYTES = 20 * 1024 * 1024
LEAD_MAX = 500
HEADLINE_MAX = 255
TITLE_MAX = 255
CAPTION_MAX = 400
CREDIT_MAX = 255

PUBSTATUS = {
    "usable": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
}
PICTURE_TYPES = {"image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/webp", "image/gif"}
PICTURE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".gif"}
# IPTC's controlled vocabularies by URI, named by the scheme alias NewsML-G2's qcodes use
# (https://cv.iptc.org/newscodes/): a ninjs subject «http://cv.iptc.org/newscodes/mediatopic/04000000»
# and a NewsML-G2 «medtop:04000000» meet the same mapping table row.
IPTC_SCHEMES = {
    "cv.iptc.org/newscodes/mediatopic/": "medtop",
    "cv.iptc.org/newscodes/subjectcode/": "subj",
    "cv.iptc.org/newscodes/genre/": "genre",
    "cv.iptc.org/newscodes/cpnature/": "cpnat",
    "cvx.iptc.org/iso3166-1a2/": "iso3166-1a2",
    "cvx.iptc.org/iso3166-1a3/": "iso3166-1a3",
}
# «Embargoed until further notice» (NewsML-G2's empty <embargoed/>): a time that never comes,
# so the item waits until a later version lifts the embargo.
# (Not the last day of year 9999: shown in a time zone east of UTC it would overflow.)
EMBARGO_OPEN = datetime(9999, 12, 30, tzinfo=UTC)


class XmlRefused(Exception):
    """Not XML this reader accepts: not well-formed, or with entity declarations."""


def xml_parse(content: bytes):
    """Parse XML safely: no DTD loaded, no entity declared by the document (an internal subset
    with <!ENTITY is refused: no «billion laughs»), no network, lxml's size limits. HTML's
    named entities (&nbsp;, &auml;), which agencies' NITF uses without declaring them, are read
    as the characters they name."""
    if b"<!ENTITY" in content:
        raise XmlRefused(_("entity declarations are not accepted"))
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
    )
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        if "Entity" not in str(error):
            raise XmlRefused(str(error)) from None
    try:
        return etree.fromstring(_named_entities_as_numbers(content), parser)
    except etree.XMLSyntaxError as error:
        raise XmlRefused(str(error)) from None


def _named_entities_as_numbers(content: bytes) -> bytes:
    def replace(match):
        name = match.group(1).decode("ascii")
        if name in ("amp", "lt", "gt", "quot", "apos") or name not in name2codepoint:
            return match.group(0)
        return b"&#%d;" % name2codepoint[name]

    return re.sub(rb"&([A-Za-z][A-Za-z0-9]{1,31});", replace, content)


class ItemError(Exception):
    """This one item cannot be read; the reader turns it into WireItem(error=…)."""


def empty_meta(format: str, uri: str = "") -> dict:
    """Every key of WireItem.meta, empty: an item that could not be read still has them all."""
    return {
        "format": format,
        "uri": uri,
        "version": None,
        "versioncreated": None,
        "pubstatus": "usable",
        "embargoed": None,
        "urgency": None,
        "copyright_holder": "",
        "copyright_notice": "",
        "usage_terms": "",
        "subjects": [],
        "places": [],
        "byline": "",
        "credit": "",
        "language": "",
        "slugline": "",
        "ednote": "",
    }


def clean(value) -> str:
    """Text with its whitespace collapsed (agency XML indents its texts)."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def parse_time(value, field: str) -> datetime | None:
    """An ISO 8601 time as an aware datetime. A time without a zone, or a date alone (NewsML-G2's
    truncated times), is read in the site's time zone (TIME_ZONE); a bad one is an ItemError."""
    text = clean(value)
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            parsed = datetime.combine(date.fromisoformat(text), time())
        else:
            parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ItemError(
            _("«%(field)s»: «%(value)s» is not a date and time (ISO 8601)")
            % {"field": field, "value": text[:60]}
        ) from None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, timezone.get_default_timezone())
    return parsed


def parse_version(value, warnings: list[str]) -> int | None:
    """The item's version as an int; ninjs gives a string («2»), NewsML-G2 an attribute."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = clean(value)
    if text.isdigit():
        return int(text)
    warnings.append(
        _("«version»: «%(value)s» is not a whole number; ignored") % {"value": text[:40]}
    )
    return None


def parse_urgency(value, warnings: list[str]) -> int | None:
    """Urgency 1 (most urgent) to 9, as IPTC defines it; anything else is left out."""
    if value is None or value == "":
        return None
    try:
        number = float(clean(value)) if not isinstance(value, int | float) else value
    except ValueError:
        number = None
    if (
        isinstance(value, bool)
        or number is None
        or not float(number).is_integer()
        or not 1 <= number <= 9
    ):
        warnings.append(
            _("«urgency»: «%(value)s» is not a number from 1 to 9; ignored")
            % {"value": str(value)[:40]}
        )
        return None
    return int(number)


def parse_pubstatus(value) -> str:
    """usable, withheld or canceled; ninjs gives the word, NewsML-G2 a qcode (stat:withheld).
    Missing means usable (both specifications' default); anything else holds the item."""
    text = clean(value).lower()
    if not text:
        return "usable"
    text = text.rsplit(":", 1)[-1] if text.startswith(("stat:", "http")) else text
    text = text.rstrip("/").rsplit("/", 1)[-1]
    if text not in PUBSTATUS:
        raise ItemError(_("«pubstatus»: unknown status «%(value)s»") % {"value": clean(value)[:40]})
    return PUBSTATUS[text]


def cut_at_word(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with «…» when it is longer."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"


def text_to_html(text: str) -> str:
    """Plain agency text as paragraphs: blank lines separate them, line breaks inside one are
    spaces (agency text is often wrapped at a fixed width)."""
    paragraphs = [clean(part) for part in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in paragraphs if part)


def html_text(markup: str) -> str:
    """The text of an HTML fragment, for a lead or a caption."""
    if "<" not in markup:
        return clean(html.unescape(markup))
    try:
        fragments = lxml_html.fragments_fromstring(markup)
    except Exception:  # lxml raises several types on garbage: keep what looks like text
        return clean(re.sub(r"<[^>]*>", " ", markup))
    parts = [f if isinstance(f, str) else f.text_content() for f in fragments]
    return clean(" ".join(parts))


def first_paragraph_text(markup: str) -> str:
    """The text of the first non-empty paragraph of an HTML body (the lead's fallback)."""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises several types on garbage
        return html_text(markup)
    for paragraph in root.iter("p"):
        text = clean(paragraph.text_content())
        if text:
            return text
    return clean(root.text_content())


def lead_from(description: str, body_html: str, headline: str = "") -> str:
    """The description, else the body's first paragraph, else its text (a body of a list
    alone), else the headline: the writer needs a lead."""
    text = description or first_paragraph_text(body_html) or html_text(body_html) or headline
    return cut_at_word(text, LEAD_MAX)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z][^>]*>", text or ""))


def code_entry(
    *, scheme: str = "", code: str = "", name: str = "", uri: str = "", qcode: str = ""
) -> dict | None:
    """One subject or place as the mapping tables read it: {"scheme", "code", "name"}. A qcode
    («medtop:04000000») splits at its colon; a URI of an IPTC vocabulary becomes its alias, any
    other URI splits at its last «/» or «#»."""
    scheme, code, name = clean(scheme), clean(code), clean(name)
    qcode, uri = clean(qcode), clean(uri)
    if qcode and ":" in qcode:
        scheme, code = qcode.split(":", 1)
    elif uri and not code:
        scheme, code = split_uri(uri)
    elif scheme.startswith(("http://", "https://")):
        scheme = split_uri(scheme + "x")[0]
    elif code.startswith(("http://", "https://")) and not scheme:
        scheme, code = split_uri(code)
    if not (code or name):
        return None
    return {"scheme": scheme, "code": code, "name": name}


def split_uri(uri: str) -> tuple[str, str]:
    bare = re.sub(r"^https?://", "", uri)
    for prefix, alias in IPTC_SCHEMES.items():
        if bare.startswith(prefix):
            return alias, bare[len(prefix) :].strip("/")
    for separator in ("#", "/"):
        if separator in uri.rstrip(separator):
            head, _sep, tail = uri.rstrip("/").rpartition(separator)
            if tail and head not in ("http:/", "https:/"):
                return head + separator, tail
    return "", uri


def unique(entries) -> list[dict]:
    seen, result = set(), []
    for entry in entries:
        if entry is None:
            continue
        key = (entry["scheme"].casefold(), entry["code"].casefold(), entry["name"].casefold())
        if key not in seen:
            seen.add(key)
            result.append(entry)
    return result


def picture_source(href: str, base_dir: Path, warnings: list[str]) -> dict | None:
    """Where the writer finds a picture: a file beside the document (`path`, relative to its
    folder) or an address (`url`, fetched beforehand by the provider's poller into the same
    folder under the address's file name, else left out by the writer with a warning)."""
    href = (href or "").strip()
    if not href:
        return None
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return {"data_url": href}
    if scheme in ("http", "https"):
        name = posixpath.basename(unquote(parts.path))
        if name and _inside(base_dir, name):
            return {"path": name}
        return {"url": href}
    if scheme == "file" or not scheme:
        # NewsML-G2's own examples write «file:///./picture.jpg» for a file beside the item.
        relative = unquote(parts.path if scheme == "file" else href.split("?", 1)[0]).strip()
        relative = posixpath.normpath(relative.lstrip("/")) if relative else ""
        if relative.startswith("./"):
            relative = relative[2:]
        if relative and not relative.startswith("..") and _inside(base_dir, relative):
            return {"path": relative}
        warnings.append(
            _("picture «%(href)s»: no such file beside the document; left out")
            % {"href": href[:200]}
        )
        return None
    warnings.append(_("picture «%(href)s»: unsupported address; left out") % {"href": href[:200]})
    return None


def _inside(base_dir: Path, relative: str) -> bool:
    try:
        base = base_dir.resolve()
        target = (base / relative).resolve()
    except (OSError, ValueError):
        return False
    return target.is_relative_to(base) and target.is_file()


def is_picture_rendition(content_type: str, href: str, size) -> bool:
    content_type = clean(content_type).lower().split(";", 1)[0]
    if content_type:
        if content_type not in PICTURE_TYPES:
            return False
    elif posixpath.splitext(urlsplit(href or "").path)[1].lower() not in PICTURE_EXTENSIONS:
        return False
    try:
        return not size or float(size) <= MAX_PICTURE_BYTES
    except (TypeError, ValueError):
        return True


def best_rendition(renditions: list[dict], base_dir: Path, warnings: list[str]) -> dict | None:
    """The rendition to import: among the pictures the writer can store (JPEG, PNG, WebP, GIF,
    at most 20 MB), a file beside the document before an address, then the largest
    (width × height; unknown sizes count as 0), then the first. `renditions` hold
    {"href", "content_type", "width", "height", "size"}."""
    candidates = []
    for index, rendition in enumerate(renditions):
        href = rendition.get("href") or ""
        if not is_picture_rendition(
            rendition.get("content_type") or "", href, rendition.get("size")
        ):
            continue
        source = picture_source(href, base_dir, [])
        if source is None:
            continue
        area = _number(rendition.get("width")) * _number(rendition.get("height"))
        candidates.append(("path" in source or "data_url" in source, area, -index, source))
    if not candidates:
        hrefs = [r.get("href") for r in renditions if r.get("href")]
        if hrefs:
            warnings.append(
                _("picture «%(href)s»: no rendition that can be imported; left out")
                % {"href": hrefs[0][:200]}
            )
        return None
    return max(candidates, key=lambda candidate: candidate[:3])[3]


def _number(value) -> float:
    try:
        return max(float(value), 0.0)
    except (TypeError, ValueError):
        return 0.0


def picture_value(source: dict, *, title: str, caption: str, credit: str) -> dict:
    """A picture object of docs/import-format.md, with the use's caption and credit."""
    picture = dict(source)
    if title:
        picture["title"] = cut_at_word(title, TITLE_MAX)
        picture["alt"] = cut_at_word(title, TITLE_MAX)
    elif caption:
        picture["alt"] = cut_at_word(caption, TITLE_MAX)
    if caption:
        picture["caption"] = cut_at_word(caption, CAPTION_MAX)
    if credit:
        picture["credit"] = cut_at_word(credit, CREDIT_MAX)
    return picture


def credit_of(by: str, holder: str) -> str:
    """«Photographer/Agency» as Swiss and German papers print it («Peter Klaunzer/Keystone»)."""
    by, holder = clean(by), clean(holder)
    if by and holder and holder.casefold() not in by.casefold():
        return f"{by}/{holder}"
    return by or holder


def article_record_data(
    *,
    external_id: str,
    headline: str,
    lead: str,
    body: list[dict],
    first_created: datetime | None,
    version_created: datetime | None,
    hero: dict | None,
) -> dict:
    data = {
        "external_id": external_id,
        "headline": headline,
        "lead": lead,
        "key_points": [],
        "body": body,
        "authors": [],
        "topics": [],
        "regions": [],
    }
    published = first_created or version_created
    if published:
        data["first_published_at"] = published.isoformat()
    if version_created and published and version_created >= published:
        data["updated_at"] = version_created.isoformat()
    if hero:
        data["hero_image"] = hero
    return data
