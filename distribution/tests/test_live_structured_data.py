"""A live ticker's article as schema.org LiveBlogPosting, and its feed in the page head. The
article is imported once for the module (kept_for_module); the articles without a started
ticker are in test_live_structured_data_apart.py."""

from datetime import UTC, timedelta

import html5lib
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePage
from distribution.selectors import TICKER_ENTRIES

from .conftest import BASE
from .live import START, entry_delete, entry_edit, entry_post, ticker_end, ticker_start
from .test_structured_data import by_type, extract, meta


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


def iso(moment) -> str:
    """A time as the page writes it: in UTC."""
    return moment.astimezone(UTC).isoformat()


def alternate_links(html: str) -> list[tuple[str, str]]:
    return [
        (link.get("type"), link.get("href"))
        for link in html5lib.parse(html, namespaceHTMLElements=False).iter("link")
        if link.get("rel") == "alternate"
    ]


def test_a_running_ticker_is_a_live_blog_posting_with_its_newest_entries(
    client, article, django_capture_on_commit_callbacks
):
    url = f"{BASE}{article.url}"
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        first = entry_post(ticker, minutes=5, title="Die Urnen sind zu", is_key=True)
        second = entry_post(
            ticker,
            minutes=12,
            body="<p>Erste Hochrechnung: Die Vorlage wird deutlich angenommen, "
            "mit 61 Prozent Ja-Stimmen in allen Kantonen ausser Schwyz und Uri.</p>",
        )
    html, data = extract(client, article.url)
    assert not [item for item in data["json-ld"] if item["@type"] == "NewsArticle"]
    posting = by_type(data, "LiveBlogPosting")

    # What NewsArticle carried stays; datePublished is the first publication.
    assert posting["headline"] == article.title
    assert posting["url"] == url and posting["mainEntityOfPage"]["@id"] == url
    assert posting["datePublished"] == "2026-01-05T07:00:00+00:00"
    assert posting["author"][0]["name"] == "Anna Muster"
    assert posting["publisher"]["@type"] == "NewsMediaOrganization"
    assert posting["about"]["name"] == "Verkehr"
    assert len(posting["image"]) == 3
    # The newest entry is the latest modification.
    assert posting["dateModified"] == iso(second.posted_at)
    assert meta(html, "article:modified_time") == [iso(second.posted_at)]

    assert posting["coverageStartTime"] == iso(START)
    assert "coverageEndTime" not in posting
    updates = posting["liveBlogUpdate"]
    assert [update["url"] for update in updates] == [
        f"{url}#eintrag-{second.pk}",
        f"{url}#eintrag-{first.pk}",
    ]
    newest, oldest = updates
    assert newest["@type"] == "BlogPosting"
    # Without a title: the first words of the text.
    assert (
        newest["headline"]
        == "Erste Hochrechnung: Die Vorlage wird deutlich angenommen, mit 61 Prozent Ja-Stimmen in…"
    )
    assert newest["articleBody"].startswith("Erste Hochrechnung: Die Vorlage")
    assert newest["datePublished"] == iso(second.posted_at)
    assert "dateModified" not in newest
    assert oldest["headline"] == "Die Urnen sind zu"
    assert oldest["articleBody"] == "Es geht los."

    # The head names the ticker's feed, and the feed answers.
    feed = f"{BASE}/feeds/atom/live/{article.pk}/"
    assert ("application/atom+xml", feed) in alternate_links(html)
    assert client.get(feed.removeprefix(BASE)).status_code == 200


def test_edits_deletions_and_the_end_reach_the_kept_head(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        kept = entry_post(ticker, minutes=1, title="Bleibt")
        gone = entry_post(ticker, minutes=2, title="Falsch gemeldet")
    updates = by_type(extract(client, article.url)[1], "LiveBlogPosting")["liveBlogUpdate"]
    assert [update["headline"] for update in updates] == ["Falsch gemeldet", "Bleibt"]

    # Entries change the ticker's tag only (tickers.services), which the article's kept
    # parts name (core.fragments).
    with django_capture_on_commit_callbacks(execute=True):
        entry_delete(gone)
        kept = entry_edit(kept, title="Bleibt, korrigiert")
        new = entry_post(ticker, minutes=3, title="Neu")
    posting = by_type(extract(client, article.url)[1], "LiveBlogPosting")
    assert [update["headline"] for update in posting["liveBlogUpdate"]] == [
        "Neu",
        "Bleibt, korrigiert",
    ]
    assert posting["liveBlogUpdate"][1]["dateModified"] == iso(kept.updated_at)
    assert posting["liveBlogUpdate"][1]["datePublished"] == iso(kept.posted_at)
    assert "coverageEndTime" not in posting
    assert new.pk not in (kept.pk, gone.pk)

    with django_capture_on_commit_callbacks(execute=True):
        ticker_end(ticker, at=START + timedelta(hours=3))
    posting = by_type(extract(client, article.url)[1], "LiveBlogPosting")
    assert posting["coverageEndTime"] == iso(START + timedelta(hours=3))
    # The latest of the edit and the end (the edit was made today, after the end).
    assert posting["dateModified"] == iso(max(kept.updated_at, START + timedelta(hours=3)))


def test_structured_data_carries_the_newest_entries_in_fixed_queries(
    client, article, django_capture_on_commit_callbacks
):
    def cold_queries() -> int:
        client.get(article.url)  # renditions, root paths
        cache.delete("content-generation")  # the kept parts are rendered anew
        with CaptureQueriesContext(connection) as queries:
            assert client.get(article.url).status_code == 200
        return len(queries)

    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        entry_post(ticker, minutes=1)
    few = cold_queries()
    with django_capture_on_commit_callbacks(execute=True):
        for minute in range(2, TICKER_ENTRIES + 20):
            entry_post(ticker, minutes=minute, body=f"<p>Eintrag {minute}</p>")
    assert cold_queries() == few
    updates = by_type(extract(client, article.url)[1], "LiveBlogPosting")["liveBlogUpdate"]
    assert len(updates) == TICKER_ENTRIES
    assert updates[0]["articleBody"] == f"Eintrag {TICKER_ENTRIES + 19}"
