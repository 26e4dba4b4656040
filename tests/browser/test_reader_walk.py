"""A reader's walk through the demo newsroom on a phone: home → section → article → topic →
region → author → search, by clicking links, with an axe-core check and a screenshot of
every page type (test-results/walk-*.png)."""

from pathlib import Path

import pytest

from demo.services import demo_newsroom_load

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread: the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESULTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def site_url(live_server):
    demo_newsroom_load()
    return live_server.url


def check(page, name: str, problems: list):
    """The page loaded without errors, passes axe, and is kept as a screenshot."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("networkidle")
    # Load the lazy teaser pictures (as scrolling would) for the screenshot; every picture
    # on the page must arrive.
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_function(
        "() => [...document.images].every(img => img.complete && img.naturalWidth > 0)"
    )
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / f"walk-{name}.png", full_page=True)
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name}: {results.generate_report()}"
    assert problems == [], name


# site_url comes before browser_page: the database work must happen before Playwright
# starts its event loop in this thread.
def test_a_reader_walks_from_home_to_search(site_url, browser_page):
    page = browser_page
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))

    assert page.goto(site_url + "/").status == 200
    assert page.locator(".teaser--lead").is_visible()
    assert page.locator("h2", has_text="Meistgelesen").is_visible()
    check(page, "home", problems)

    page.locator(".nav a", has_text="News").click()
    assert page.locator("h1").inner_text() == "News"
    check(page, "section", problems)

    headline = page.locator(".teaser__title").first.inner_text()
    page.locator(".teaser a").first.click()
    assert page.locator("h1.headline").inner_text() == headline
    assert page.locator("#module-related", has_text="Weiterlesen").is_visible()
    assert (
        page.locator(".module--related .teaser__count")
        .first.inner_text()
        .endswith(("Interaktion", "Interaktionen"))
    )
    check(page, "article", problems)

    # The kicker links to the primary topic (its text may be the editor's own kicker).
    topic_path = page.locator(".kicker a").get_attribute("href")
    page.locator(".kicker a").click()
    assert page.url.endswith(topic_path) and topic_path.startswith("/themen/")
    assert page.locator(".teaser").count() > 0
    check(page, "topic", problems)

    page.go_back()
    region = page.locator(".dateline__place a").first.inner_text()
    page.locator(".dateline__place a").first.click()
    # The dateline names a municipality without its qualifier: «Bern» for «Bern (Stadt)».
    heading = page.locator("h1").inner_text()
    assert heading == region or heading.startswith(f"{region} (")
    assert page.locator('.breadcrumb [aria-current="page"]').inner_text() == heading
    check(page, "region", problems)

    # Up the tree by the breadcrumb, and back.
    parent = page.locator(".breadcrumb li a").last
    parent_name = parent.inner_text()
    parent.click()
    assert page.locator("h1").inner_text() == parent_name
    page.go_back()

    page.go_back()
    author = page.locator(".byline__author span").first.inner_text()
    page.locator(".byline__author").first.click()
    assert page.locator("h1").inner_text() == author
    check(page, "author", problems)

    page.get_by_label("Artikel durchsuchen").fill("Gotthard")
    page.get_by_role("button", name="Suchen").click()
    assert page.locator(".search__count").inner_text().endswith("für «Gotthard»")
    assert page.locator(".teaser__title mark").first.inner_text().lower().startswith("gotthard")
    check(page, "search", problems)
