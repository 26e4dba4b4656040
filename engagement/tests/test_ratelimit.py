from django.test import override_settings

from engagement.ratelimit import Limit, first_exceeded, limit_hit


def test_a_limit_allows_its_count_then_refuses():
    limit = Limit(key="test:a", count=3, seconds=60)
    assert [limit_hit(limit) for _ in range(5)] == [True, True, True, False, False]


def test_limits_are_kept_apart_by_key():
    assert limit_hit(Limit(key="test:b", count=1, seconds=60))
    assert limit_hit(Limit(key="test:c", count=1, seconds=60))


def test_the_first_exceeded_limit_is_named_and_every_limit_counts():
    strict = Limit(key="test:strict", count=1, seconds=60)
    loose = Limit(key="test:loose", count=2, seconds=60)
    assert first_exceeded([loose, strict]) is None
    assert first_exceeded([loose, strict]) == strict
    assert first_exceeded([loose, strict]) == loose


def test_with_redis_down_limits_let_attempts_through(redis_down):
    """Decided in docs/operations.md: rate limits fail open while Redis is down; the writes
    they guard keep their other checks (proof of work, moderation, one vote per reader)."""
    limit = Limit(key="test:down", count=1, seconds=60)
    assert [limit_hit(limit) for _ in range(3)] == [True, True, True]


@override_settings(DEPESCHE_RATE_LIMIT_FACTOR=3)
def test_the_factor_multiplies_every_limit():
    limit = Limit(key="test:factor", count=2, seconds=60)
    assert [limit_hit(limit) for _ in range(7)] == [True] * 6 + [False]
