"""A poll in a ticker entry takes votes like one in the article's body, and an edited poll
purges the ticker's article."""

import pytest
from django.test import Client

from polls.models import PollVote
from polls.selectors import poll_article_ids
from polls.tests.conftest import make_poll
from tickers.services import entry_delete


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def _vote(client, poll, article):
    token = client.get(f"/engagement/articles/{article.pk}/").json()["csrf_token"]
    return client.post(
        f"/engagement/polls/{poll.pk}/vote/",
        {"answer": poll.answers.first().pk, "article": article.pk},
        HTTP_ACCEPT="application/json",
        HTTP_X_CSRFTOKEN=token,
    )


def test_a_poll_in_an_entry_takes_votes_for_its_article(client, article, post):
    poll = make_poll()
    post(body="", poll=poll)
    response = _vote(client, poll, article)
    assert response.status_code == 200, response.content
    assert PollVote.objects.filter(poll=poll).count() == 1
    assert poll_article_ids(poll=poll) == [article.pk]


def test_a_poll_of_a_deleted_entry_takes_no_votes(client, article, post, editor):
    poll = make_poll()
    entry = post(body="", poll=poll)
    entry_delete(entry=entry, user=editor)
    response = _vote(client, poll, article)
    assert response.status_code == 400
    assert response.json()["error"] == "Diese Umfrage gehört nicht zu diesem Artikel."
    assert not PollVote.objects.exists()
    assert poll_article_ids(poll=poll) == []
