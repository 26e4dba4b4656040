"""The flagship article as a reader's phone shows it: headless Chromium through Playwright."""

from pathlib import Path

import pytest

from articles.models import ArticlePage
from demo.services import demo_newsroom_load

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread, so the data must be committed; serialized
    # rollback restores what the migrations created (the home page) after each test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESULTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def flagship_url(live_server):
    demo_newsroom_load()
    return live_server.url + ArticlePage.objects.get(external_id="demo-flagship").url


# flagship_url comes before browser_page: database work must happen before Playwright starts its
# event loop in this thread, or its connection lives in a context that teardown never closes.
def test_flagship_article_shows_every_element_and_passes_axe(flagship_url, browser_page):
    page = browser_page
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    response = page.goto(flagship_url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")

    for selector in (
        ".kicker a",
        "h1.headline",
        ".byline__author img.avatar",
        ".dateline time",
        "p.lead",
        ".hero img",
        ".hero figcaption .archive",
        ".key-points li",
        ".article__body p",
        ".article__body h2.subheading",
        ".article__body .quote",
        ".article__body .fact-box",
        ".article__body video",
        ".article__body .poll",
    ):
        assert page.locator(selector).first.is_visible(), selector
    assert page.locator(".hero figcaption").inner_text().endswith("– Keystone")
    assert page.locator(".key-points h2").inner_text() == "Das Wichtigste in Kürze"

    # The hero picture has loaded and was given its box before it arrived (no layout shift).
    hero = page.locator(".hero img")
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")
    assert hero.get_attribute("width") and hero.get_attribute("height")

    # Pictures below the fold load too once scrolled to.
    page.locator(".article__body figure img").first.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.article__body figure img')]"
        ".every(img => img.complete && img.naturalWidth > 0)"
    )

    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / "article-flagship.png", full_page=True)
    assert problems == []

    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
