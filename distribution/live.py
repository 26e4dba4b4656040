"""A live ticker (tickers.Ticker, docs/newsroom.md) as machines read it: its state, and its
entries with their headline, plain text, HTML and address on the article page. Structured
data (LiveBlogPosting), the ticker's Atom feed, the API and ninjs all describe entries
through this module, so they agree on every field (docs/distribution.md, «Live tickers»).

Entries are read by distribution.selectors (fixed queries); nothing here queries the
database except the expansion of the entries' links to other pages, one query for all the
entries of an answer.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.rich_text import expand_db_html, get_text_for_indexing

from distribution.media import rendition_or_none
from distribution.site import SiteRoot, absolute_html

# An entry's anchor on the article page.
ENTRY_ANCHOR = "eintrag-{entry_id}"
# Structured data's headline limit (Google's); an entry without a title gets its first words.
HEADLINE_CHARACTERS = 110
HEADLINE_WORDS = 12
# An entry saved again this long after it was created counts as edited (its creation writes
# `created_at` and `updated_at` a moment apart).
EDIT_GRACE = timedelta(seconds=2)
# The picture of an entry in feeds, the API and ninjs: at most 1'200 pixels either way.
ENTRY_RENDITION = "max-1200x1200"

NOT_STARTED, RUNNING, ENDED = "not_started", "running", "ended"


def ticker_status(ticker) -> str:
    """`not_started`, `running` (started and not ended) or `ended`."""
    if ticker is None or ticker.started_at is None:
        return NOT_STARTED
    return RUNNING if ticker.ended_at is None else ENDED


def is_started(ticker) -> bool:
    return ticker_status(ticker) != NOT_STARTED


def entry_url(article_url: str, entry) -> str:
    """The entry's address: the article page with the entry's anchor."""
    return f"{article_url}#{ENTRY_ANCHOR.format(entry_id=entry.pk)}"


def entry_text(entry) -> str:
    """The entry's text as plain text (paragraphs separated by a space), with its quote."""
    parts = [get_text_for_indexing(entry.body or "")]
    if entry.quote_text:
        quote = f"«{entry.quote_text.strip()}»"
        if entry.quote_source:
            quote += f" ({entry.quote_source.strip()})"
        parts.append(quote)
    return " ".join(part for part in parts if part).strip()


def entry_headline(entry, text: str | None = None) -> str:
    """The entry's title, or the first words of its text (or its time, for an entry that
    is only a picture or a poll)."""
    if entry.title.strip():
        return Truncator(entry.title.strip()).chars(HEADLINE_CHARACTERS)
    text = entry_text(entry) if text is None else text
    if text:
        return Truncator(Truncator(text).words(HEADLINE_WORDS)).chars(HEADLINE_CHARACTERS)
    return f"{timezone.localtime(entry.posted_at):%H:%M}"


def entry_modified(entry) -> datetime | None:
    """When the entry was last edited; None for an entry never edited since its post."""
    if entry.updated_at and entry.created_at and entry.updated_at - entry.created_at > EDIT_GRACE:
        return entry.updated_at
    return None


def entries_changed_at(entries) -> datetime | None:
    """The newest post or edit among these entries."""
    times = [entry_modified(entry) or entry.posted_at for entry in entries]
    return max(times, default=None)


@dataclass(frozen=True)
class MachineEntry:
    """One entry as feeds, the API and ninjs give it."""

    entry: object
    url: str
    headline: str
    text: str
    html: str
    modified: datetime | None
    # A stable identifier for feeds (tag_uri).
    guid: str


def machine_entries(entries, *, article_url: str, site: SiteRoot) -> list[MachineEntry]:
    """The entries (read with `pictures=True`, distribution.selectors.ticker_entries) with
    their HTML for another site: links absolute, the picture as a <figure>, the quote as a
    <blockquote>, the video as a link, the poll by its question linked to the entry."""
    bodies = expand_many([entry.body or "" for entry in entries])
    result = []
    for entry, body in zip(entries, bodies, strict=True):
        url = entry_url(article_url, entry)
        parts = [picture_html(entry, site), body]
        if entry.quote_text:
            source = (
                format_html("<footer>{}</footer>", entry.quote_source) if entry.quote_source else ""
            )
            parts.append(
                format_html("<blockquote><p>{}</p>{}</blockquote>", entry.quote_text, source)
            )
        if entry.video_url:
            parts.append(
                format_html(
                    '<p>{}: <a href="{}">{}</a></p>',
                    gettext("Video"),
                    entry.video_url,
                    entry.video_url,
                )
            )
        if entry.poll_id and entry.poll is not None:
            parts.append(
                format_html(
                    '<p>{}: <a href="{}">{}</a></p>', gettext("Poll"), url, entry.poll.question
                )
            )
        text = entry_text(entry)
        result.append(
            MachineEntry(
                entry=entry,
                url=url,
                headline=entry_headline(entry, text),
                text=text,
                html=absolute_html("".join(str(part) for part in parts if part), site),
                modified=entry_modified(entry),
                guid=tag_uri(site, entry),
            )
        )
    return result


def picture_html(entry, site: SiteRoot) -> str:
    if entry.image_id is None or entry.image is None:
        return ""
    rendition = rendition_or_none(entry.image, ENTRY_RENDITION)
    if rendition is None:
        return ""
    caption = (entry.image_caption or entry.image.default_caption or "").strip()
    credit = (entry.image_credit or entry.image.credit or "").strip()
    figcaption = " ".join(
        part for part in (caption, f"({gettext('Picture')}: {credit})" if credit else "") if part
    )
    return format_html(
        '<figure><img src="{}" width="{}" height="{}" alt="{}">{}</figure>',
        site.absolute(rendition.url),
        rendition.width,
        rendition.height,
        entry.image.default_alt_text,
        format_html("<figcaption>{}</figcaption>", figcaption) if figcaption else "",
    )


# A character stored rich text cannot hold (PostgreSQL text refuses it): separates the
# entries' bodies so that their links are expanded in one pass.
_SEPARATOR = "\x00"


def expand_many(htmls: list[str]) -> list[str]:
    """Wagtail's `expand_db_html` of several rich texts at once: their links to pages are
    looked up in one query for all of them (one per text otherwise)."""
    if not htmls:
        return []
    if any(_SEPARATOR in html for html in htmls):
        return [expand_db_html(html) for html in htmls]
    expanded = expand_db_html(_SEPARATOR.join(htmls)).split(_SEPARATOR)
    if len(expanded) != len(htmls):  # never expected; each on its own then
        return [expand_db_html(html) for html in htmls]
    return expanded


def tag_uri(site: SiteRoot, entry) -> str:
    """A stable identifier of an entry for feeds (RFC 4151 tag URI): the site's host, the
    day the entry was created and its id; it stays when the entry or the article changes."""
    host = urlsplit(site.root_url).hostname or "localhost"
    day = (entry.created_at or entry.posted_at).date().isoformat()
    return f"tag:{host},{day}:ticker-entry-{entry.pk}"
