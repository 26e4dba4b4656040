"""Pages skip Wagtail's view-restriction queries while no page has a restriction, and a
restriction applies from the moment it is saved (core.restrictions). The article is imported
once for the module (kept_for_module)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from core.restrictions import KEY, view_restrictions_exist


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


def restriction_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum("wagtailcore_pageviewrestriction" in q["sql"] for q in queries)


def make_private(page, django_capture_on_commit_callbacks) -> PageViewRestriction:
    with django_capture_on_commit_callbacks(execute=True):
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )


def test_no_restriction_no_query(client, article):
    client.get(article.url)  # counts the restrictions once, kept in the cache
    assert restriction_queries(client, article.url) == 0


def test_a_new_restriction_applies_at_once(client, article, django_capture_on_commit_callbacks):
    assert article.title in client.get(article.url).content.decode()  # «none» is kept now
    make_private(article.get_parent(), django_capture_on_commit_callbacks)

    response = client.get(article.url)
    assert article.title not in response.content.decode()
    assert 'name="password"' in response.content.decode()
    assert restriction_queries(client, article.url) == 1


def test_a_stale_none_cannot_overwrite_a_new_restriction(
    article, django_capture_on_commit_callbacks
):
    # A page view that counted no restriction before the commit stores its answer after it.
    make_private(article, django_capture_on_commit_callbacks)
    cache.add(KEY, False)
    assert view_restrictions_exist()


def test_a_removed_restriction_frees_the_page(client, article, django_capture_on_commit_callbacks):
    restriction = make_private(article, django_capture_on_commit_callbacks)
    assert article.title not in client.get(article.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()

    assert article.title in client.get(article.url).content.decode()
    client.get(article.url)
    assert restriction_queries(client, article.url) == 0


def test_a_request_reads_the_restricted_paths_once(client, article):
    """A cold article page names them in each of its candidate lists' queries and more."""
    from unittest import mock

    read = mock.Mock(wraps=cache.get)
    with mock.patch.object(cache, "get", read):
        assert client.get(article.url).status_code == 200
    assert [call.args[0] for call in read.call_args_list].count(KEY) == 1
