"""The poll in the article and its vote endpoint. The article is imported once for the module
(kept_for_module); the unknown polls are in test_views_apart.py."""

import re

import pytest
from django.test import Client

from articles.models import ArticlePage
from engagement.identity import GUEST_COOKIE
from engagement.models import ArticleStats
from polls.models import PollVote


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test; the package's `poll_article` gets it too."""
    return ArticlePage.objects.get(pk=article_built.pk)


def _token(client, article) -> str:
    return client.get(f"/engagement/articles/{article.pk}/").json()["csrf_token"]


def _vote(client, poll, article, answer=None, **extra):
    answer = answer if answer is not None else poll.answers.first().pk
    return client.post(
        f"/engagement/polls/{poll.pk}/vote/",
        {"answer": answer, "article": article.pk},
        HTTP_ACCEPT="application/json",
        **extra,
    )


def test_the_poll_in_the_article_is_the_same_for_everyone(client, poll, poll_article):
    response = client.get(poll_article.url)
    html = response.content.decode()
    assert not response.cookies and "public" in response.headers["Cache-Control"]
    assert f'<section class="poll" data-poll-id="{poll.pk}"' in html
    assert "Soll die Stadt mehr Velowege bauen?" in html
    assert html.count('type="radio" name="answer"') == 2
    assert "polls/polls.js" in html and "csrfmiddlewaretoken" not in html


def test_articles_without_a_poll_do_not_load_its_script(client, article):
    assert "polls/polls.js" not in client.get(article.url).content.decode()


def test_results_are_hidden_until_the_reader_votes(client, poll, poll_article):
    state = client.get(f"/engagement/polls/{poll.pk}/state/").json()
    assert state == {"ok": True, "closed": False, "voted": None}

    response = _vote(client, poll, poll_article, HTTP_X_CSRFTOKEN=_token(client, poll_article))
    data = response.json()
    assert response.status_code == 200 and data["message"] == "Danke für Ihre Stimme."
    assert data["voted"] == poll.answers.first().pk
    assert [a["percent"] for a in data["results"]["answers"]] == [100, 0]
    assert response.cookies[GUEST_COOKIE]["httponly"]
    assert "no-store" in response.headers["Cache-Control"]

    # The guest cookie brings the reader's vote back on the next visit.
    state = client.get(f"/engagement/polls/{poll.pk}/state/").json()
    assert state["voted"] == poll.answers.first().pk and state["results"]["total"] == 1


def test_voting_twice_answers_with_the_results_and_stores_nothing(client, poll, poll_article):
    token = _token(client, poll_article)
    _vote(client, poll, poll_article, HTTP_X_CSRFTOKEN=token)
    response = _vote(
        client, poll, poll_article, answer=poll.answers.last().pk, HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 409
    assert response.json()["error"] == "Sie haben bei dieser Umfrage schon abgestimmt."
    assert response.json()["results"]["total"] == 1
    assert PollVote.objects.count() == 1


def test_a_vote_without_the_token_is_refused(poll, poll_article):
    strict = Client(HTTP_HOST="127.0.0.1", enforce_csrf_checks=True)
    assert _vote(strict, poll, poll_article).status_code == 403
    assert not PollVote.objects.exists()
    token = _token(strict, poll_article)
    assert _vote(strict, poll, poll_article, HTTP_X_CSRFTOKEN=token).status_code == 200


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({}, 400, "Bitte wählen Sie eine der Antworten."),
        ({"answer": "x", "article": "y"}, 400, "Bitte wählen Sie eine der Antworten."),
        ({"answer": "FIRST"}, 400, "Diese Umfrage gehört zu keinem veröffentlichten Artikel."),
    ],
)
def test_bad_votes_get_a_clear_message(client, poll, poll_article, data, status, message):
    data = {k: poll.answers.first().pk if v == "FIRST" else v for k, v in data.items()}
    response = client.post(
        f"/engagement/polls/{poll.pk}/vote/", data, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == status and response.json()["error"] == message
    assert not PollVote.objects.exists() and not response.cookies


def test_without_javascript_the_poll_page_votes_and_shows_the_results(poll, poll_article):
    strict = Client(HTTP_HOST="127.0.0.1", enforce_csrf_checks=True)
    page = strict.get(f"/engagement/polls/{poll.pk}/?article={poll_article.pk}")
    html = page.content.decode()
    assert "no-store" in page.headers["Cache-Control"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert f'name="article" value="{poll_article.pk}"' in html

    response = strict.post(
        f"/engagement/polls/{poll.pk}/vote/",
        {
            "answer": poll.answers.last().pk,
            "article": poll_article.pk,
            "csrfmiddlewaretoken": token,
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Danke für Ihre Stimme." in html
    assert "<strong>100%</strong>" in html and "1 Stimme" in html
    assert ArticleStats.objects.get(pk=poll_article.pk).poll_votes == 1
