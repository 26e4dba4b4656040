"""Section, topic, region and author pages: paginated, newest first, and no `?page=` a
reader or a bot can type gives anything but the page or a 404."""

import re

import pytest
from django.test import Client

from articles.listing import ArticleListingMixin
from discovery.tests.helpers import articles_publish

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/schweiz/",
    "/themen/verkehr/",
    "/welt/europa/schweiz/zuerich/winterthur/",
    "/welt/europa/",
    "/autoren/anna-muster/",
]
BAD_PAGES = [
    "abc", "0", "-1", "1.5", "1e3", "99999", "999999999999999999999999999999", "", " 2",
    "٣", "1_0", "%00", "\x00", "2;", "0x2", "+2", "02",
]  # fmt: skip


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """25 articles, newest first in the listing; 10 a page so that there are 3 pages."""
    monkeypatch.setattr(ArticleListingMixin, "listing_page_size", 10)
    specs = [{"headline": f"Meldung {n:02d}", "hours_ago": n} for n in range(1, 26)]
    return articles_publish(tmp_path, specs)


def titles(html: str) -> list[str]:
    return re.findall(r'<span class="teaser__title">(.*?)</span>', html)


def test_listing_pages_are_paginated_newest_first(client, archive):
    for url in LISTINGS:
        first = client.get(url)
        assert first.status_code == 200, url
        assert titles(first.content.decode()) == [f"Meldung {n:02d}" for n in range(1, 11)]
        third = client.get(url + "?page=3").content.decode()
        assert titles(third) == [f"Meldung {n:02d}" for n in range(21, 26)], url
        assert "Seite 3" in third and 'rel="next"' not in third
        assert "public" in first.headers["Cache-Control"] and not first.cookies


def test_bad_page_numbers_are_404s(client, archive):
    answers = {
        (url, number): client.get(url, {"page": number}).status_code
        for url in LISTINGS
        for number in BAD_PAGES
    }
    assert {key: status for key, status in answers.items() if status != 404} == {}


def test_pagination_links_are_a_labelled_navigation(client, archive):
    html = client.get("/schweiz/?page=2").content.decode()
    nav = re.search(r'<nav class="pagination" aria-label="Seiten">(.*?)</nav>', html, re.S)
    assert nav
    assert 'rel="prev" href="/schweiz/">Vorherige Seite</a>' in nav.group(1)
    assert 'rel="next" href="/schweiz/?page=3">Nächste Seite</a>' in nav.group(1)
    assert '<span aria-current="page">Seite 2</span>' in nav.group(1)


def test_listings_end_after_their_last_page_and_after_25_pages(client, archive, monkeypatch):
    assert client.get("/schweiz/?page=4").status_code == 404
    monkeypatch.setattr(ArticleListingMixin, "listing_page_size", 1)
    assert client.get("/schweiz/?page=25").status_code == 200
    assert client.get("/schweiz/?page=26").status_code == 404


def test_a_listing_without_articles_is_one_empty_page(client, newsroom):
    newsroom(1)
    from taxonomy.models import TopicPage

    empty = TopicPage(title="Leeres Thema", slug="leeres-thema")
    TopicPage.objects.get(slug="verkehr").get_parent().add_child(instance=empty)
    empty.save_revision().publish()
    assert client.get("/themen/leeres-thema/").status_code == 200
    assert client.get("/themen/leeres-thema/?page=2").status_code == 404


def test_topic_page_shows_kind_and_description(client, tmp_path):
    from conftest import article_record
    from ingest.services import document_import

    data = {
        "topics": [
            {"name": "Wladimir Putin", "kind": "person", "description": "Präsident Russlands."}
        ],
        "articles": [
            article_record(1, tmp_path, topics=["Wladimir Putin"], primary_topic="Wladimir Putin")
        ],
    }
    document_import(data=data, base_dir=tmp_path)
    html = client.get("/themen/wladimir-putin/").content.decode()
    assert '<p class="kicker">Person</p>' in html
    assert "Präsident Russlands." in html


def test_a_region_page_includes_its_sub_regions_articles(client, tmp_path):
    specs = [
        {"headline": "In Winterthur", "regions": ["Europa > Schweiz > Zürich > Winterthur"]},
        {"headline": "In Zürich", "regions": ["Europa > Schweiz > Zürich"]},
        {"headline": "In Deutschland", "regions": ["Europa > Deutschland"]},
        {"headline": "In Bern", "regions": ["Europa > Schweiz > Bern"]},
    ]
    articles_publish(tmp_path, specs)
    canton = titles(client.get("/welt/europa/schweiz/zuerich/").content.decode())
    assert canton == ["In Winterthur", "In Zürich"]
    continent = titles(client.get("/welt/europa/").content.decode())
    assert sorted(continent) == ["In Bern", "In Deutschland", "In Winterthur", "In Zürich"]
