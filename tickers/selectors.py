"""Reads of a live ticker for the reader site (docs/design.md §5: fixed query counts, pinned in
tickers/tests/test_reader.py).

Entries are read newest first by keyset (`posted_at`, `id`) on the index `entry_newest`, never
by offset: «Mehr laden» on a ticker of 2'000 entries costs what the first page costs. Open pages
learn what changed from the newest changes by `sequence` (index `entry_changes`).
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Q, prefetch_related_objects
from django.template.loader import render_to_string
from django.urls import reverse

from core.fragments import keeper, kept_get_many
from core.http import ticker_tag
from tickers.models import Entry, Ticker

PAGE_SIZE = 20
# The changes one answer of /live/<id>/updates holds; a page that missed more reloads the list.
CHANGES_WINDOW = 30
# At most this many key events in «Das Wichtigste».
KEY_EVENTS = 50


def ticker_of(*, article_id: int) -> Ticker | None:
    """The article's ticker, if it ever had one: one query."""
    return Ticker.objects.filter(article_id=article_id).first()


def ticker_running(ticker: Ticker | None) -> bool:
    return bool(ticker and ticker.started_at and ticker.ended_at is None)


def poll_interval(ticker: Ticker) -> int:
    """Seconds an open page waits before it asks again: the ticker's own setting, never
    below DEPESCHE_TICKER_MIN_POLL_SECONDS."""
    return max(int(ticker.poll_seconds), settings.DEPESCHE_TICKER_MIN_POLL_SECONDS)


def _visible():
    return Entry.objects.filter(deleted_at__isnull=True).select_related("image", "poll")


def entries_with_media(entries: list[Entry]) -> list[Entry]:
    """Each picture's renditions and each poll's answers: two queries for all of them."""
    if any(e.image_id for e in entries):
        prefetch_related_objects([e for e in entries if e.image_id], "image__renditions")
    if any(e.poll_id for e in entries):
        prefetch_related_objects([e for e in entries if e.poll_id], "poll__answers")
    return entries


def entries_page(*, ticker: Ticker, before: Entry | None = None) -> tuple[list[Entry], bool]:
    """Up to PAGE_SIZE visible entries, newest first, older than `before` (the first page
    without it), the pinned entry left out (it shows on top); and whether more follow. One
    query, plus the media's two."""
    entries = _visible().filter(ticker=ticker, is_pinned=False)
    if before is not None:
        entries = entries.filter(
            Q(posted_at__lt=before.posted_at) | Q(posted_at=before.posted_at, pk__lt=before.pk)
        )
    rows = list(entries.order_by("-posted_at", "-pk")[: PAGE_SIZE + 1])
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


def entry_cursor(*, ticker: Ticker, entry_id: int) -> Entry | None:
    """The entry a «Mehr laden» link continues after (deleted ones too: a page may hold an
    entry that was deleted since). One query."""
    return (
        Entry.objects.filter(ticker=ticker, pk=entry_id).only("pk", "posted_at", "ticker").first()
    )


@dataclass
class TickerSection:
    """What the article page shows of its ticker."""

    ticker: Ticker
    article_id: int
    pinned: Entry | None
    key_events: list[Entry]
    entries: list[Entry]
    has_more: bool
    tag: str = field(init=False)

    def __post_init__(self):
        self.tag = ticker_tag(self.article_id)

    @property
    def running(self) -> bool:
        return ticker_running(self.ticker)

    @property
    def interval(self) -> int:
        return poll_interval(self.ticker)

    @property
    def shown_ids(self) -> set[int]:
        return {e.pk for e in self.entries}

    @property
    def more_url(self) -> str | None:
        if not self.has_more or not self.entries:
            return None
        return entries_url(self.article_id, before=self.entries[-1].pk)


def entries_url(article_id: int, *, before: int) -> str:
    return f"{reverse('tickers:entries', kwargs={'article_id': article_id})}?before={before}"


def ticker_none_key(article_id: int) -> str:
    """The key of the kept answer «this article has no running ticker»."""
    return f"ticker-none:{article_id}"


