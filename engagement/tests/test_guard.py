import pytest
from django.test import RequestFactory, override_settings
from django.utils import timezone
from django.utils.translation import override

from engagement.guard import (
    Limit,
    ban_create,
    ban_lift,
    limits_check,
    limits_count,
    reader_ban,
    wait_text,
)
from engagement.identity import reader_from_request
from engagement.models import Ban, Guest


def _use(limit: Limit, times: int = 1) -> list[bool]:
    """Try `times` actions; each that passes the check is stored and counted."""
    passed = []
    for _ in range(times):
        ok = limits_check([limit]) is None
        if ok:
            limits_count([limit])
        passed.append(ok)
    return passed


def test_a_limit_allows_its_count_then_refuses():
    assert _use(Limit(key="test:a", count=3, seconds=60), 5) == [True, True, True, False, False]


def test_checking_counts_nothing():
    limit = Limit(key="test:peek", count=1, seconds=60)
    for _ in range(20):
        assert limits_check([limit]) is None
    limits_count([limit])
    assert limits_check([limit]) is not None


def test_limits_are_kept_apart_by_key():
    assert _use(Limit(key="test:b", count=1, seconds=60)) == [True]
    assert _use(Limit(key="test:c", count=1, seconds=60)) == [True]


def test_the_refusal_says_how_long_until_the_window_ends(monkeypatch):
    monkeypatch.setattr("engagement.guard._now", lambda: 3600 * 1000 + 1000.5)
    hourly = Limit(key="test:hour", count=1, seconds=3600)
    minute = Limit(key="test:minute", count=1, seconds=60)
    limits_count([hourly, minute])
    exceeded = limits_check([minute, hourly])
    # The window that refuses longest decides: the hour has 2599.5 s to go.
    assert exceeded.limit == hourly and exceeded.retry_after == 2600
    assert limits_check([minute]).retry_after == 20  # 1000.5 s is 40.5 s into a minute


def test_wait_texts_in_german():
    with override("de-ch"):
        assert wait_text(40) == "Bitte warten Sie 40 Sekunden."
        assert wait_text(1) == "Bitte warten Sie 1 Sekunde."
        assert wait_text(150) == "Bitte warten Sie 3 Minuten."
        assert wait_text(60) == "Bitte warten Sie 1 Minute."


def test_with_redis_down_limits_let_attempts_through(redis_down):
    """Decided in docs/operations.md: rate limits fail open while Redis is down; the writes
    they guard keep their other checks (proof of work, moderation, one vote per reader)."""
    assert _use(Limit(key="test:down", count=1, seconds=60), 3) == [True, True, True]


@override_settings(DEPESCHE_RATE_LIMIT_FACTOR=3)
def test_the_factor_multiplies_every_limit():
    assert _use(Limit(key="test:factor", count=2, seconds=60), 7) == [True] * 6 + [False]


def _reader(guest):
    reader = reader_from_request(RequestFactory().post("/", REMOTE_ADDR="198.51.100.7"))
    reader.guest = guest
    return reader


@pytest.mark.django_db
def test_bans_apply_until_they_end():
    guest = Guest.objects.create(number=4711)
    reader = _reader(guest)
    assert reader_ban(reader) is None
    Ban.objects.create(guest=guest, until=timezone.now() - timezone.timedelta(minutes=1))
    assert reader_ban(reader) is None
    ban = ban_create(guest=guest, reason="Spam", days=None, moderator=None)
    assert reader_ban(reader) == ban
    assert reader_ban(_reader(None)) is None  # a guest who never wrote


@pytest.mark.django_db
def test_a_ban_for_days_ends_and_a_lifted_ban_stays_in_the_history():
    guest = Guest.objects.create(number=4712)
    ban = ban_create(guest=guest, reason="Spam", days=7, moderator=None)
    assert timezone.timedelta(days=6) < ban.until - timezone.now() <= timezone.timedelta(days=7)
    assert ban_lift(guest=guest) == 1
    assert reader_ban(_reader(guest)) is None
    assert Ban.objects.filter(guest=guest).count() == 1


@pytest.mark.django_db
def test_a_ban_names_exactly_one_reader():
    with pytest.raises(ValueError):
        ban_create(reason="?", days=None, moderator=None)
