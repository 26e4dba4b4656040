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


def test_a_path_is_found_in_one_query_once_its_page_type_is_known(client, article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def page_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(article.url).status_code == 200
        return [q["sql"] for q in captured if 'FROM "wagtailcore_page"' in q["sql"]]

    first, again = page_queries(), page_queries()
    assert len(again) == len(first) - 1


def test_a_page_of_another_type_at_a_known_path_is_found(client, article):
    from wagtail.models import Site

    from home.models import InfoPage
    from taxonomy.models import SectionPage

    home = Site.objects.get(is_default_site=True).root_page
    info = home.add_child(instance=InfoPage(title="Über uns", slug="ueber-uns", body="<p>Wir.</p>"))
    assert client.get("/ueber-uns/").status_code == 200  # its type is kept
    info.delete()
    assert client.get("/ueber-uns/").status_code == 404
    section = home.add_child(instance=SectionPage(title="Über uns", slug="ueber-uns"))
    response = client.get("/ueber-uns/")
    assert response.status_code == 200
    assert response.context["page"].specific_class is SectionPage
    assert response.context["page"].pk == section.pk


def test_a_changed_site_is_seen_at_the_next_request(client, article):
    from wagtail.models import Site

    first = client.get(article.url)
    assert first.wsgi_request._wagtail_site.site_name != "Depesche Test"
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Depesche Test"
    site.save()
    again = client.get(article.url)
    assert again.status_code == 200
    assert again.wsgi_request._wagtail_site.site_name == "Depesche Test"


def test_the_home_page_is_read_anew_for_each_request(client, article):
    from wagtail.models import Site

    assert client.get("/").status_code == 200
    home = Site.objects.get(is_default_site=True).root_page.specific
    home.seo_title = "Die neue Startseite"
    home.save_revision().publish()
    assert "Die neue Startseite" in client.get("/").content.decode()


def test_a_saved_site_renews_the_sites_version_again_after_its_commit(
    article, django_capture_on_commit_callbacks
):
    """A request that read the new version but the sites before the commit would keep the old
    site under it (reader.routing.sites_changed)."""
    from django.core.cache import cache
    from wagtail.models import Site

    from reader.routing import SITES_VERSION_KEY

    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        site.save()
        during = cache.get(SITES_VERSION_KEY)
    assert during is not None and cache.get(SITES_VERSION_KEY) != during
