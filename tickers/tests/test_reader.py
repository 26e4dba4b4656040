"""The ticker on the article page, /live/<id>/updates and «Mehr laden»."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import ArticlePage
from tickers.models import Entry, Ticker
from tickers.selectors import CHANGES_WINDOW, PAGE_SIZE
from tickers.services import entry_delete, entry_edit, ticker_end


@pytest.fixture
def article(db, article_built):
    """The module's article as the database has it (published), read again for each test; the
    package's `editor`, `ticker` and `post` get it too."""
    return ArticlePage.objects.get(pk=article_built.pk)


def updates_url(article):
    return f"/live/{article.pk}/updates"


def entries_url(article, before):
    return f"/live/{article.pk}/entries?before={before}"


def many_entries(ticker, count: int) -> list[Entry]:
    """`count` entries a minute apart, the newest a minute ago (rows written directly: the
    services are tested on their own)."""
    now = timezone.now()
    start = ticker.sequence
    Entry.objects.bulk_create(
        Entry(
            ticker=ticker,
            posted_at=now - timedelta(minutes=count - n),
            title=f"Eintrag {n}",
            body=f"<p>Text {n}</p>",
            sequence=start + n,
        )
        for n in range(1, count + 1)
    )
    Ticker.objects.filter(pk=ticker.pk).update(sequence=start + count)
    ticker.refresh_from_db()
    return list(Entry.objects.filter(ticker=ticker).order_by("-posted_at", "-pk"))


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_article_page_shows_the_ticker(client, article, post):
    post(title="Anpfiff", is_key=True)
    pinned = post(title="So verfolgen Sie das Spiel", is_pinned=True)
    newest = post(body="<p>Das erste Tor!</p>", quote_text="Ein Traumtor", quote_source="Trainer")
    response = client.get(article.url)
    html = response.content.decode()
    assert 'id="liveticker"' in html and "Liveticker" in html and "läuft seit" in html
    assert f'id="eintrag-{newest.pk}"' in html and "«Ein Traumtor»" in html
    # The pinned entry on top, once; the key events link to their entries.
    assert html.index(f'id="eintrag-{pinned.pk}"') < html.index(f'id="eintrag-{newest.pk}"')
    assert html.count(f'id="eintrag-{pinned.pk}"') == 1
    assert "Das Wichtigste" in html and 'href="#eintrag-' in html
    assert "tickers/ticker.js" in html and "<script>" not in html
    assert f"ticker-{article.pk}" in response["X-Cache-Tags"].split()
    assert "public" in response["Cache-Control"]


def test_an_ended_ticker_says_so(client, ticker, article, post, editor):
    post()
    ticker_end(ticker=ticker, user=editor)
    html = client.get(article.url).content.decode()
    assert "beendet" in html and 'data-running="0"' in html


def test_the_first_html_holds_20_entries_and_a_real_more_link(client, ticker, article):
    entries = many_entries(ticker, 45)
    html = client.get(article.url).content.decode()
    assert html.count('<article class="entry') == PAGE_SIZE
    cursor = entries[PAGE_SIZE - 1].pk
    assert f'href="/live/{article.pk}/entries?before={cursor}"' in html
    # Without JavaScript: the next 20 as a page of their own, with its own «Mehr laden».
    page = client.get(entries_url(article, cursor))
    assert page.status_code == 200 and "public" in page["Cache-Control"]
    text = page.content.decode()
    assert f'id="eintrag-{entries[PAGE_SIZE].pk}"' in text
    assert f'id="eintrag-{cursor}"' not in text
    assert f"before={entries[2 * PAGE_SIZE - 1].pk}" in text
    # For the script: the fragment; the last page has no more link.
    last = client.get(entries_url(article, entries[2 * PAGE_SIZE - 1].pk) + "&fragment=1")
    fragment = last.content.decode()
    assert fragment.count('<article class="entry') == 5 and "before=" not in fragment
    assert "<html" not in fragment


@pytest.mark.parametrize("cursor", ["abc", "", "-1", "1.5", "9" * 30, "%C2%B2"])
def test_a_cursor_that_is_not_a_number_is_a_clear_400(client, ticker, article, cursor):
    many_entries(ticker, 3)
    response = client.get(entries_url(article, cursor))
    assert response.status_code == 400
    assert "Nummer eines Eintrags" in response.content.decode()
    fragment = client.get(entries_url(article, cursor) + "&fragment=1")
    assert fragment.status_code == 400 and fragment.json()["code"] == "bad_cursor"


def test_a_cursor_of_another_ticker_is_refused_and_no_ticker_is_a_404(client, article, ticker):
    assert client.get(entries_url(article, 999999)).status_code == 400
    assert client.get("/live/999999/entries?before=1").status_code == 404
    assert client.get("/live/999999/updates").status_code == 404


