"""The counters (engagement.counters) for one article, imported once for the module
(kept_for_module). The tests without an article (who is a program) or with two of their own
are in test_counters_apart.py."""

import copy
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from engagement import counters
from engagement.counters import stats_add, view_record, views_flush
from engagement.models import ArticleStats, ArticleViewHour


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def test_stats_add_creates_the_row_then_adds(article):
    stats_add(article_id=article.pk, comments=1, poll_votes=2)
    stats_add(article_id=article.pk, comments=1, reactions=1)
    stats = ArticleStats.objects.get(pk=article.pk)
    assert (stats.comments, stats.poll_votes, stats.reactions) == (2, 2, 1)
    assert stats.interactions == 5


def test_stats_add_refuses_unknown_counters(article):
    with pytest.raises(ValueError):
        stats_add(article_id=article.pk, likes=1)


def test_interactions_are_counted_in_the_hour_they_happen_too(article):
    """The desk's numbers (docs/newsroom.md): the hour's row follows `ArticleStats`."""
    stats_add(article_id=article.pk, comments=1, poll_votes=2)
    stats_add(article_id=article.pk, comments=-1, reactions=3)
    stats_add(article_id=article.pk, views=5)  # views reach the hour through views_store
    hour = ArticleViewHour.objects.get(article=article)
    assert hour.hour == timezone.now().replace(minute=0, second=0, microsecond=0)
    assert (hour.views, hour.comments, hour.poll_votes, hour.reactions) == (0, 0, 2, 3)
    assert hour.interactions == ArticleStats.objects.get(pk=article.pk).interactions == 5


def test_an_hour_counts_the_net_change_and_may_be_negative(article):
    """A comment approved yesterday and rejected now takes its count off now's hour."""
    stats_add(article_id=article.pk, comments=1)
    ArticleViewHour.objects.update(hour=timezone.now() - timedelta(days=1))
    stats_add(article_id=article.pk, comments=-1)
    assert sorted(ArticleViewHour.objects.values_list("comments", flat=True)) == [-1, 1]


@override_settings(REDIS_URL="")
def test_a_view_counts_once_per_reader_and_hour_in_the_database(article):
    assert view_record(article_id=article.pk, reader_key="a", ip_hash="h")
    assert not view_record(article_id=article.pk, reader_key="a", ip_hash="h")
    assert view_record(article_id=article.pk, reader_key="b", ip_hash="h")
    assert ArticleStats.objects.get(pk=article.pk).views == 2
    hour = ArticleViewHour.objects.get(article=article)
    assert hour.views == 2 and hour.hour == timezone.now().replace(
        minute=0, second=0, microsecond=0
    )


def test_a_failed_flush_puts_the_views_back(redis_counters, article, monkeypatch):
    view_record(article_id=article.pk, reader_key="a", ip_hash="h")

    def fail(counts):
        raise RuntimeError("database down")

    monkeypatch.setattr(counters, "views_store", fail)
    with pytest.raises(RuntimeError):
        views_flush.call()
    monkeypatch.undo()
    assert views_flush.call() == 1
    assert ArticleStats.objects.get(pk=article.pk).views == 1


def test_with_redis_down_a_view_is_counted_in_the_database(redis_down, article):
    assert view_record(article_id=article.pk, reader_key="a", ip_hash="h")
    # Redis is also what remembers who viewed: while it is down, views are not deduplicated
    assert view_record(article_id=article.pk, reader_key="a", ip_hash="h")
    assert ArticleStats.objects.get(pk=article.pk).views == 2
    assert ArticleViewHour.objects.get(article=article).views == 2


def test_with_redis_the_views_cap_holds_too(redis_counters, settings, article):
    settings.DEPESCHE_VIEWS_PER_ADDRESS = 2
    counted = [view_record(article_id=article.pk, reader_key=r, ip_hash="h") for r in "abcd"]
    assert counted == [True, True, False, False]
    assert views_flush.call() == 2
