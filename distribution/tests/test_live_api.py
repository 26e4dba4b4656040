"""A live ticker in the API (Wagtail API v2) and in ninjs."""

from datetime import UTC, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from distribution.selectors import TICKER_ENTRIES

from .conftest import API, BASE, get, warm_query_count
from .live import START, entry_delete, entry_edit, entry_post, ticker_end, ticker_start
from .test_api_archive import ARTICLE_LISTING_QUERIES
from .test_ninjs import ninjs


def iso(moment) -> str:
    return moment.astimezone(UTC).isoformat()


def test_the_api_carries_the_tickers_state_and_its_newest_entries(
    client, newsroom, django_capture_on_commit_callbacks
):
    plain, article = newsroom(2).pages
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        first = entry_post(ticker, minutes=1, title="Die Urnen sind zu", is_key=True)
        second = entry_post(ticker, minutes=2, body="<p>Erste <b>Hochrechnung</b>.</p>")
        entry_delete(entry_post(ticker, minutes=3, title="Falsch"))
        first = entry_edit(first, is_pinned=True)

    detail = get(client, f"{API}/articles/{article.pk}/")["ticker"]
    assert detail["status"] == "running"
    assert detail["started_at"] == iso(START)
    assert detail["ended_at"] is None
    assert detail["feed_url"] == f"{BASE}/feeds/atom/live/{article.pk}/"
    url = f"{BASE}{article.url}"
    newest, oldest = detail["entries"]
    assert newest == {
        "id": second.pk,
        "url": f"{url}#eintrag-{second.pk}",
        "posted_at": iso(second.posted_at),
        "updated_at": None,
        "title": "",
        "headline": "Erste Hochrechnung.",
        "is_key": False,
        "is_pinned": False,
        "text": "Erste Hochrechnung.",
        "html": "<p>Erste <b>Hochrechnung</b>.</p>",
    }
    assert (oldest["id"], oldest["headline"], oldest["is_key"], oldest["is_pinned"]) == (
        first.pk,
        "Die Urnen sind zu",
        True,
        True,
    )
    assert oldest["updated_at"] == iso(first.updated_at)

    # The listing: the state, not the entries; null without a ticker.
    items = {item["id"]: item for item in get(client, f"{API}/articles/")["items"]}
    assert items[plain.pk]["ticker"] is None
    assert items[article.pk]["ticker"]["status"] == "running"
    assert "entries" not in items[article.pk]["ticker"]

    with django_capture_on_commit_callbacks(execute=True):
        ticker_end(ticker, at=START + timedelta(hours=2))
    detail = get(client, f"{API}/articles/{article.pk}/")["ticker"]
    assert (detail["status"], detail["ended_at"]) == (
        "ended",
        iso(START + timedelta(hours=2)),
    )


def test_a_ticker_not_started_has_its_state_and_no_entries(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ticker_start(article, started_at=None)
    ticker = get(client, f"{API}/articles/{article.pk}/")["ticker"]
    assert ticker == {
        "status": "not_started",
        "started_at": None,
        "ended_at": None,
        "last_posted_at": None,
    }


def test_tickers_cost_the_listing_no_query_and_the_detail_a_fixed_one(
    client, newsroom, django_capture_on_commit_callbacks
):
    pages = newsroom(5).pages
    with django_capture_on_commit_callbacks(execute=True):
        for page in pages[:3]:
            ticker = ticker_start(page)
            for minute in range(1, 4):
                entry_post(ticker, minutes=minute)
    assert warm_query_count(client, f"{API}/articles/?limit=20") == ARTICLE_LISTING_QUERIES

    detail = f"{API}/articles/{pages[0].pk}/"
    few = warm_query_count(client, detail)
    with django_capture_on_commit_callbacks(execute=True):
        for minute in range(4, TICKER_ENTRIES + 10):
            entry_post(ticker, minutes=minute)
    assert warm_query_count(client, f"{API}/articles/{pages[2].pk}/") == few
    assert len(get(client, f"{API}/articles/{pages[2].pk}/")["ticker"]["entries"]) == (
        TICKER_ENTRIES
    )
    # Without a ticker, one query less (the entries).
    assert warm_query_count(client, f"{API}/articles/{pages[4].pk}/") == few - 1


def test_ninjs_carries_the_ticker_as_genre_descriptions_and_entry_associations(
    client, newsroom, django_capture_on_commit_callbacks
):
    plain, article = newsroom(2).pages
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        first = entry_post(ticker, minutes=1, title="Die Urnen sind zu", is_key=True)
        second = entry_post(ticker, minutes=2, body="<p>Erste Hochrechnung.</p>")
        entry_delete(entry_post(ticker, minutes=3, title="Falsch"))
        ticker_end(ticker, at=START + timedelta(hours=2))
    _response, document = ninjs(client, article.pk)  # valid ninjs 2.1

    assert document["genres"] == [{"name": "Liveticker", "literal": "liveticker"}]
    descriptions = {item["role"]: item["value"] for item in document["descriptions"]}
    assert descriptions["ticker-status"] == "ended"
    assert descriptions["ticker-started"] == iso(START)
    assert descriptions["ticker-ended"] == iso(START + timedelta(hours=2))
    # The end is the newest change: the version's time.
    assert document["versioncreated"] == iso(START + timedelta(hours=2))
    entries = [item for item in document["associations"] if item["name"] == "ticker-entry"]
    url = f"{BASE}{article.url}"
    assert [entry["uri"] for entry in entries] == [
        f"{url}#eintrag-{second.pk}",
        f"{url}#eintrag-{first.pk}",
    ]
    newest, oldest = entries
    assert newest["type"] == "text" and newest["firstcreated"] == iso(second.posted_at)
    assert newest["headlines"] == [
        {"role": "main", "contenttype": "text/plain", "value": "Erste Hochrechnung."}
    ]
    assert newest["bodies"][0]["value"] == "<p>Erste Hochrechnung.</p>"
    assert newest["bodies"][0]["wordcount"] == 2
    assert "descriptions" not in newest
    assert oldest["descriptions"] == [
        {"role": "ticker-flag", "contenttype": "text/plain", "value": "key"}
    ]
    # The hero picture stays the first association.
    assert document["associations"][0]["name"] == "featureimage"

    _response, plain_document = ninjs(client, plain.pk)
    assert "genres" not in plain_document
    assert [item["name"] for item in plain_document["associations"]] == ["featureimage"]


def test_ninjs_reads_the_ticker_in_fixed_queries(
    client, newsroom, django_capture_on_commit_callbacks
):
    plain, article = newsroom(2).pages

    def count(page) -> int:
        client.get(f"/api/ninjs/articles/{page.pk}/")
        with CaptureQueriesContext(connection) as queries:
            ninjs(client, page.pk)
        return len(queries)

    without = count(plain)
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        entry_post(ticker, minutes=1)
    few = count(article)
    assert few == without + 1  # the entries; the ticker comes with the article
    with django_capture_on_commit_callbacks(execute=True):
        for minute in range(2, TICKER_ENTRIES + 10):
            entry_post(ticker, minutes=minute)
    assert count(article) == few