def test_updates_shape_and_cache_headers(client, article, post, settings):
    settings.DEPESCHE_TICKER_CACHE_SECONDS = 3
    entry = post(title="Anpfiff", is_key=True)
    response = client.get(updates_url(article))
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {
        "sequence",
        "interval",
        "running",
        "ended_at",
        "changes",
        "oldest_sequence",
    }
    assert data["running"] is True and data["ended_at"] is None and data["interval"] == 2
    assert data["oldest_sequence"] == 1 and data["sequence"] == entry.sequence
    (change,) = data["changes"]
    assert change["id"] == entry.pk and change["sequence"] == entry.sequence
    assert change["is_key"] and not change["deleted"] and change["title"] == "Anpfiff"
    assert change["html"].startswith(f'<article class="entry entry--key" id="eintrag-{entry.pk}"')
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "s-maxage=3" in cache_control
    assert "max-age=3" in response["Surrogate-Control"]
    assert f"ticker-{article.pk}" in response["X-Cache-Tags"].split()
    assert "Set-Cookie" not in response and "Cookie" not in response.get("Vary", "")


def test_an_article_without_ticker_has_no_updates(client, article):
    response = client.get(updates_url(article))
    assert response.status_code == 404 and response.json()["code"] == "no_ticker"
    assert f"ticker-{article.pk}" in response["X-Cache-Tags"]  # purged when it starts


def test_edits_and_deletions_reach_the_updates(client, article, post, editor, ticker):
    first, second = post(title="Eins"), post(title="Zwei")
    entry_edit(entry=first, user=editor, title="Eins, korrigiert")
    entry_delete(entry=second, user=editor)
    ticker_end(ticker=ticker, user=editor)
    data = client.get(updates_url(article)).json()
    changes = {c["id"]: c for c in data["changes"]}
    assert [c["id"] for c in data["changes"]] == [first.pk, second.pk]  # by sequence
    assert changes[first.pk]["title"] == "Eins, korrigiert"
    assert "Eins, korrigiert" in changes[first.pk]["html"]
    assert changes[second.pk]["deleted"] and changes[second.pk]["html"] == ""
    assert data["running"] is False and data["ended_at"]


def test_updates_hold_the_latest_window_of_changes(client, article, ticker):
    many_entries(ticker, CHANGES_WINDOW + 10)
    data = client.get(updates_url(article)).json()
    sequences = [c["sequence"] for c in data["changes"]]
    assert len(sequences) == CHANGES_WINDOW and sequences == sorted(sequences)
    assert sequences[-1] == data["sequence"]
    # A page at oldest_sequence - 1 misses nothing: the next change is the window's first.
    assert sequences[0] == data["oldest_sequence"]


def test_a_ticker_of_2000_entries_costs_what_one_of_30_costs(client, article, ticker):
    def counts():
        caches["default"].clear()
        client.get(article.url)  # renditions, kept parts
        last = Entry.objects.filter(ticker=ticker).order_by("posted_at", "pk")[PAGE_SIZE]
        return (
            queries(client, article.url),
            queries(client, updates_url(article)),
            queries(client, entries_url(article, last.pk)),
        )

    many_entries(ticker, 30)
    small = counts()
    many_entries(ticker, 1970)
    assert counts() == small == TICKER_QUERIES


# The article page, warm (articles/tests/test_pages_apart.py: 2), and its ticker: the ticker, the
# first page of entries, the pinned entry, the key events. The updates: the article's ticker
# and the window of changes. «Mehr laden»: the ticker, the cursor, the entries, and its page's
# site (the link back to the article; the navigation is kept).
TICKER_QUERIES = (6, 2, 4)


def test_an_ordinary_article_page_asks_for_no_ticker_once_kept(client, article):
    client.get(article.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(article.url)
    assert not any("tickers_ticker" in q["sql"] for q in captured)


def test_teasers_show_live_and_the_latest_entry_while_the_ticker_runs(
    client, article, editor, django_capture_on_commit_callbacks
):
    from tickers.services import entry_post, ticker_start

    section = article.get_parent().url
    assert "live-badge teaser__live" not in client.get(section).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        ticker = ticker_start(article=article, user=editor)
    entry = entry_post(
        ticker=ticker,
        user=editor,
        body="<p>Neu</p>",
        posted_at=timezone.now() - timedelta(minutes=3),
    )
    caches["default"].clear()
    html = client.get(section).content.decode()
    latest = timezone.localtime(entry.posted_at).strftime("%H:%M")
    assert 'class="live-badge teaser__live">Live</span>' in html and f">{latest}</time>" in html
    with django_capture_on_commit_callbacks(execute=True):
        ticker_end(ticker=ticker, user=editor)
    caches["default"].clear()
    assert "live-badge teaser__live" not in client.get(section).content.decode()
