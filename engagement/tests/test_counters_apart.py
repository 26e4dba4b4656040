"""The counters tested without the article test_counters.py keeps for its tests: who is a
program, and the tests with two articles of their own (a flush of both, a deleted one, the
cap per article)."""

import pytest
from django.test import override_settings

from engagement.counters import is_bot, view_record, views_flush
from engagement.models import ArticleStats, ArticleViewHour


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


def test_views_of_a_deleted_article_are_dropped_not_retried(redis_counters, newsroom):
    first, second = newsroom(2).pages
    view_record(article_id=first.pk, reader_key="a", ip_hash="h")
    view_record(article_id=second.pk, reader_key="a", ip_hash="h")
    first.delete()
    assert views_flush.call() == 1
    assert ArticleStats.objects.get(pk=second.pk).views == 1


@override_settings(REDIS_URL="", DEPESCHE_VIEWS_PER_ADDRESS=2)
def test_an_address_adds_a_capped_number_of_views_per_article(newsroom):
    first, second = newsroom(2).pages
    counted = [view_record(article_id=first.pk, reader_key=r, ip_hash="h") for r in "abcd"]
    assert counted == [True, True, False, False]
    assert view_record(article_id=first.pk, reader_key="e", ip_hash="other")  # another address
    assert view_record(article_id=second.pk, reader_key="a", ip_hash="h")  # per article
    assert ArticleStats.objects.get(pk=first.pk).views == 3
