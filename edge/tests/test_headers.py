"""The caching headers of every public page type (core.http, core.models.PublicPageMixin).
The tests with articles of their own (fresh and old, a listing's teasers) or none (the health
check) are in test_headers_apart.py."""

import copy

import pytest
from django.test import Client

from articles.models import ArticlePage
from authors.models import AuthorPage
from core.http import cache_tags
from taxonomy.models import RegionPage, TopicPage


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def directives(header: str) -> dict[str, str]:
    return {
        name.strip(): value
        for name, _, value in (part.partition("=") for part in header.split(","))
        if name.strip()
    }


def assert_cacheable(response, *, browser: int, shared: int, edge: int):
    assert response.status_code == 200
    cache_control = directives(response.headers["Cache-Control"])
    assert "public" in cache_control
    assert int(cache_control["max-age"]) == browser
    assert int(cache_control["s-maxage"]) == shared
    assert int(cache_control["stale-while-revalidate"]) > 0
    assert int(cache_control["stale-if-error"]) >= 24 * 3600
    surrogate = directives(response.headers["Surrogate-Control"])
    assert int(surrogate["max-age"]) == edge
    assert int(surrogate["stale-if-error"]) >= 24 * 3600
    # The same bytes for every reader: no cookie, no variation by cookie.
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert "Cookie" not in response.headers.get("Vary", "")


def test_home_page_is_kept_for_seconds(client, article):
    assert_cacheable(client.get("/"), browser=10, shared=10, edge=10)


@pytest.mark.parametrize(
    "url",
    [
        "/schweiz/",
        "/themen/",
        "/themen/verkehr/",
        "/welt/europa/schweiz/",
        "/autoren/",
        "/autoren/anna-muster/",
    ],
)
def test_listing_pages_are_kept_briefly(client, article, url):
    assert_cacheable(client.get(url), browser=30, shared=60, edge=60)


def test_the_policy_follows_the_settings(client, article, settings):
    settings.DEPESCHE_CACHE_FRONT_SECONDS = 5
    settings.DEPESCHE_CACHE_STALE_IF_ERROR = 172_800
    response = client.get("/")
    assert_cacheable(response, browser=5, shared=5, edge=5)
    assert "stale-if-error=172800" in response.headers["Cache-Control"]


def test_an_article_page_is_tagged_with_everything_it_shows(client, article):
    tags = cache_tags(client.get(article.url))
    author = AuthorPage.objects.get(slug="anna-muster")
    topic = TopicPage.objects.get(slug="verkehr")
    region = RegionPage.objects.get(slug="winterthur")
    assert {f"page-{p.pk}" for p in (article, author, topic, region)} <= tags
    assert "nav" in tags  # the sections in the header
    assert not any(tag.startswith("list-") for tag in tags)  # it lists no articles


def test_tagging_costs_no_query(client, article, django_assert_num_queries):
    client.get(article.url)  # warm Wagtail's caches
    page = ArticlePage.objects.get(pk=article.pk)
    page.cache_tags({})  # the page alone needs nothing from the database
    with django_assert_num_queries(0):
        page.cache_tags({"article": None, "navigation": [], "articles": []})


def test_error_pages_are_not_marked_public(client, article):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "public" not in response.headers.get("Cache-Control", "")
