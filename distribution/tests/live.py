"""Live tickers for distribution's tests, written with the ORM as tickers.services writes
them (docs/newsroom.md): each post, edit or deletion takes the ticker's next sequence number
and changes the ticker's cache tag only (no page: the article's lists stay); starting and
ending go through core.changes.content_changed."""

from datetime import datetime, timedelta

from django.db.models import F
from django.utils import timezone

from core.changes import content_changed
from core.http import ticker_tag
from tickers.models import Entry, Ticker

START = datetime.fromisoformat("2026-03-08T09:00:00+01:00")


def _next_sequence(ticker) -> int:
    Ticker.objects.filter(pk=ticker.pk).update(sequence=F("sequence") + 1)
    ticker.refresh_from_db(fields=["sequence"])
    return ticker.sequence


def _changed(ticker, reason: str) -> None:
    content_changed(
        page_ids=[ticker.article_id],
        listings=False,
        tags=[ticker_tag(ticker.article_id)],
        reason=reason,
    )


def _entries_changed(ticker, reason: str) -> None:
    content_changed(page_ids=[], tags=[ticker_tag(ticker.article_id)], reason=reason)


def ticker_start(article, *, started_at=START, ended_at=None) -> Ticker:
    ticker = Ticker.objects.create(article=article, started_at=started_at, ended_at=ended_at)
    _changed(ticker, "ticker started")
    return ticker


def entry_post(ticker, *, minutes: int = 0, body: str = "<p>Es geht los.</p>", **fields) -> Entry:
    fields.setdefault("posted_at", (ticker.started_at or START) + timedelta(minutes=minutes))
    entry = Entry.objects.create(
        ticker=ticker, body=body, sequence=_next_sequence(ticker), **fields
    )
    Ticker.objects.filter(pk=ticker.pk).update(last_posted_at=entry.posted_at)
    _entries_changed(ticker, "ticker entry posted")
    return entry


def entry_edit(entry, *, at=None, **fields) -> Entry:
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.sequence = _next_sequence(entry.ticker)
    entry.save()
    # auto_now stamps the time of the save: an edit comes later than the post.
    Entry.objects.filter(pk=entry.pk).update(
        updated_at=at or entry.created_at + timedelta(minutes=5)
    )
    entry.refresh_from_db()
    _entries_changed(entry.ticker, "ticker entry edited")
    return entry


def entry_delete(entry) -> None:
    entry.deleted_at = timezone.now()
    entry.sequence = _next_sequence(entry.ticker)
    entry.save(update_fields=["deleted_at", "sequence"])
    _entries_changed(entry.ticker, "ticker entry deleted")


def ticker_end(ticker, *, at) -> None:
    ticker.ended_at = at
    ticker.save(update_fields=["ended_at"])
    _changed(ticker, "ticker ended")
