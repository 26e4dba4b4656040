"""The ticker's feed in the repository's Varnish: purged by the ticker's tag, which every
post, edit and deletion of an entry purges (tickers.services)."""

import pytest

from edge.tests.test_varnish import cache_state, get, varnish  # noqa: F401 (a fixture)

from .live import entry_delete, entry_post, ticker_start

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_entry_purges_the_tickers_feed_and_nothing_else(varnish, newsroom):  # noqa: F811
    article = newsroom(1).pages[0]
    ticker = ticker_start(article)  # commits: the purge task runs after the commit
    entry_post(ticker, minutes=1, title="Die Urnen sind zu")
    feed = f"/feeds/atom/live/{article.pk}/"
    for path in (feed, "/themen/"):
        assert cache_state(varnish, path) == "MISS"
        assert cache_state(varnish, path) == "HIT"

    entry = entry_post(ticker, minutes=2, title="Erste Hochrechnung")
    status, headers, body = get(varnish, feed)
    assert (status, headers["X-Cache"]) == (200, "MISS")
    assert "Erste Hochrechnung" in body
    assert cache_state(varnish, "/themen/") == "HIT"

    entry_delete(entry)
    _status, headers, body = get(varnish, feed)
    assert headers["X-Cache"] == "MISS" and "Erste Hochrechnung" not in body
