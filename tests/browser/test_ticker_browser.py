"""A reader keeps a live ticker open while an editor posts, edits and deletes entries through
the desk's services: everything reaches the page without a reload (tickers/static/ticker.js)."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from articles.models import ArticlePage
from tickers.services import entry_delete, entry_edit, entry_post, ticker_end, ticker_start

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESULTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def ticker_world(live_server, article):
    article = ArticlePage.objects.get(pk=article.pk)
    editor = get_user_model().objects.create_user("desk", "desk@example.org", "pw")
    ticker = ticker_start(article=article, user=editor)
    entries = [
        entry_post(ticker=ticker, user=editor, title=f"Eintrag {n}", body=f"<p>Text {n}</p>")
        for n in range(1, 26)
    ]
    return live_server.url + article.url, ticker, editor, entries


# ticker_world comes before browser_page: the database work must happen before Playwright
# starts its event loop in this thread.
def test_an_entry_posted_at_the_desk_reaches_an_open_page(ticker_world, browser_page):
    from axe_playwright_python.sync_playwright import Axe

    url, ticker, editor, entries = ticker_world
    page = browser_page
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(url)
    section = page.locator("#liveticker")
    assert section.locator("article.entry").count() == 20

    # A reader at the top of the page sees the new entry inserted, and it is announced.
    page.evaluate("window.scrollTo(0, 0)")
    new = entry_post(ticker=ticker, user=editor, title="Tor für den FC Aaretal!")
    page.locator(f"#eintrag-{new.pk}").wait_for(timeout=15_000)
    first = section.locator(".ticker__entries > article").first
    assert first.get_attribute("id") == f"eintrag-{new.pk}"
    assert section.locator(".ticker__announce").inner_text() == "1 neuer Eintrag"

    # A reader further down is not moved: a button says how many are waiting.
    page.locator(".ticker__more").scroll_into_view_if_needed()
    page.wait_for_timeout(100)
    position = page.evaluate("window.scrollY")
    later = [entry_post(ticker=ticker, user=editor, body=f"<p>Später {n}</p>") for n in (1, 2)]
    button = section.locator(".ticker__new")
    button.wait_for(state="visible", timeout=15_000)
    assert button.inner_text() == "2 neue Einträge"
    assert page.locator(f"#eintrag-{later[0].pk}").count() == 0
    assert page.evaluate("window.scrollY") == position
    button.click()
    page.locator(f"#eintrag-{later[1].pk}").wait_for()

    # Edits and deletions reach the open page too.
    entry_edit(entry=new, user=editor, title="Tor für den FC Aaretal! (1:0)")
    entry_delete(entry=entries[-1], user=editor)
    page.wait_for_function(
        f"() => document.querySelector('#eintrag-{new.pk} .entry__title')"
        ".textContent.endsWith('(1:0)')",
        timeout=15_000,
    )
    page.locator(f"#eintrag-{entries[-1].pk}").wait_for(state="detached", timeout=15_000)

    # «Mehr laden» brings older entries without leaving the page.
    section.locator(".ticker__more a").click()
    page.locator(f"#eintrag-{entries[0].pk}").wait_for()
    assert page.url == url

    # The end stops the polling and says so.
    ticker_end(ticker=ticker, user=editor)
    page.wait_for_function(
        "() => document.querySelector('#liveticker').dataset.running === '0'", timeout=15_000
    )
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / "ticker.png", full_page=True)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert problems == []
