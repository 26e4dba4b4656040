"""Section, topic, region and author pages: paginated, newest first, and no `?page=` a
reader or a bot can type gives anything but the page or a 404. The tests with articles of
their own are in test_listings_apart.py."""

import copy
import re

import pytest
from django.test import Client

from articles.listing import ArticleListingMixin
from conftest import kept_for_module
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


@pytest.fixture(scope="module")
def archive_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """25 articles, newest first in the listing, imported once for the module (conftest's
    `kept_for_module`, docs/testing.md): each test's changes are rolled back after it."""
    specs = [{"headline": f"Meldung {n:02d}", "hours_ago": n} for n in range(1, 26)]
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            pages = articles_publish(tmp_path_factory.mktemp("listings"), specs)
        yield pages


@pytest.fixture
def archive(archive_built, monkeypatch):
    """The module's 25 articles as fresh objects; 10 a page so that there are 3 pages."""
    monkeypatch.setattr(ArticleListingMixin, "listing_page_size", 10)
    return copy.deepcopy(archive_built)


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
