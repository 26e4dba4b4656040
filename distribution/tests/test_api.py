import pytest

from demo.synthetic import articles_generate

from .conftest import BASE, warm_query_count

API = "/api/v2"


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return response.json()


@pytest.fixture
def two_sections(newsroom):
    first = newsroom(1).pages[0]
    second = newsroom(
        1,
        external_id="sport-1",
        headline="Eishockey: Der Meister verliert",
        section="Sport",
        topics=["Eishockey"],
        primary_topic="Eishockey",
        regions=["Europa > Schweiz > Bern"],
        authors=[{"name": "Chris Sport"}],
        first_published_at="2026-01-06T08:00:00+01:00",
    ).pages[0]
    return first, second


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


# Site, restrictions, COUNT, articles, authors, topics, regions, renditions, sections.
ARTICLE_LISTING_QUERIES = 10


def test_article_listing_query_count_does_not_grow_with_the_archive(client, newsroom):
    newsroom(10)
    url = f"{API}/articles/?limit=20"
    assert warm_query_count(client, url) == ARTICLE_LISTING_QUERIES
    articles_generate(count=2000)
    assert warm_query_count(client, url) == ARTICLE_LISTING_QUERIES
