"""The sitemaps and robots.txt with one article, imported once for the module
(kept_for_module): the index and its sitemaps valid, unknown sitemaps and pages, caching. The
schemas' own test and the tests with articles of their own (paging, lastmod, the news sitemap,
query counts) are in test_sitemaps_apart.py."""

import copy
from pathlib import Path

import pytest
from lxml import etree

from distribution import sitemaps

from .conftest import BASE

SCHEMAS = Path(__file__).parent / "schemas"
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def valid(client, url: str, schema_name: str) -> etree._Element:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/xml")
    document = etree.fromstring(response.content)
    checker = schema(schema_name)
    assert checker.validate(document), checker.error_log
    return document


def locations(document) -> list[str]:
    return document.xpath("//s:loc/text()", namespaces=NS)


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def test_index_lists_every_sitemap_and_each_is_valid(client, article):
    index = valid(client, "/sitemap.xml", "siteindex.xsd")
    listed = locations(index)
    assert listed == [f"{BASE}/sitemap-{name}.xml" for name in sitemaps.SITEMAPS]
    found = set()
    for url in listed:
        found.update(locations(valid(client, url.removeprefix(BASE), "sitemap.xsd")))
    assert {
        f"{BASE}/",
        f"{BASE}/schweiz/",
        f"{BASE}/themen/",
        f"{BASE}/themen/verkehr/",
        f"{BASE}/welt/europa/schweiz/zuerich/winterthur/",
        f"{BASE}/autoren/",
        f"{BASE}/autoren/anna-muster/",
        f"{BASE}{article.url}",
    } <= found


@pytest.mark.parametrize("page", ["abc", "0", "4", "-1", "99999999999999999999"])
def test_bad_sitemap_page_is_404(client, article, page):
    assert client.get(f"/sitemap-articles.xml?p={page}").status_code == 404


def test_unknown_sitemap_is_404(client, article):
    assert client.get("/sitemap-gibts-nicht.xml").status_code == 404


def test_robots_txt_lists_both_sitemaps(client, article):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "public" in response["Cache-Control"] and not response.cookies
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    assert f"Sitemap: {BASE}/sitemap-news.xml" in lines
    assert "Disallow: /admin/" in lines


def test_sitemaps_are_cacheable_and_set_no_cookie(client, article):
    for url in ("/sitemap.xml", "/sitemap-articles.xml", "/sitemap-news.xml"):
        response = client.get(url)
        assert "public" in response["Cache-Control"], url
        assert not response.cookies
