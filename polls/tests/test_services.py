"""Voting in a poll: counted once per reader and address, refused with a clear message, and
the results. The tests that need no article or two of their own are in
test_services_apart.py."""

import copy

import pytest
from django.test import RequestFactory, override_settings
from django.utils import timezone

from articles.models import ArticlePage
from core.errors import Refused
from engagement.identity import reader_from_request
from engagement.models import ArticleStats, ArticleViewHour, Ban, Guest
from polls.models import PollAnswer, PollVote
from polls.selectors import poll_results
from polls.services import poll_vote
from polls.tests.conftest import make_poll


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def _reader(ip="198.51.100.7"):
    request = RequestFactory().post("/", REMOTE_ADDR=ip)
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    return reader_from_request(request)


def _vote(poll, article, answer=None, reader=None):
    answer = answer if answer is not None else poll.answers.first().pk
    return poll_vote(
        poll_id=poll.pk, answer_id=answer, article_id=article.pk, reader=reader or _reader()
    )


def _nothing_changed(poll, article):
    assert not PollVote.objects.exists()
    assert not PollAnswer.objects.filter(poll=poll, votes__gt=0).exists()
    assert not ArticleStats.objects.filter(pk=article.pk, poll_votes__gt=0).exists()


def test_a_vote_counts_for_the_answer_and_as_an_interaction_of_the_article(poll, poll_article):
    reader = _reader()
    fresh, _answer = _vote(poll, poll_article, reader=reader)
    assert reader.guest is not None  # a guest gets a number with the first vote
    assert PollVote.objects.get().voter == f"g{reader.guest.pk}"
    assert [a.votes for a in fresh.answers.all()] == [1, 0]
    assert ArticleStats.objects.get(pk=poll_article.pk).interactions == 1
    assert ArticleViewHour.objects.get(article=poll_article).poll_votes == 1


def test_one_vote_per_reader(poll, poll_article):
    reader = _reader()
    _vote(poll, poll_article, reader=reader)
    with pytest.raises(Refused) as refused:
        _vote(poll, poll_article, answer=poll.answers.last().pk, reader=reader)
    assert refused.value.status == 409
    assert refused.value.message == "Sie haben bei dieser Umfrage schon abgestimmt."
    assert PollVote.objects.count() == 1
    assert ArticleStats.objects.get(pk=poll_article.pk).poll_votes == 1


@pytest.mark.parametrize("answer", ["", "abc", "-1", "0", "1.5", "99999999999999999999999", None])
def test_a_missing_or_garbled_answer_is_refused_and_changes_nothing(poll, poll_article, answer):
    with pytest.raises(Refused) as refused:
        poll_vote(poll_id=poll.pk, answer_id=answer, article_id=poll_article.pk, reader=_reader())
    assert refused.value.message == "Bitte wählen Sie eine der Antworten."
    _nothing_changed(poll, poll_article)
    assert not Guest.objects.exists()  # no guest number for a refused vote


def test_an_answer_of_another_poll_is_refused(poll, poll_article):
    other = make_poll(question="Andere Frage?")
    with pytest.raises(Refused):
        _vote(poll, poll_article, answer=other.answers.first().pk)
    _nothing_changed(poll, poll_article)


def test_an_unknown_poll_is_a_404(poll_article):
    with pytest.raises(Refused) as refused:
        poll_vote(poll_id=999, answer_id=1, article_id=poll_article.pk, reader=_reader())
    assert refused.value.status == 404


@pytest.mark.parametrize("article_id", [None, "", "abc", 999999])
def test_a_vote_needs_a_published_article(poll, poll_article, article_id):
    with pytest.raises(Refused) as refused:
        poll_vote(
            poll_id=poll.pk,
            answer_id=poll.answers.first().pk,
            article_id=article_id,
            reader=_reader(),
        )
    assert "keinem veröffentlichten Artikel" in refused.value.message
    _nothing_changed(poll, poll_article)


def test_a_closed_poll_takes_no_votes(poll, poll_article):
    poll.closes_at = timezone.now() - timezone.timedelta(seconds=1)
    poll.save()
    with pytest.raises(Refused) as refused:
        _vote(poll, poll_article)
    assert refused.value.status == 409 and "geschlossen" in refused.value.message
    _nothing_changed(poll, poll_article)


def test_a_banned_guest_cannot_vote(poll, poll_article):
    reader = _reader()
    reader.guest = Guest.objects.create(number=4711)
    Ban.objects.create(guest=reader.guest, reason="Stimmenkauf")
    with pytest.raises(Refused) as refused:
        _vote(poll, poll_article, reader=reader)
    assert refused.value.status == 403
    _nothing_changed(poll, poll_article)


@override_settings(DEPESCHE_POLL_VOTES_PER_ADDRESS=3)
def test_one_address_votes_a_limited_number_of_times(poll, poll_article, monkeypatch):
    monkeypatch.setattr("engagement.guard._now", lambda: 3600 * 1000 + 600.0)
    for _ in range(3):
        _vote(poll, poll_article, reader=_reader("203.0.113.5"))  # three guests, one household
    with pytest.raises(Refused) as refused:
        _vote(poll, poll_article, reader=_reader("203.0.113.5"))
    assert refused.value.status == 429 and refused.value.retry_after == 3000
    assert refused.value.message == (
        "Zu viele Stimmen von Ihrem Anschluss. Bitte warten Sie 50 Minuten."
    )
    _vote(poll, poll_article, reader=_reader("203.0.113.6"))
    assert PollVote.objects.count() == 4


def test_results_are_whole_percentages_that_add_up_to_100(poll_article):
    poll = make_poll(answers=("A", "B", "C"))
    poll.answers.filter(text="A").update(votes=1)
    poll.answers.filter(text="B").update(votes=1)
    poll.answers.filter(text="C").update(votes=1)
    results = poll_results(poll=poll)
    assert results.total == 3
    assert sorted(a.percent for a in results.answers) == [33, 33, 34]
    assert results.as_json()["total_text"] == "3 Stimmen"


def test_a_poll_taken_out_of_the_article_takes_no_more_votes_for_it(poll, poll_article):
    page = ArticlePage.objects.get(pk=poll_article.pk)
    del page.body[len(page.body) - 1]
    page.save_revision().publish()
    with pytest.raises(Refused):
        _vote(poll, poll_article)
    _nothing_changed(poll, poll_article)
