"""Caching header tests without the article test_headers.py keeps for its tests: articles
fresh and old and a listing's teasers with articles of their own, the health check with none."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.cache import get_max_age

from core.http import cache_tags
from taxonomy.models import SectionPage

from .test_headers import assert_cacheable


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def test_a_fresh_article_is_kept_for_seconds(client, newsroom):
    page = newsroom(1, first_published_at=timezone.now().isoformat()).pages[0]
    assert_cacheable(client.get(page.url), browser=10, shared=10, edge=60)


def test_an_article_older_than_a_day_is_kept_for_minutes(client, newsroom):
    published = timezone.now() - timedelta(hours=25)
    page = newsroom(1, first_published_at=published.isoformat()).pages[0]
    response = client.get(page.url)
    assert_cacheable(response, browser=60, shared=600, edge=600)
    assert get_max_age(response) == 60


def test_a_listing_page_is_tagged_with_its_list_and_its_teasers(client, newsroom):
    pages = newsroom(2).pages
    section = SectionPage.objects.get(slug="schweiz")
    tags = cache_tags(client.get(section.url))
    assert {f"list-{section.pk}", f"page-{section.pk}"} <= tags
    assert {f"page-{p.pk}" for p in pages} <= tags
    assert "list-all" in cache_tags(client.get("/"))
    # Search results: every publication (list-all), every edit of a text (search).
    found = cache_tags(client.get("/suche/?q=Velo"))
    assert {"list-all", "search", *(f"page-{p.pk}" for p in pages)} <= found


def test_health_check_is_never_cached(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-cache" in response.headers["Cache-Control"]


def test_health_check_fails_when_the_database_does_not_answer(client, db, monkeypatch):
    from django.db import DatabaseError

    class Unreachable:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr("edge.views.connection", Unreachable())
    assert client.get("/healthz").status_code == 503
