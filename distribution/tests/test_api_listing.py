"""The content API's article listing over two sections: fields, order, filters, pages,
drafts. Its data is kept for the module (docs/testing.md)."""

import copy

import pytest

from conftest import articles_import, kept_for_module

from .conftest import API, BASE, SPORT_ARTICLE, get


@pytest.fixture(scope="module")
def two_sections_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """An article in «Schweiz» and a newer one in «Sport», imported once for the module
    (conftest's `kept_for_module`, docs/testing.md): each test's changes are rolled back
    after it."""
    folder = tmp_path_factory.mktemp("api-listing")
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            first = articles_import(folder).pages[0]
            second = articles_import(
                folder,
                **SPORT_ARTICLE,
                external_id="sport-1",
                first_published_at="2026-01-06T08:00:00+01:00",
            ).pages[0]
        yield first, second


@pytest.fixture
def two_sections(db, two_sections_built):
    """The module's two articles, fresh objects for each test."""
    return copy.deepcopy(two_sections_built)


def test_article_listing_has_public_fields_newest_first(client, two_sections):
    first, second = two_sections
    data = get(client, f"{API}/articles/")
    assert data["meta"]["total_count"] == 2
    items = data["items"]
    assert [item["title"] for item in items] == [second.title, first.title]
    item = items[1]
    assert item["meta"]["html_url"] == f"{BASE}{first.url}"
    assert item["meta"]["type"] == "articles.ArticlePage"
    assert item["lead"] == first.lead and item["kicker"] == ""
    assert item["section"]["title"] == "Schweiz"
    assert [author["title"] for author in item["authors"]] == ["Anna Muster"]
    assert [(t["title"], t["primary"]) for t in item["topics"]] == [
        ("Verkehr", True),
        ("Velo", False),
    ]
    assert item["regions"][0]["title"] == "Winterthur"
    assert item["hero_image"]["width"] == 1200 and item["hero_image"]["credit"] == "Keystone"
    assert item["hero_image"]["url"].startswith(f"{BASE}/media/images/")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("section=sport", ["Eishockey: Der Meister verliert"]),
        ("topic=verkehr", ["Gemeinderat plant neue Velo-Route Nummer 1"]),
        ("author=chris-sport", ["Eishockey: Der Meister verliert"]),
        ("region=bern", ["Eishockey: Der Meister verliert"]),
        (
            "region=schweiz",
            ["Eishockey: Der Meister verliert", "Gemeinderat plant neue Velo-Route Nummer 1"],
        ),
        ("section=gibts-nicht", []),
        ("section=999999", []),
    ],
)
def test_article_filters(client, two_sections, query, expected):
    assert [item["title"] for item in get(client, f"{API}/articles/?{query}")["items"]] == expected


def test_filters_take_ids_too(client, two_sections):
    from taxonomy.models import RegionPage

    switzerland = RegionPage.objects.get(slug="schweiz")
    data = get(client, f"{API}/articles/?region={switzerland.pk}")
    assert data["meta"]["total_count"] == 2


def test_pagination(client, two_sections):
    first, _second = two_sections
    data = get(client, f"{API}/articles/?limit=1&offset=1")
    assert data["meta"]["total_count"] == 2
    assert [item["id"] for item in data["items"]] == [first.pk]


def test_drafts_are_not_in_the_api(client, two_sections):
    from articles.models import ArticlePage

    first, second = two_sections
    ArticlePage.objects.get(pk=first.pk).unpublish()
    assert [item["id"] for item in get(client, f"{API}/articles/")["items"]] == [second.pk]
    get(client, f"{API}/articles/{first.pk}/", status=404)
