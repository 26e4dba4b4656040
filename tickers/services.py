"""Writing a live ticker: starting, ending and reopening it; posting, editing and deleting its
entries (docs/newsroom.md, «Liveticker»).

Validate, then act (STYLE): each function checks its input first, then takes the ticker's next
change number with one `F()` update. That update locks the ticker's row (PostgreSQL) or the
database (SQLite) until the commit, so several editors posting at once get distinct, gapless
numbers and the ticker's state (running or not) is read after the lock. Each change of an entry
writes an `EntryVersion` (who, when, what) and refreshes `Ticker.last_posted_at`.

After the commit the edge cache drops what shows the ticker's entries: the article page and
`/live/<id>/updates` carry the tag `ticker-<article id>` (core.http.ticker_tag). An
entry changes only that tag (core.changes, with no page: the article's kept content parts
name it, for the entries in their JSON-LD), not the article's `page-<id>`: teasers on the
home page and the lists do not show entries, so they are not purged
every few seconds (their «Live» badge and time follow their short cache lifetimes).
Starting, ending and reopening change the badge: they go through `content_changed` for the
article (the pages that show it, not its lists).
"""

import nh3
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from core.changes import content_changed
from core.errors import Refused
from core.http import ticker_tag
from tickers.models import Entry, EntryVersion, Ticker

# What an entry's text may hold: Wagtail's rich text (ENTRY_FEATURES) in its database format.
BODY_TAGS = {"p", "br", "b", "i", "strong", "em", "a", "sup", "sub", "ul", "ol", "li"}
BODY_ATTRIBUTES = {"a": {"href", "linktype", "id"}}
# An entry's time may be a little ahead of the server's clock (an editor's watch), not more.
FUTURE_TOLERANCE_SECONDS = 120

EDITABLE_FIELDS = (
    "posted_at",
    "title",
    "body",
    "image",
    "image_caption",
    "image_credit",
    "quote_text",
    "quote_source",
    "video_url",
    "poll",
    "is_key",
    "is_pinned",
)


def _user(user):
    return user if getattr(user, "is_authenticated", False) else None


def _purge_entries(ticker: Ticker, reason: str) -> None:
    """After the commit: the pages that show the ticker's entries (module docstring)."""
    content_changed(page_ids=[], tags=[ticker_tag(ticker.article_id)], reason=reason)


def _purge_status(ticker: Ticker, reason: str) -> None:
    content_changed(
        page_ids=[ticker.article_id],
        listings=False,
        tags=[ticker_tag(ticker.article_id)],
        reason=reason,
    )


def _take_sequence(ticker: Ticker) -> Ticker:
    """The ticker with its next change number, as the database has it, locked until the
    commit (module docstring)."""
    Ticker.objects.filter(pk=ticker.pk).update(sequence=F("sequence") + 1)
    return Ticker.objects.select_related("article").get(pk=ticker.pk)


def _refresh_last_posted(ticker: Ticker) -> None:
    newest = Entry.objects.filter(ticker=ticker, deleted_at__isnull=True).aggregate(
        newest=Max("posted_at")
    )["newest"]
    Ticker.objects.filter(pk=ticker.pk).update(last_posted_at=newest)
    ticker.last_posted_at = newest


def entry_data(entry: Entry) -> dict:
    """What a version keeps: the entry's fields after the change."""
    return {
        "posted_at": entry.posted_at.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "image": entry.image_id,
        "image_caption": entry.image_caption,
        "image_credit": entry.image_credit,
        "quote_text": entry.quote_text,
        "quote_source": entry.quote_source,
        "video_url": entry.video_url,
        "poll": entry.poll_id,
        "is_key": entry.is_key,
        "is_pinned": entry.is_pinned,
        "deleted": entry.deleted_at is not None,
    }


def _version(entry: Entry, action: str, user) -> EntryVersion:
    return EntryVersion.objects.create(
        entry=entry, action=action, user=_user(user), data=entry_data(entry)
    )


# -- The ticker ----------------------------------------------------------------------------------


def _when(at):
    """`at` (a time in the past, e.g. for the demo newsroom) or now."""
    now = timezone.now()
    if at is None:
        return now
    if at > now:
        raise Refused(_("The time cannot be in the future."), code="future")
    return at


@transaction.atomic
def ticker_start(*, article, user=None, at=None) -> Ticker:
    """Start the article's ticker (made on first start) now or `at`. Refused when it runs or
    has ended (an ended ticker is reopened)."""
    ticker, _created = Ticker.objects.get_or_create(article_id=article.pk)
    ticker = _take_sequence(ticker)
    if ticker.ended_at is not None:
        raise Refused(_("The live ticker has ended. Reopen it to continue."), code="ticker_ended")
    if ticker.started_at is not None:
        raise Refused(_("The live ticker is already running."), code="ticker_running")
    ticker.started_at = _when(at)
    ticker.save(update_fields=["started_at"])
    _purge_status(ticker, "ticker started")
    return ticker


@transaction.atomic
def ticker_end(*, ticker: Ticker, user=None, at=None) -> Ticker:
    ticker = _take_sequence(ticker)
    if ticker.started_at is None or ticker.ended_at is not None:
        raise Refused(_("The live ticker is not running."), code="ticker_not_running")
    ticker.ended_at = _when(at)
    ticker.save(update_fields=["ended_at"])
    _purge_status(ticker, "ticker ended")
    return ticker


@transaction.atomic
def ticker_reopen(*, ticker: Ticker, user=None) -> Ticker:
    ticker = _take_sequence(ticker)
    if ticker.ended_at is None:
        raise Refused(_("Only an ended live ticker can be reopened."), code="ticker_not_ended")
    ticker.ended_at = None
    ticker.save(update_fields=["ended_at"])
    _purge_status(ticker, "ticker reopened")
    return ticker


