"""The Redis cache, forgiving: Redis down makes the site slower, never broken.

Django's RedisCache raises when Redis does not answer, so a killed Redis would turn every page
into a 500. Everything depesche keeps in the cache can be rebuilt from PostgreSQL (rendered
fragments, rendition URLs, the content generation token) or is a best-effort guard (view
deduplication, rate limits, used proof-of-work solutions), so while Redis does not answer this
cache behaves like Django's DummyCache: `get` misses, `set` and `delete` do nothing, `add`
succeeds (as on an empty cache), `incr` raises ValueError (as for a missing key). What that
means for each feature is in docs/operations.md, «When a service is down».

Each failure is logged (logger `core.cache`, WARNING), at most once per LOG_EVERY seconds
per process with the number of failures since, so that an outage does not flood the log.
https://docs.djangoproject.com/en/5.2/topics/cache/#dummy-caching-for-development
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
LOG_EVERY = 10  # seconds


class _Log:
    lock = threading.Lock()
    last = 0.0
    failures = 0


def redis_failed(operation: str, error: Exception) -> None:
    """Log a Redis failure, at most once per LOG_EVERY seconds per process."""
    with _Log.lock:
        _Log.failures += 1
        now = time.monotonic()
        if now - _Log.last < LOG_EVERY:
            return
        count, _Log.failures, _Log.last = _Log.failures, 0, now
    logger.warning(
        "Redis does not answer (%s: %s); %d failure(s) since the last message: cache miss",
        operation,
        error,
        count,
    )


def _forgiving(result):
    """Run the method; when Redis does not answer, log and return `result(args, kwargs)`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                redis_failed(method.__name__, error)
                return result(args, kwargs)

        return wrapper

    return decorate


def _missing_key(args, kwargs):
    raise ValueError(f"Key '{args[0]}' not found (Redis does not answer)")


def _default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


class ForgivingRedisCache(RedisCache):
    """Django's RedisCache that treats Redis being down as an empty cache that stores
    nothing (module docstring)."""

    get = _forgiving(_default)(RedisCache.get)
    get_many = _forgiving(lambda args, kwargs: {})(RedisCache.get_many)
    has_key = _forgiving(lambda args, kwargs: False)(RedisCache.has_key)
    add = _forgiving(lambda args, kwargs: True)(RedisCache.add)
    set = _forgiving(lambda args, kwargs: None)(RedisCache.set)
    set_many = _forgiving(lambda args, kwargs: [])(RedisCache.set_many)
    touch = _forgiving(lambda args, kwargs: False)(RedisCache.touch)
    delete = _forgiving(lambda args, kwargs: False)(RedisCache.delete)
    delete_many = _forgiving(lambda args, kwargs: None)(RedisCache.delete_many)
    incr = _forgiving(_missing_key)(RedisCache.incr)
    clear = _forgiving(lambda args, kwargs: False)(RedisCache.clear)

    def validate_key(self, key):
        """Nothing to check: Redis takes any key. Django's check warns about keys memcached
        would refuse, character by character (a tenth of the time a page spent reading the
        versions of its kept fragments' tags, core.fragments)."""
