"""A live ticker's entries as an Atom feed: /feeds/atom/live/<article id>/. The article is imported
once for the module (kept_for_module); the articles without a feed are in
test_live_feed_apart.py."""

from datetime import timedelta

import feedparser
import pytest
from wagtail.models import Page

from articles.models import ArticlePage
from core.http import cache_tags
from distribution.selectors import TICKER_ENTRIES

from .conftest import BASE, warm_query_count
from .live import START, entry_delete, entry_edit, entry_post, ticker_end, ticker_start


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


def feed_url(article) -> str:
    return f"/feeds/atom/live/{article.pk}/"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def test_the_feed_lists_the_visible_entries_newest_first_with_stable_ids(
    client, article, django_capture_on_commit_callbacks
):
    home = Page.objects.get(depth=2)
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        first = entry_post(ticker, minutes=1, title="Die Urnen sind zu", is_key=True)
        second = entry_post(
            ticker,
            minutes=2,
            body=f'<p>Mehr dazu <a linktype="page" id="{home.pk}">auf der Startseite</a>.</p>',
            quote_text="Ein klares Zeichen.",
            quote_source="Bundesrätin",
            is_pinned=True,
        )
        gone = entry_post(ticker, minutes=3, title="Falsch gemeldet")
        entry_delete(gone)
    response, feed = parse(client, feed_url(article))
    article_url = f"{BASE}{article.url}"

    assert feed.feed.title == f"{article.title} – Liveticker – depesche"
    assert feed.feed.link == article_url
    assert [entry.link for entry in feed.entries] == [
        f"{article_url}#eintrag-{second.pk}",
        f"{article_url}#eintrag-{first.pk}",
    ]
    newest, oldest = feed.entries
    assert (
        newest.id
        == f"tag:localhost,{second.created_at.date().isoformat()}:ticker-entry-{second.pk}"
    )
    assert newest.title == "Mehr dazu auf der Startseite. «Ein klares Zeichen.» (Bundesrätin)"
    content = newest.content[0]
    assert content.type == "text/html"
    # Links absolute, the quote as a quote.
    assert f'<a href="{BASE}/">auf der Startseite</a>' in content.value
    assert "<blockquote><p>Ein klares Zeichen.</p><footer>Bundesrätin</footer></blockquote>" in (
        content.value
    )
    assert [tag.term for tag in newest.tags] == ["Angeheftet"]
    assert oldest.title == "Die Urnen sind zu"
    assert [tag.term for tag in oldest.tags] == ["Wichtig"]
    assert oldest.published_parsed[:5] == (2026, 3, 8, 8, 1)
    # The deletion is the last change.
    gone.refresh_from_db()
    assert feed.feed.updated_parsed[:6] == gone.deleted_at.utctimetuple()[:6]

    # Ids stay when the entry and the article change.
    with django_capture_on_commit_callbacks(execute=True):
        entry_edit(first, title="Die Urnen sind geschlossen")
    _response, again = parse(client, feed_url(article))
    edited = again.entries[1]
    assert (edited.id, edited.title) == (oldest.id, "Die Urnen sind geschlossen")
    assert edited.updated_parsed > oldest.updated_parsed

    # Cacheable, purged with the ticker's updates endpoint and with the article.
    assert cache_tags(response) == {f"ticker-{article.pk}", f"page-{article.pk}"}
    assert "public" in response["Cache-Control"] and "s-maxage=10" in response["Cache-Control"]
    assert "Set-Cookie" not in response


def test_an_ended_tickers_feed_is_kept_like_a_listing(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        entry_post(ticker, minutes=1)
        ticker_end(ticker, at=START + timedelta(hours=2))
    response, feed = parse(client, feed_url(article))
    assert len(feed.entries) == 1
    assert "s-maxage=60" in response["Cache-Control"]


@pytest.mark.parametrize("extra", [0, TICKER_ENTRIES + 10])
def test_the_feed_is_bounded_in_items_and_queries(
    client, article, django_capture_on_commit_callbacks, extra
):
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article)
        for minute in range(1, extra + 3):
            entry_post(ticker, minutes=minute, body=f"<p>Eintrag {minute}</p>")
    url = feed_url(article)
    # Site, article with its ticker, entries, the last change (no picture: no renditions).
    assert warm_query_count(client, url) == 4
    _response, feed = parse(client, url)
    assert len(feed.entries) == min(extra + 2, TICKER_ENTRIES)
