"""The home page finds the page of a path in one lookup (home.models.HomePage.route). The
article is imported once for the module (kept_for_module)."""

import pytest
from django.test import Client

from articles.models import ArticlePage


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


def test_every_page_is_found_at_its_url(client, article):
    for url in (
        article.url,
        "/schweiz/",
        "/themen/verkehr/",
        "/autoren/anna-muster/",
        "/welt/europa/schweiz/zuerich/winterthur/",
    ):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    "suffix",
    ["mehr/", "../", "%00/", "x" * 300 + "/", "ä/"],
)
def test_paths_below_or_beside_a_page_are_404s(client, article, suffix):
    assert client.get(article.url + suffix).status_code == 404


def test_a_slug_at_another_place_in_the_tree_is_not_found(client, article):
    assert client.get(f"/sport/{article.slug}/").status_code == 404
    assert client.get(f"/{article.slug}/").status_code == 404


def test_a_page_that_is_not_live_is_a_404(client, article):
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert client.get(article.url).status_code == 404
