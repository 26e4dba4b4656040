"""Structured data in the pages: Open Graph, Twitter cards, canonical links and the feeds they
name. The tests with articles of their own (the NewsArticle JSON-LD in full, a headline that
would break out, no picture, videos) are in test_structured_data_apart.py."""

import copy

import extruct
import html5lib
import pytest
from django.test import override_settings

from .conftest import BASE


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def extract(client, url) -> tuple[str, dict]:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    data = extruct.extract(html, base_url=BASE, syntaxes=["json-ld", "opengraph"])
    # Open Graph as {property: first value}; repeated properties through meta().
    data["og"] = {}
    for item in data["opengraph"]:
        for key, value in item["properties"]:
            data["og"].setdefault(key, value)
    return html, data


def by_type(data, schema_type):
    found = [item for item in data["json-ld"] if item.get("@type") == schema_type]
    assert len(found) == 1, data["json-ld"]
    return found[0]


def meta(html: str, key: str) -> list[str]:
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return [
        element.get("content")
        for element in document.iter("meta")
        if key in (element.get("property"), element.get("name"))
    ]


def test_article_page_has_open_graph_twitter_and_canonical(client, article):
    html, data = extract(client, article.url)
    url = f"{BASE}{article.url}"
    assert f'<link rel="canonical" href="{url}">' in html
    og = data["og"]
    assert og["og:type"] == "article"
    assert og["og:title"] == article.title
    assert og["og:url"] == url
    assert og["og:description"] == article.lead
    assert og["og:site_name"] == "depesche"
    assert og["og:image"].startswith(f"{BASE}/media/images/")
    assert meta(html, "og:image:width") == ["1200"] and meta(html, "og:image:height") == ["675"]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    assert meta(html, "twitter:image") == [og["og:image"]]
    assert meta(html, "article:published_time") == ["2026-01-05T07:00:00+00:00"]
    assert meta(html, "article:tag") == ["Verkehr", "Velo"]
    feeds = [
        (link.get("type"), link.get("href"))
        for link in html5lib.parse(html, namespaceHTMLElements=False).iter("link")
        if link.get("rel") == "alternate"
    ]
    assert ("application/rss+xml", f"{BASE}/feeds/rss/section/schweiz/") in feeds
    assert ("application/atom+xml", f"{BASE}/feeds/atom/") in feeds


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/", "/feeds/rss/"),
        ("/schweiz/", "/feeds/rss/section/schweiz/"),
        ("/themen/verkehr/", "/feeds/rss/topic/verkehr/"),
        ("/welt/europa/schweiz/", "/feeds/rss/region/welt/europa/schweiz/"),
        ("/autoren/anna-muster/", "/feeds/rss/author/anna-muster/"),
    ],
)
def test_other_pages_have_canonical_og_basics_and_their_feed(client, article, path, feed):
    html, data = extract(client, path)
    assert f'<link rel="canonical" href="{BASE}{path}">' in html
    og = data["og"]
    assert og["og:type"] == "website" and og["og:url"] == f"{BASE}{path}"
    assert og["og:site_name"] == "depesche" and og["og:title"]
    hrefs = [
        link.get("href")
        for link in html5lib.parse(html, namespaceHTMLElements=False).iter("link")
        if link.get("rel") == "alternate"
    ]
    assert f"{BASE}{feed}" in hrefs
    # The linked feed exists.
    assert client.get(feed).status_code == 200


def test_head_is_the_same_bytes_whatever_the_host(client, article):
    first = client.get(article.url, HTTP_HOST="127.0.0.1").content
    second = client.get(article.url, HTTP_HOST="localhost").content
    assert first == second


@override_settings(LANGUAGE_CODE="en")
def test_locale_follows_the_language(client, article):
    _html, data = extract(client, article.url)
    assert data["og"]["og:locale"] == "en"
