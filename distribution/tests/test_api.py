"""The content API (/api/v2): one article's fields, bad queries, the other endpoints. The
listing of two sections is in test_api_listing.py, its query count in test_api_archive.py."""

import copy

import pytest

from .conftest import API, BASE, get


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def test_article_detail_has_body_and_no_private_fields(client, article):
    data = get(client, f"{API}/articles/{article.pk}/")
    assert data["title"] == article.title
    assert data["key_points"][0] == "Die Route ist 12 Kilometer lang."
    assert [block["type"] for block in data["body"]][:2] == ["paragraph", "subheading"]
    assert data["ninjs_url"] == f"{BASE}/api/ninjs/articles/{article.pk}/"
    text = str(data)
    for private in ("external_id", "test-001", "import_fingerprint", "owner", "draft_title"):
        assert private not in text
    # Asking for a private field by name is refused.
    get(client, f"{API}/articles/?fields=external_id", status=400)
    get(client, f"{API}/articles/?external_id=test-001", status=400)


@pytest.mark.parametrize(
    "query",
    [
        "limit=abc",
        "limit=-1",
        "limit=1000",
        "offset=abc",
        "offset=-5",
        "offset=99999999999999999999999",
        "section=",
        "section=%00",
        "topic=99999999999999999999999",
        "region=0",
        "type=home.HomePage",
        "fields=nope",
        "fields=title,(",
        "order=nope",
        "gibts=nicht",
        "id=abc",
        "id=99999999999999999999999",
        "child_of=abc",
        "child_of=99999999999999999999999",
        "descendant_of=-1",
        "first_published_at=abc",
        "last_published_at=2026-13-45",
        "title=%00",
        "search=%00",
        "rich_text_format=nope",
        "locale=xx",
        "site=nope",
    ],
)
def test_bad_query_parameters_are_400_with_a_message(client, article, query):
    response = client.get(f"{API}/articles/?{query}")
    assert response.status_code == 400, (query, response.status_code, response.content[:300])
    assert response.json()["message"]


@pytest.mark.parametrize(
    "search", ['"', "NEAR(", "*", "AND OR", "x" * 5000, "Velo-Route", "«Zürich»", "a'b"]
)
def test_no_search_string_makes_the_api_fail(client, article, search):
    response = client.get(f"{API}/articles/", {"search": search})
    assert response.status_code in (200, 400)
    assert response.json()


@pytest.mark.parametrize("url", ["articles/999999/", "articles/99999999999999999999/", "gibts/"])
def test_unknown_objects_are_404(client, article, url):
    assert client.get(f"{API}/{url}").status_code == 404


def test_an_endpoint_lists_only_its_own_page_type(client, article):
    get(client, f"{API}/sections/?type=articles.ArticlePage", status=400)
    get(client, f"{API}/articles/{article.get_parent().pk}/", status=404)


def test_sections_topics_regions_authors(client, article):
    sections = get(client, f"{API}/sections/")["items"]
    assert [item["title"] for item in sections] == ["Schweiz"]
    topics = get(client, f"{API}/topics/?fields=kind,description")["items"]
    assert {item["title"] for item in topics} == {"Verkehr", "Velo"}
    regions = get(client, f"{API}/regions/")["items"]
    assert [item["title"] for item in regions] == [
        "Welt",
        "Europa",
        "Schweiz",
        "Zürich",
        "Winterthur",
    ]
    authors = get(client, f"{API}/authors/")["items"]
    assert [item["title"] for item in authors] == ["Anna Muster"]
    author = get(client, f"{API}/authors/{authors[0]['id']}/")
    assert author["photo"]["url"].startswith(f"{BASE}/media/images/")
    assert author["meta"]["html_url"] == f"{BASE}/autoren/anna-muster/"


def test_api_is_public_cacheable_and_sets_no_cookie(client, article):
    response = client.get(f"{API}/articles/")
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