# -- Entries -------------------------------------------------------------------------------------


def entry_clean(fields: dict, *, current: Entry | None = None) -> dict:
    """The entry's fields, checked and tidied, merged over `current` (an edit); Refused with
    a German message when they would make no entry a reader could read."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"unknown entry fields: {sorted(unknown)}")
    values = {name: getattr(current, name) for name in EDITABLE_FIELDS} if current else {}
    values.update(fields)
    now = timezone.now()
    cleaned = {
        "posted_at": values.get("posted_at") or now,
        "title": (values.get("title") or "").strip(),
        "body": nh3.clean(
            values.get("body") or "", tags=BODY_TAGS, attributes=BODY_ATTRIBUTES
        ).strip(),
        "image": values.get("image"),
        "image_caption": (values.get("image_caption") or "").strip(),
        "image_credit": (values.get("image_credit") or "").strip(),
        "quote_text": (values.get("quote_text") or "").strip(),
        "quote_source": (values.get("quote_source") or "").strip(),
        "video_url": (values.get("video_url") or "").strip(),
        "poll": values.get("poll"),
        "is_key": bool(values.get("is_key")),
        "is_pinned": bool(values.get("is_pinned")),
    }
    for name in ("title", "body", "image_caption", "quote_text", "quote_source"):
        if "\x00" in cleaned[name]:
            raise Refused(_("The text contains characters that are not allowed."), code="bad_text")
    if len(cleaned["title"]) > Entry.TITLE_MAX_LENGTH:
        raise Refused(
            _("The title is too long: at most %(maximum)d characters.")
            % {"maximum": Entry.TITLE_MAX_LENGTH},
            code="title_too_long",
        )
    if cleaned["video_url"]:
        try:
            URLValidator(schemes=["http", "https"])(cleaned["video_url"])
        except ValidationError:
            raise Refused(
                _("The video address must be a web address (https://…)."), code="bad_video"
            ) from None
    if (cleaned["posted_at"] - now).total_seconds() > FUTURE_TOLERANCE_SECONDS:
        raise Refused(_("An entry's time cannot be in the future."), code="future")
    has_text = strip_tags(cleaned["body"]).strip() or cleaned["title"]
    if not (
        has_text
        or cleaned["image"]
        or cleaned["quote_text"]
        or cleaned["video_url"]
        or cleaned["poll"]
    ):
        raise Refused(
            _("An entry needs a text, a picture, a quote, a video or a poll."), code="empty_entry"
        )
    return cleaned


def _check_running(ticker: Ticker) -> None:
    if ticker.started_at is None:
        raise Refused(_("The live ticker has not been started."), code="ticker_not_started")
    if ticker.ended_at is not None:
        raise Refused(
            _("The live ticker has ended: reopen it to post or change entries."),
            code="ticker_ended",
        )


def _unpin_others(entry: Entry, sequence: int, user) -> None:
    """One entry is pinned at a time: pinning one unpins the others, in the same change."""
    for other in Entry.objects.filter(
        ticker_id=entry.ticker_id, is_pinned=True, deleted_at__isnull=True
    ).exclude(pk=entry.pk):
        other.is_pinned = False
        other.sequence = sequence
        other.save(update_fields=["is_pinned", "sequence", "updated_at"])
        _version(other, EntryVersion.Action.EDITED, user)


@transaction.atomic
def entry_post(*, ticker: Ticker, user=None, **fields) -> Entry:
    """Post an entry on a running ticker: on open pages within seconds."""
    cleaned = entry_clean(fields)
    ticker = _take_sequence(ticker)
    _check_running(ticker)
    entry = Entry.objects.create(
        ticker=ticker, sequence=ticker.sequence, created_by=_user(user), **cleaned
    )
    if entry.is_pinned:
        _unpin_others(entry, ticker.sequence, user)
    _version(entry, EntryVersion.Action.POSTED, user)
    _refresh_last_posted(ticker)
    _purge_entries(ticker, "ticker entry posted")
    return entry


@transaction.atomic
def entry_edit(*, entry: Entry, user=None, **fields) -> Entry:
    """Change an entry: open pages replace it (its new change number tells them)."""
    ticker = _take_sequence(entry.ticker)
    _check_running(ticker)
    entry = Entry.objects.get(pk=entry.pk)
    if entry.deleted_at is not None:
        raise Refused(_("A deleted entry cannot be edited."), code="entry_deleted")
    cleaned = entry_clean(fields, current=entry)
    for name, value in cleaned.items():
        setattr(entry, name, value)
    entry.sequence = ticker.sequence
    entry.save()
    if entry.is_pinned:
        _unpin_others(entry, ticker.sequence, user)
    _version(entry, EntryVersion.Action.EDITED, user)
    _refresh_last_posted(ticker)
    _purge_entries(ticker, "ticker entry edited")
    return entry


@transaction.atomic
def entry_delete(*, entry: Entry, user=None) -> Entry:
    """Delete an entry: it stays as a tombstone, so that open pages remove it, and in the
    history. Allowed on an ended ticker too (a mistake must be removable)."""
    ticker = _take_sequence(entry.ticker)
    entry = Entry.objects.get(pk=entry.pk)
    if entry.deleted_at is not None:
        raise Refused(_("This entry has already been deleted."), code="entry_deleted")
    entry.deleted_at = timezone.now()
    entry.is_pinned = False
    entry.sequence = ticker.sequence
    entry.save(update_fields=["deleted_at", "is_pinned", "sequence", "updated_at"])
    _version(entry, EntryVersion.Action.DELETED, user)
    _refresh_last_posted(ticker)
    _purge_entries(ticker, "ticker entry deleted")
    return entry
