"""A reader votes in an article's poll on a phone: headless Chromium through Playwright."""

import pytest

from articles.models import ArticlePage
from polls.models import PollVote
from polls.tests.conftest import make_poll

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def poll_url(live_server, article):
    poll = make_poll(question="Fahren Sie im Winter Velo?", answers=("Ja", "Nein", "Manchmal"))
    page = ArticlePage.objects.get(pk=article.pk)
    page.body.append(("poll", poll))
    page.save_revision().publish()
    return live_server.url + page.url


def test_a_reader_votes_and_sees_the_results_also_after_reloading(poll_url, browser_page):
    page = browser_page
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(poll_url)
    poll = page.locator(".poll")
    poll.scroll_into_view_if_needed()
    assert poll.locator(".poll__results").is_hidden()
    poll.get_by_label("Manchmal").check()
    poll.get_by_role("button", name="Abstimmen").click()

    status = poll.locator(".poll__status")
    status.wait_for()
    assert status.inner_text() == "Danke für Ihre Stimme."
    assert poll.locator(".poll__chosen").inner_text().replace("\n", " ") == "Manchmal 100%"
    assert poll.locator(".poll__total").inner_text() == "1 Stimme"
    assert poll.locator(".poll__form").is_hidden()
    assert PollVote.objects.count() == 1

    page.reload()
    page.locator(".poll__results").wait_for()
    assert page.locator(".poll__chosen").inner_text().startswith("Manchmal")
    assert problems == []
