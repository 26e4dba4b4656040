"""Poll tests without the article test_services.py keeps for its tests: results without
votes, votes with two articles of their own."""

import pytest
from django.test import override_settings

from articles.models import ArticlePage
from core.errors import Refused
from engagement.models import ArticleStats, Guest
from polls.models import PollVote
from polls.selectors import poll_results

from .test_services import _nothing_changed, _reader, _vote


def test_results_of_a_poll_without_votes(poll):
    results = poll_results(poll=poll)
    assert results.total == 0 and [a.percent for a in results.answers] == [0, 0]


@pytest.fixture
def two_articles(newsroom, poll):
    """Two published articles; the first shows the poll."""
    first, other = newsroom(2).pages
    page = ArticlePage.objects.get(pk=first.pk)
    page.body.append(("poll", poll))
    page.save_revision().publish()
    return page, other


def test_a_vote_counts_only_for_an_article_that_shows_the_poll(poll, two_articles):
    """Issue 10 §5: a vote with `article=` of another article was added to its interactions."""
    poll_article, other = two_articles
    with pytest.raises(Refused) as refused:
        _vote(poll, other)
    assert refused.value.status == 400
    assert refused.value.message == "Diese Umfrage gehört nicht zu diesem Artikel."
    _nothing_changed(poll, poll_article)
    assert not ArticleStats.objects.filter(pk=other.pk, poll_votes__gt=0).exists()
    assert not Guest.objects.exists()


@override_settings(DEPESCHE_POLL_VOTES_PER_ADDRESS=2)
def test_refused_votes_do_not_use_up_the_address(poll, two_articles):
    poll_article, other = two_articles
    for _ in range(5):
        with pytest.raises(Refused):
            _vote(poll, other, reader=_reader("203.0.113.7"))
    voter = _reader("203.0.113.7")
    _vote(poll, poll_article, reader=voter)
    for _ in range(5):  # the same reader again: refused, and not counted
        with pytest.raises(Refused):
            _vote(poll, poll_article, reader=voter)
    _vote(poll, poll_article, reader=_reader("203.0.113.7"))
    assert PollVote.objects.count() == 2