def ticker_section(*, article_id: int, request=None, page=None) -> TickerSection | None:
    """The article's ticker for its page, or None when it has none or was never started.
    That answer is kept until a ticker of the article starts (core.fragments, the ticker's
    tag): no query for an ordinary article once kept, one before. A started ticker: 4 queries
    (the ticker, the first page, the pinned entry, the key events), plus two for the
    pictures' renditions and the polls' answers when any of the shown entries has one."""
    none_key = ticker_none_key(article_id)
    if kept_get_many([none_key], request=request):
        _remember(page, None)
        return None
    with keeper(request) as keep:
        ticker = ticker_of(article_id=article_id)
        if ticker is None or ticker.started_at is None:
            # Starting a ticker renews its tag (tickers.services): an edit of the article
            # leaves the answer kept.
            keep(none_key, True, tags={ticker_tag(article_id)})
    _remember(page, ticker)
    if ticker is None or ticker.started_at is None:
        return None
    entries, has_more = entries_page(ticker=ticker)
    pinned = _visible().filter(ticker=ticker, is_pinned=True).order_by("-posted_at").first()
    key_events = list(
        Entry.objects.filter(ticker=ticker, is_key=True, deleted_at__isnull=True)
        .only("pk", "title", "posted_at", "body")
        .order_by("-posted_at", "-pk")[:KEY_EVENTS]
    )
    entries_with_media([*entries, *([pinned] if pinned else [])])
    return TickerSection(
        ticker=ticker,
        article_id=article_id,
        pinned=pinned,
        key_events=key_events,
        entries=entries,
        has_more=has_more,
    )


def entry_html(entry: Entry, *, article_id: int) -> str:
    """The entry as the page shows it (tickers/entry.html)."""
    return render_to_string("tickers/entry.html", {"entry": entry, "page": {"pk": article_id}})


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def ticker_changes(*, ticker: Ticker) -> dict:
    """The answer of /live/<id>/updates (docs/distribution.md): the newest CHANGES_WINDOW
    changed entries, oldest change first, with their HTML. `oldest_sequence`: every change
    after `oldest_sequence - 1` is in the answer; a page that knows less reloads the list.
    Two queries (the window, the pictures' renditions) and one for polls when any."""
    rows = list(
        Entry.objects.filter(ticker=ticker)
        .select_related("image", "poll")
        .order_by("-sequence", "-pk")[: CHANGES_WINDOW + 1]
    )
    if len(rows) > CHANGES_WINDOW:
        # Entries changed together share a number: the window holds all of them or none.
        cut = rows[CHANGES_WINDOW].sequence
        rows = [row for row in rows[:CHANGES_WINDOW] if row.sequence > cut]
        rows.reverse()
        oldest = rows[0].sequence if rows else cut + 1
    else:
        rows.reverse()
        oldest = 1  # every change is in the answer
    entries_with_media([row for row in rows if row.deleted_at is None])
    return {
        "sequence": ticker.sequence,
        "interval": poll_interval(ticker),
        "running": ticker_running(ticker),
        "ended_at": _iso(ticker.ended_at),
        "changes": [
            {
                "id": row.pk,
                "sequence": row.sequence,
                "deleted": row.deleted_at is not None,
                "posted_at": _iso(row.posted_at),
                "title": "" if row.deleted_at else row.title,
                "is_key": row.is_key and row.deleted_at is None,
                "is_pinned": row.is_pinned and row.deleted_at is None,
                "html": "" if row.deleted_at else entry_html(row, article_id=ticker.article_id),
            }
            for row in rows
        ],
        "oldest_sequence": oldest,
    }


def _remember(page, ticker: Ticker | None):
    """Leave the answer on the page (`page.ticker`), so that whatever reads it next (the
    structured data, distribution.selectors.article_ticker) needs no query. None for a ticker
    that was never started counts as none: its page is an ordinary article."""
    if page is not None:
        type(page).ticker.related.set_cached_value(page, ticker)


def poll_in_entries(*, article_id: int, poll_id: int) -> bool:
    """Whether a visible entry of the article's running or ended ticker shows the poll (a
    vote counts there: polls.services.poll_vote); one query."""
    return Entry.objects.filter(
        ticker__article_id=article_id,
        ticker__started_at__isnull=False,
        poll_id=poll_id,
        deleted_at__isnull=True,
    ).exists()


def poll_article_ids(*, poll) -> list[int]:
    """The articles whose ticker shows the poll in a visible entry (purged when it changes)."""
    return list(
        Ticker.objects.filter(entries__poll=poll, entries__deleted_at__isnull=True)
        .values_list("article_id", flat=True)
        .distinct()
    )
