"""The repository's VCL in a real Varnish in front of Django's live server.

`make test` installs Debian's varnish (like Chromium); without varnishd these tests are skipped,
except in CI, where a missing Varnish is a failure.
"""

import http.client
import os
import shutil
import time
from urllib.parse import urlsplit

import pytest
from django.db import DatabaseError, OperationalError

from articles.models import ArticlePage
from edge.purge import EVERYTHING, PurgePlan, purge
from edge.testing import Varnish

VARNISHD = shutil.which("varnishd") or (
    "/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None
)

pytestmark = [
    # The live server answers from another thread: data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def varnish(live_server, settings):
    if VARNISHD is None:
        if os.environ.get("CI"):
            pytest.fail("varnishd is not installed: run `make test`, which installs it")
        pytest.skip("varnishd is not installed (`make test` installs it)")
    host, port = urlsplit(live_server.url).hostname, urlsplit(live_server.url).port
    with Varnish(host, port) as server:
        settings.DEPESCHE_VARNISH_URLS = [server.url]
        yield server


def get(varnish, path, method="GET", **headers):
    """A request through Varnish: (status, headers, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", varnish.port, timeout=10)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


def cache_state(varnish, path, **headers) -> str:
    return get(varnish, path, **headers)[1]["X-Cache"]


def test_a_published_edit_is_a_miss_with_the_change_at_once(varnish, newsroom):
    article = newsroom(2).pages[0]
    for path in (article.url, "/schweiz/", "/themen/", "/feeds/rss/", "/sitemap.xml"):
        assert cache_state(varnish, path) == "MISS"
        assert cache_state(varnish, path) == "HIT"

    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Gemeinderat stoppt die Velo-Route"
    page.save_revision().publish()  # commits; the purge task runs after the commit
    published = time.monotonic()

    status, headers, body = get(varnish, article.url)
    assert (status, headers["X-Cache"]) == (200, "MISS")
    assert "Gemeinderat stoppt die Velo-Route" in body
    status, headers, body = get(varnish, "/schweiz/")  # the section lists the new headline
    assert headers["X-Cache"] == "MISS" and "Gemeinderat stoppt die Velo-Route" in body
    assert time.monotonic() - published < 1.0
    _status, _headers, body = get(varnish, "/feeds/rss/")
    assert "Gemeinderat stoppt die Velo-Route" in body
    assert cache_state(varnish, "/sitemap.xml") == "MISS"
    assert cache_state(varnish, "/themen/") == "HIT"  # shows no article: not purged


def test_a_cached_404_goes_when_the_article_goes_live(varnish, newsroom):
    article = newsroom(1).pages[0]
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert get(varnish, article.url)[0] == 404
    assert get(varnish, article.url)[1]["X-Cache"] == "HIT"  # Varnish keeps 404s too

    ArticlePage.objects.get(pk=article.pk).get_latest_revision().publish()
    status, headers, _body = get(varnish, article.url)
    assert (status, headers["X-Cache"]) == (200, "MISS")


def test_anonymous_readers_share_one_copy_without_cookies(varnish, newsroom):
    article = newsroom(1).pages[0]
    assert cache_state(varnish, article.url) == "MISS"
    status, headers, _body = get(varnish, article.url, Cookie="csrftoken=abc; _ga=1")
    assert (status, headers["X-Cache"]) == (200, "HIT")
    assert "Set-Cookie" not in headers
    for internal in ("X-Cache-Tags", "xkey", "Surrogate-Control"):
        assert internal not in headers
    assert "public" in headers["Cache-Control"]
    # Tracking parameters share the copy too.
    assert cache_state(varnish, article.url + "?utm_source=newsletter") == "HIT"


def test_the_admin_and_posts_pass_to_the_app_logged_in_readers_share_the_cache(varnish, newsroom):
    article = newsroom(1).pages[0]
    get(varnish, article.url)
    # Public pages never depend on the reader: a logged-in reader gets the cached copy.
    assert cache_state(varnish, article.url, Cookie="sessionid=abc") == "HIT"
    for path in ("/admin/login/", "/healthz"):
        for _ in range(2):
            status, headers, _body = get(varnish, path)
            assert (status, headers["X-Cache"]) == (200, "MISS"), path
    # A POST reaches the app (whose CSRF check refuses it) and is never answered from cache.
    status, headers, _body = get(varnish, article.url, method="POST")
    assert (status, headers["X-Cache"]) == (403, "MISS")


def test_readers_get_the_last_good_copy_while_the_app_is_down(varnish, newsroom, monkeypatch):
    article = newsroom(1).pages[0]
    monkeypatch.setattr("django.conf.settings.DEPESCHE_CACHE_ARCHIVE_SECONDS", 1)
    status, _headers, good = get(varnish, article.url)
    assert status == 200
    time.sleep(1.2)  # expired: only grace keeps it

    class Unreachable:
        def cursor(self):
            raise DatabaseError("connection refused")

    break_pages(monkeypatch)
    monkeypatch.setattr("edge.views.connection", Unreachable())  # and the health probe fails
    for _ in range(3):
        status, _headers, body = get(varnish, article.url)
        assert status == 200 and body == good
    time.sleep(4.5)  # the probe has marked the app sick (4 failures out of 5)
    status, _headers, body = get(varnish, article.url)
    assert status == 200 and body == good


def break_pages(monkeypatch):
    """Every article page fails as if its database were down; the health probe still passes."""

    def broken(*args, **kwargs):
        raise DatabaseError("the database is down")

    monkeypatch.setattr(ArticlePage, "serve", broken)


def test_a_purged_page_stays_for_readers_when_its_fetch_fails(varnish, newsroom, monkeypatch):
    """The purge is soft: the copy a change made stale is what readers get if the app fails
    right after the purge, before it could render the page anew."""
    article = newsroom(1).pages[0]
    status, _headers, good = get(varnish, article.url)
    assert status == 200
    break_pages(monkeypatch)
    page = ArticlePage.objects.get(pk=article.pk)
    page.title = "Gemeinderat stoppt die Velo-Route"
    page.save_revision().publish()  # purges after the commit
    for _ in range(2):
        status, _headers, body = get(varnish, article.url)
        assert status == 200 and body == good

    monkeypatch.undo()  # the app answers again: readers get the change
    status, _headers, body = get(varnish, article.url)
    assert status == 200 and "Gemeinderat stoppt die Velo-Route" in body


def test_while_the_app_is_healthy_an_expired_copy_is_fetched_anew(varnish, newsroom, settings):
    """No stale-while-revalidate at the edge: a stale copy could hide a change whose purge
    found it already expired."""
    settings.DEPESCHE_CACHE_S_MAXAGE = settings.DEPESCHE_CACHE_ARCHIVE_SECONDS = 1
    article = newsroom(1).pages[0]
    assert cache_state(varnish, article.url) == "MISS"
    assert cache_state(varnish, article.url) == "HIT"
    time.sleep(1.2)
    assert cache_state(varnish, article.url) == "MISS"


def test_an_error_without_a_copy_to_fall_back_on_is_the_apps_error_page(
    varnish, newsroom, monkeypatch
):
    article = newsroom(1).pages[0]
    break_pages(monkeypatch)
    status, headers, _body = get(varnish, article.url)
    assert (status, headers["X-Cache"]) == (500, "MISS")


def test_an_error_of_a_passed_request_is_the_apps_own_answer(varnish, newsroom, monkeypatch):
    """A POST (here the view beacon) is never answered from the cache: its error reaches the
    reader's script as the app sent it."""
    article = newsroom(1).pages[0]

    def broken(**kwargs):
        raise OperationalError("the database is down")

    monkeypatch.setattr("engagement.views.view_record", broken)
    status, headers, body = get(
        varnish,
        f"/engagement/articles/{article.pk}/view/",
        "POST",
        **{"User-Agent": "Mozilla/5.0 (Linux; Android 14) Mobile"},
    )
    # core.middleware's answer to a database that does not answer, not Varnish's own 503.
    assert (status, headers["X-Cache"], headers["Retry-After"]) == (503, "MISS", "30")
    assert "kurz nicht erreichbar" in body


def test_purging_everything_reaches_every_cached_page_and_bad_keys_are_refused(varnish, newsroom):
    article = newsroom(1).pages[0]
    paths = (article.url, "/themen/", "/robots.txt", "/sitemap.xml")
    for path in paths:
        get(varnish, path)
        assert cache_state(varnish, path) == "HIT"
    assert get(varnish, "/", method="PURGE", **{"X-Purge-Tags": "page-1|.*"})[0] == 400
    assert get(varnish, "/", method="PURGE", **{"X-Purge-Paths": "schweiz"})[0] == 400
    assert cache_state(varnish, "/themen/") == "HIT"

    assert purge(PurgePlan(tags=EVERYTHING))  # a change too large to list (core.changes)
    for path in paths:
        assert cache_state(varnish, path) == "MISS", path
