"""Fixtures shared by the engagement tests and the modules beside them (`test_*_apart.py`)."""

import os
import socket
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from engagement import counters


@pytest.fixture
def editor_client(db):
    """An editor of Wagtail's «Editors» group, not a superuser: the desk sees the numbers."""
    user = User.objects.create_user("redaktor", "redaktor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


# Without REDIS_URL (the embedded run) the counters' tests use a database of their own: the
# run on the production backends beside it (`make test`) empties its cache's, 15, between
# tests, which took the views these tests had just counted.
EMBEDDED_RUN_REDIS_URL = "redis://127.0.0.1:6379/13"


def _redis_url() -> str | None:
    url = os.environ.get("REDIS_URL") or EMBEDDED_RUN_REDIS_URL
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
