"""Redis down: a cache that misses and forgets instead of a site that answers 500."""

import logging

import pytest
from django.core.cache import caches

from core import cache as core_cache
from core.cache import ForgivingRedisCache


def test_redis_down_is_an_empty_cache_that_stores_nothing(redis_down, caplog, monkeypatch):
    monkeypatch.setattr(core_cache._Log, "last", 0.0)  # another test may just have logged
    cache = caches["default"]
    assert isinstance(cache, ForgivingRedisCache)
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        cache.set("a", 1)
        assert cache.get("a") is None
        assert cache.get("a", "fallback") == "fallback"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("a", 1) is True  # as on an empty cache
        with pytest.raises(ValueError):
            cache.incr("a")  # as for a missing key
        assert cache.get_or_set("b", 2) == 2
        assert not cache.has_key("a")
        cache.delete("a")
        caches["renditions"].set_many({"x": 1})
    # logged, but not once per call: an outage must not flood the log
    messages = [r.getMessage() for r in caplog.records if r.name == "core.cache"]
    assert len(messages) == 1 and "Redis does not answer" in messages[0]


def test_pages_render_while_redis_is_down(redis_down, client, article):
    assert client.get(article.url).status_code == 200
    assert client.get("/").status_code == 200
    assert client.get(article.get_parent().url).status_code == 200
