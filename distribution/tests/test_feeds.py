"""The RSS and Atom feeds of one article: unknown subjects, caching, the reader's language.
The tests that import articles of their own (every field, subjects, unpublished, size, query
count) are in test_feeds_apart.py."""

import copy

import feedparser
import pytest


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/rss/section/gibts-nicht/",
        "/feeds/atom/topic/gibts-nicht/",
        "/feeds/rss/author/gibts-nicht/",
        "/feeds/rss/region/welt/gibts-nicht/",
        "/feeds/rss/region/zuerich/",  # a region is named by its whole path
        "/feeds/rss/topic/verkehr/velo/",
        "/feeds/rss/page/verkehr/",
        "/feeds/rss/section/",
    ],
)
def test_unknown_feed_subjects_are_404(client, article, url):
    assert client.get(url).status_code == 404


def test_feed_is_public_cacheable_and_sets_no_cookie(client, article):
    response = client.get("/feeds/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "public" in response["Cache-Control"] and "s-maxage=" in response["Cache-Control"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_feed_urls_do_not_follow_the_request_host(client, article):
    """Every reader gets the same bytes: links come from Wagtail's site, not the Host."""
    first = client.get("/feeds/rss/", HTTP_HOST="127.0.0.1").content
    second = client.get("/feeds/rss/", HTTP_HOST="localhost").content
    assert first == second


def test_feed_text_is_in_the_reader_language(client, article):
    feed = parse(client, "/feeds/rss/")[1]
    assert feed.feed.subtitle == "Die neusten Artikel von depesche"
    topic = parse(client, "/feeds/atom/topic/velo/")[1]
    assert topic.feed.title == "Velo – depesche"
    assert topic.feed.subtitle == "Die neusten Artikel zu Velo"
