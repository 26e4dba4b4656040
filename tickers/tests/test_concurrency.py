"""Several editors at once, on PostgreSQL (the production database): every entry gets its own
change number, none is lost, and the history has one version per change. SQLite serialises
writers anyway, so these run only when DATABASE_URL points at PostgreSQL."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tickers.models import Entry, EntryVersion, Ticker
from tickers.services import entry_edit, entry_post

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)"),
]

PARALLEL = 20


def _parallel(work, count=PARALLEL):
    """Run work(n) for n in range(count) in as many threads, each with its own connection."""

    def run(n):
        try:
            return work(n)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_parallel_posts_and_edits_take_distinct_gapless_sequences(ticker, editor):
    first = entry_post(ticker=ticker, user=editor, body="<p>Start</p>")

    def work(n):
        if n % 4 == 0:
            return entry_edit(entry=first, user=editor, title=f"Fassung {n}").sequence
        return entry_post(ticker=ticker, user=editor, body=f"<p>Eintrag {n}</p>").sequence

    sequences = _parallel(work)
    assert len(set(sequences)) == PARALLEL
    ticker = Ticker.objects.get(pk=ticker.pk)
    assert sorted(sequences) == list(range(first.sequence + 1, ticker.sequence + 1))
    assert Entry.objects.filter(ticker=ticker).count() == 1 + PARALLEL - PARALLEL // 4
    assert EntryVersion.objects.filter(entry__ticker=ticker).count() == 1 + PARALLEL
    assert Entry.objects.get(pk=first.pk).sequence == max(
        s for n, s in enumerate(sequences) if n % 4 == 0
    )
