"""Votes arriving at the same moment on PostgreSQL (docs/design.md §4): none lost, none twice."""

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from django.db import connection, connections
from django.test import RequestFactory

from articles.models import ArticlePage
from core.errors import Refused
from engagement.identity import guest_ensure, reader_from_request
from engagement.models import ArticleStats
from polls.models import Poll, PollAnswer, PollVote
from polls.services import poll_vote
from polls.tests.conftest import make_poll

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
VOTERS = 50


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (DATABASE_URL)")


def _reader(number: int):
    request = RequestFactory().post("/", REMOTE_ADDR=f"10.0.{number // 250}.{number % 250 + 1}")
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    return reader_from_request(request)


def _showing(article, poll):
    """The article with the poll in its published body: votes count only there."""
    page = ArticlePage.objects.get(pk=article.pk)
    page.body.append(("poll", poll))
    page.save_revision().publish()
    return page


def _in_parallel(work, count: int) -> list:
    barrier = Barrier(count)

    def run(number):
        try:
            barrier.wait()
            return work(number)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_50_readers_voting_at_once_are_all_counted(newsroom):
    article = newsroom(1).pages[0]
    poll = make_poll(answers=("Ja", "Nein"))
    _showing(article, poll)
    answers = list(poll.answers.values_list("pk", flat=True))

    def vote(number):
        poll_vote(
            poll_id=poll.pk,
            answer_id=answers[number % 2],
            article_id=article.pk,
            reader=_reader(number),
        )
        return True

    assert all(_in_parallel(vote, VOTERS))
    assert PollVote.objects.count() == VOTERS
    assert sorted(PollAnswer.objects.filter(poll=poll).values_list("votes", flat=True)) == [
        VOTERS // 2,
        VOTERS // 2,
    ]
    assert ArticleStats.objects.get(pk=article.pk).poll_votes == VOTERS


def test_one_reader_voting_50_times_at_once_counts_once(newsroom):
    article = newsroom(1).pages[0]
    poll = make_poll()
    _showing(article, poll)
    reader = guest_ensure(_reader(1))
    answer = poll.answers.first().pk

    def vote(_number):
        try:
            poll_vote(poll_id=poll.pk, answer_id=answer, article_id=article.pk, reader=reader)
        except Refused as refused:
            return refused.status
        return 200

    statuses = _in_parallel(vote, VOTERS)
    # The others are refused as repeated votes, or by the address limit once it is reached.
    assert statuses.count(200) == 1 and set(statuses) <= {200, 409, 429}
    assert PollVote.objects.count() == 1
    assert Poll.objects.get().answers.get(pk=answer).votes == 1
    assert ArticlePage.objects.get(pk=article.pk).stats.poll_votes == 1
