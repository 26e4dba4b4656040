"""PostgreSQL down: a quick 503 with Retry-After (Varnish serves its stale copy), no 500."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

ROOT = Path(__file__).resolve().parents[2]


def test_a_database_error_answers_503_with_retry_after(client, article):
    lost = OperationalError("server closed the connection unexpectedly")
    url = article.url
    with mock.patch.object(CursorWrapper, "execute", side_effect=lost):
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]  # never kept by a cache
    assert "kurz nicht erreichbar" in response.content.decode()  # in the reader's language
    assert b"Traceback" not in response.content and b"server closed" not in response.content


def test_other_errors_are_not_disguised(client, article):
    url = article.url
    with mock.patch.object(CursorWrapper, "execute", side_effect=ValueError("a bug")):
        try:
            response = client.get(url)
        except ValueError:
            return  # the test client re-raises what would be a 500
    assert response.status_code == 500


# A real connection to a port where nothing listens, through the whole stack of middleware.
SCRIPT = """
import time
import django
django.setup()
from django.test import Client
started = time.monotonic()
response = Client(HTTP_HOST="127.0.0.1").get("/")
print(response.status_code, response.get("Retry-After"), round(time.monotonic() - started, 1))
"""


def test_with_postgresql_unreachable_pages_answer_503(tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "depesche.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/gone",
        "DEPESCHE_VAR_DIR": str(tmp_path),
    }
    env.pop("REDIS_URL", None)
    done = subprocess.run(  # noqa: S603 (our own command line)
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    status, retry_after, seconds = done.stdout.split()
    assert (status, retry_after) == ("503", "30"), done.stderr
    assert "Traceback" not in done.stderr
    assert float(seconds) < 10  # refused at once: the request does not hang on the database


# -- Methods (core.middleware.MethodsMiddleware and the views' require_safe) -----------------


def test_trace_and_made_up_methods_are_refused_everywhere(client, article):
    urls = ["/suche/", "/feeds/rss/", "/healthz", article.url, "/engagement/comments/challenge/"]
    for url in urls:
        assert client.trace(url).status_code == 405, url
        assert client.generic("BREW", url).status_code == 405, url
        assert client.generic("CONNECT", url).status_code == 405, url


def test_head_is_answered_like_get(client, article):
    urls = [
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/sitemap-articles.xml",
        "/publisher-logo.png",
        f"/api/ninjs/articles/{article.pk}/",
        f"/kommentare/{article.pk}/",
        f"/engagement/articles/{article.pk}/",
        f"/engagement/articles/{article.pk}/comments/",
        "/engagement/comments/challenge/",
        "/feeds/rss/",
        "/healthz",
    ]
    for url in urls:
        get, head = client.get(url), client.head(url)
        assert get.status_code == 200, url
        assert head.status_code == 200 and head["Content-Type"] == get["Content-Type"], url
        assert head.get("Cache-Control") == get.get("Cache-Control"), url
