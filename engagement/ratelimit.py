"""Fixed-window rate limits on the shared cache: Redis with REDIS_URL (INCR is atomic across
all app servers), else the process's own memory (one app process in the embedded set-up).
DEPESCHE_RATE_LIMIT_FACTOR multiplies every count (1 on a real site, more for load tests)."""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class Limit:
    """At most `count` attempts per `seconds` for one `key` (e.g. "comment:g42")."""

    key: str
    count: int
    seconds: int


def limit_hit(limit: Limit) -> bool:
    """Count one attempt against `limit`; False when it is over the limit."""
    window = int(time.time() // limit.seconds)
    cache_key = f"ratelimit:{limit.key}:{limit.seconds}:{window}"
    cache.add(cache_key, 0, timeout=limit.seconds + 1)
    try:
        attempts = cache.incr(cache_key)
    except ValueError:  # the window ended between add and incr
        cache.add(cache_key, 1, timeout=limit.seconds + 1)
        attempts = 1
    return attempts <= limit.count * settings.DEPESCHE_RATE_LIMIT_FACTOR


def first_exceeded(limits) -> Limit | None:
    """Count one attempt against each limit; the first that is exceeded, or None. Every
    limit counts the attempt, so trying again does not reset a stricter one."""
    exceeded = None
    for limit in limits:
        if not limit_hit(limit) and exceeded is None:
            exceeded = limit
    return exceeded
