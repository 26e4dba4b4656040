"""The pages the article links to: kicker → topic, byline → author, dateline → region. The
article is imported once for the module (kept_for_module)."""

import pytest
from django.test import Client

from articles.models import ArticlePage
from authors.models import AuthorPage
from taxonomy.models import RegionPage, SectionPage, TopicPage


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", "Gemeinderat plant neue Velo-Route Nummer 1"),
        ("/schweiz/", "Gemeinderat plant neue Velo-Route Nummer 1"),
        ("/themen/", "Verkehr"),
        ("/themen/verkehr/", "Gemeinderat plant neue Velo-Route Nummer 1"),
        ("/autoren/", "Anna Muster"),
        ("/autoren/anna-muster/", "Redaktorin Inland"),
        ("/welt/europa/schweiz/zuerich/winterthur/", "Gemeinderat plant neue Velo-Route"),
    ],
)
def test_linked_pages_render_and_list_the_article(client, article, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert "public" in response.headers["Cache-Control"] and not response.cookies


def test_a_region_page_lists_articles_of_its_sub_regions(client, article):
    html = client.get("/welt/europa/schweiz/").content.decode()
    assert "Gemeinderat plant neue Velo-Route Nummer 1" in html
    assert 'href="/welt/europa/schweiz/zuerich/"' in html


def test_navigation_marks_the_current_section(client, article):
    html = client.get(article.url).content.decode()
    assert '<a href="/schweiz/" aria-current="true">Schweiz</a>' in html


def test_page_types_hang_where_they_belong(article):
    assert SectionPage.objects.get().get_parent().specific_class.__name__ == "HomePage"
    assert TopicPage.objects.first().get_parent().specific_class.__name__ == "TopicIndexPage"
    assert AuthorPage.objects.get().get_parent().specific_class.__name__ == "AuthorIndexPage"
    welt = RegionPage.objects.get(depth=3)
    assert welt.title == "Welt" and welt.kind == "world"
    kinds = [r.kind for r in RegionPage.objects.order_by("depth")]
    assert kinds == ["world", "continent", "country", "canton", "municipality"]
