"""A reader plays an article's YouTube video: headless Chromium through Playwright. The
machine is offline; the test aborts every request that leaves the site and records it."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PLAYER = "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&start=42&autoplay=1"


@pytest.fixture
def video_url(live_server, newsroom):
    video = {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42", "title": "Die Strecke"}
    body = [
        {"type": "paragraph", "value": "Der Gemeinderat hat am Dienstag informiert."},
        {"type": "video", "value": video},
    ]
    return live_server.url + newsroom(1, body=body).pages[0].url


def outside_requests(page, site: str) -> list[str]:
    """Aborts every request that does not go to the site, and lists them."""
    requests = []

    def abort(route):
        requests.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith(site), abort)
    return requests


def test_the_player_comes_only_when_the_reader_presses_play(video_url, browser_page, live_server):
    page = browser_page
    outside = outside_requests(page, live_server.url)
    page.goto(video_url)
    page.wait_for_load_state("networkidle")
    button = page.get_by_role("button", name="Video abspielen: Die Strecke")
    assert button.is_visible()
    assert page.locator(".video__open").is_hidden()  # the link is for readers without script
    assert page.locator("iframe").count() == 0
    assert outside == []  # nothing asked of YouTube (or anyone else) before the press

    button.focus()
    page.keyboard.press("Enter")  # keyboard only
    player = page.locator(".video__frame iframe")
    player.wait_for(state="attached")
    assert player.get_attribute("src") == PLAYER
    assert player.get_attribute("title") == "Die Strecke"
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"
    page.wait_for_timeout(500)
    assert outside and all(url.startswith("https://www.youtube-nocookie.com/") for url in outside)


def test_without_javascript_the_box_links_to_the_video(video_url, browser_page, live_server):
    context = browser_page.context.browser.new_context(java_script_enabled=False)
    page = context.new_page()
    outside = outside_requests(page, live_server.url)
    page.goto(video_url)
    link = page.get_by_role("link", name="Video auf YouTube ansehen: Die Strecke")
    assert link.get_attribute("href") == "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42"
    assert page.locator(".video__play").is_hidden()
    assert outside == []
    context.close()
