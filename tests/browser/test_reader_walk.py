"""A reader's walk through the demo newsroom on a phone: home → section → article → topic →
region → author → search, by clicking links, with an axe-core check and a screenshot of
every page type (test-results/walk-*.png); then the pages it passed at four screen widths, each
kept as a screenshot (test-results/walk-<page>-<width>.png), with the layout facts each width
promises (docs/architecture.md, «Layouts»)."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from articles.models import ArticlePage
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


@pytest.fixture
def flagship_path(site_url):
    """The demo's flagship article, which has pictures in its body."""
    return ArticlePage.objects.get(external_id="demo-flagship").url


WIDTHS = (360, 768, 1280, 1920)

# The sum of the page's layout shifts (what CLS adds up), from before its first paint.
LAYOUT_SHIFTS = """window.depescheLayoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.depescheLayoutShift += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});"""


def load_pictures(page):
    """Load the lazy pictures (as scrolling would); every picture on the page must arrive."""
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_function(
        "() => [...document.images].every(img => img.complete && img.naturalWidth > 0)"
    )


def boxes(page, selector: str) -> list[dict]:
    return page.locator(selector).evaluate_all(
        "elements => elements.map(e => e.getBoundingClientRect().toJSON())"
    )


def check(page, name: str, problems: list) -> str:
    """The page loaded without errors, passes axe, and is kept as a screenshot; its path."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("networkidle")
    load_pictures(page)
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / f"walk-{name}.png", full_page=True)
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name}: {results.generate_report()}"
    assert problems == [], name
    return urlsplit(page.url).path


# site_url comes before browser_page: the database work must happen before Playwright
# starts its event loop in this thread.
def test_a_reader_walks_from_home_to_search(site_url, flagship_path, browser_page):
    page = browser_page
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    paths = {}  # the pages of the walk, to see again at each width

    assert page.goto(site_url + "/").status == 200
    assert page.locator(".teaser--lead").is_visible()
    assert page.locator("h2", has_text="Meistgelesen").is_visible()
    paths["home"] = check(page, "home", problems)

    page.locator(".nav a", has_text="News").click()
    assert page.locator("h1").inner_text() == "News"
    paths["section"] = check(page, "section", problems)

    headline = page.locator(".teaser__title").first.inner_text()
    page.locator(".teaser a").first.click()
    assert page.locator("h1.headline").inner_text() == headline
    assert page.locator("#module-related", has_text="Weiterlesen").is_visible()
    assert (
        page.locator(".module--related .teaser__count")
        .first.inner_text()
        .endswith(("Interaktion", "Interaktionen"))
    )
    paths["article"] = check(page, "article", problems)

    # The kicker links to the primary topic (its text may be the editor's own kicker).
    topic_path = page.locator(".kicker a").get_attribute("href")
    page.locator(".kicker a").click()
    assert page.url.endswith(topic_path) and topic_path.startswith("/themen/")
    assert page.locator(".teaser").count() > 0
    paths["topic"] = check(page, "topic", problems)

    page.go_back()
    region = page.locator(".dateline__place a").first.inner_text()
    page.locator(".dateline__place a").first.click()
    # The dateline names a municipality without its qualifier: «Bern» for «Bern (Stadt)».
    heading = page.locator("h1").inner_text()
    assert heading == region or heading.startswith(f"{region} (")
    assert page.locator('.breadcrumb [aria-current="page"]').inner_text() == heading
    paths["region"] = check(page, "region", problems)

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
    paths["author"] = check(page, "author", problems)

    page.get_by_label("Artikel durchsuchen").fill("Gotthard")
    page.get_by_role("button", name="Suchen").click()
    assert page.locator(".search__count").inner_text().endswith("für «Gotthard»")
    assert page.locator(".teaser__title mark").first.inner_text().lower().startswith("gotthard")
    check(page, "search", problems)

    check_layouts(page.context.browser, site_url, paths | {"article": flagship_path})


def check_layouts(browser, site_url: str, paths: dict[str, str]):
    """Each page at each width (one browser context per width, at one device pixel per CSS
    pixel): no layout shift while it loads and its pictures arrive, no horizontal scrolling,
    the body's pictures as wide as the reading column, and each width's layout."""
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900})
        context.add_init_script(LAYOUT_SHIFTS)
        page = context.new_page()
        for name, path in paths.items():
            assert page.goto(site_url + path).status == 200
            page.wait_for_load_state("networkidle")
            load_pictures(page)
            where = f"{name} at {width} px"
            # Before the screenshot, which resizes the viewport to the page's height.
            shift = page.evaluate("window.depescheLayoutShift")
            assert shift == 0, f"{where}: layout shift {shift}"
            page.screenshot(path=RESULTS / f"walk-{name}-{width}.png", full_page=True)
            assert page.evaluate("document.scrollingElement.scrollWidth") <= width, where
            main = boxes(page, "main")[0]
            assert main["width"] <= 1280, where  # centred on the widest screens
            if name == "home":
                check_home(page, width)
            elif name == "article":
                check_article(page, width)
            elif width >= 1280:
                # Listings: the teasers as cards, four in a row (a topic may have fewer).
                cards = boxes(page, ".teasers--cards .teaser")[:4]
                assert len(cards) >= 2 and len({card["y"] for card in cards}) == 1, where
                assert len({card["x"] for card in cards}) == len(cards), where
        context.close()


def check_home(page, width: int):
    top = boxes(page, ".teasers--top .teaser:not(.teaser--lead)")
    lead = page.locator(".teaser--lead img")
    if width >= 768:
        # The top stories side by side, under the lead story; four in a row from 1280 px.
        assert len({box["y"] for box in top[:2]}) == 1, width
        assert len({box["y"] for box in top}) == (1 if width >= 1280 else 2), width
    if width >= 1280:
        # «Meistgelesen» beside the main column, from its top.
        home, rail = boxes(page, ".home__main")[0], boxes(page, ".home__rail")[0]
        assert rail["x"] >= home["x"] + home["width"] and rail["y"] == home["y"]
        # The sections side by side, and the page far shorter than one long column.
        sections = boxes(page, ".home__sections > section")
        assert sections[0]["y"] == sections[1]["y"]
        assert page.evaluate("document.scrollingElement.scrollHeight") < 4000
        assert "fill-800x533" in lead.evaluate("img => img.currentSrc")
    if width == 360:
        # One column, and a phone loads the lead story's small picture.
        assert len({box["x"] for box in top}) == 1
        assert "fill-480x320" in lead.evaluate("img => img.currentSrc")


def check_article(page, width: int):
    # The reading column (at most 44rem) with the body's pictures filling it.
    column = boxes(page, ".article__body")[0]
    assert column["width"] <= 704, width
    pictures = boxes(page, ".article__body .figure img")
    assert pictures and all(abs(box["width"] - column["width"]) < 1 for box in pictures), width
    sources = page.locator(".article__body .figure img").evaluate_all(
        "images => images.map(img => img.currentSrc)"
    )
    if width == 360:
        assert all("width-480" in source for source in sources), sources
    if width >= 1280:
        # The modules under the article side by side.
        modules = boxes(page, ".modules > .module")
        assert len(modules) >= 3 and modules[0]["y"] == modules[1]["y"] == modules[2]["y"]
        assert all("width-800" in source for source in sources), sources
