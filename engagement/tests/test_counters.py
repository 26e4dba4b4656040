import os
import socket
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from django.utils import timezone

from engagement import counters
from engagement.counters import is_bot, stats_add, view_record, views_flush
from engagement.models import ArticleStats, ArticleViewHour


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


@pytest.mark.parametrize(
    ("agent", "bot"),
    [
        ("", True),
        ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", True),
        ("facebookexternalhit/1.1", True),
        ("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0 Safari/537.36", True),
        ("curl/8.5.0", True),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1", False),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36", False),
    ],
)
def test_programs_are_not_readers(agent, bot):
    assert is_bot(agent) is bot


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


def _redis_url() -> str | None:
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port or 6379), timeout=0.5).close()
    except OSError:
        return None
    return url


@pytest.fixture
def redis_counters(settings):
    url = _redis_url()
    if url is None:
        pytest.skip("Redis does not answer")
    settings.REDIS_URL = url
    settings.DEPESCHE_REDIS_PREFIX = f"depesche-test-{os.getpid()}-counters"
    # Deferred tasks wait in the dummy backend: the flush runs only when the test says so.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    counters._redis.cache_clear()
    client = counters._redis()
    yield client
    for key in client.scan_iter(f"{settings.DEPESCHE_REDIS_PREFIX}:*"):
        client.delete(key)
    counters._redis.cache_clear()


def test_with_redis_views_wait_there_and_a_flush_moves_them_in_one_batch(redis_counters, newsroom):
    first, second = newsroom(2).pages
    for reader in ("a", "b", "c"):
        view_record(article_id=first.pk, reader_key=reader, ip_hash="h")
    view_record(article_id=second.pk, reader_key="a", ip_hash="h")
    assert not ArticleStats.objects.exists()

    assert views_flush.call() == 4
    assert ArticleStats.objects.get(pk=first.pk).views == 3
    assert ArticleStats.objects.get(pk=second.pk).views == 1
    assert ArticleViewHour.objects.get(article=first).views == 3
    assert views_flush.call() == 0  # nothing counted twice


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


def test_views_of_a_deleted_article_are_dropped_not_retried(redis_counters, newsroom):
    first, second = newsroom(2).pages
    view_record(article_id=first.pk, reader_key="a", ip_hash="h")
    view_record(article_id=second.pk, reader_key="a", ip_hash="h")
    first.delete()
    assert views_flush.call() == 1
    assert ArticleStats.objects.get(pk=second.pk).views == 1


def test_with_redis_down_a_view_is_counted_in_the_database(redis_down, article):
    assert view_record(article_id=article.pk, reader_key="a", ip_hash="h")
    # Redis is also what remembers who viewed: while it is down, views are not deduplicated
    assert view_record(article_id=article.pk, reader_key="a", ip_hash="h")
    assert ArticleStats.objects.get(pk=article.pk).views == 2
    assert ArticleViewHour.objects.get(article=article).views == 2


@override_settings(REDIS_URL="", DEPESCHE_VIEWS_PER_ADDRESS=2)
def test_an_address_adds_a_capped_number_of_views_per_article(newsroom):
    first, second = newsroom(2).pages
    counted = [view_record(article_id=first.pk, reader_key=r, ip_hash="h") for r in "abcd"]
    assert counted == [True, True, False, False]
    assert view_record(article_id=first.pk, reader_key="e", ip_hash="other")  # another address
    assert view_record(article_id=second.pk, reader_key="a", ip_hash="h")  # per article
    assert ArticleStats.objects.get(pk=first.pk).views == 3


def test_with_redis_the_views_cap_holds_too(redis_counters, settings, article):
    settings.DEPESCHE_VIEWS_PER_ADDRESS = 2
    counted = [view_record(article_id=article.pk, reader_key=r, ip_hash="h") for r in "abcd"]
    assert counted == [True, True, False, False]
    assert views_flush.call() == 2
