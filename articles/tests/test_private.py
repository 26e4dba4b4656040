"""A view-restricted article (password, login, group, or a restricted section above it) is
named by no public surface: no page type, module, feed, sitemap, API answer, ninjs document or
search result (articles.subjects). Its own page keeps Wagtail's prompt and is never publicly
cacheable. A reader allowed to see it is in test_private_reader.py."""

import copy
import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from wagtail.models import PageViewRestriction

from conftest import kept_for_module
from discovery.tests.helpers import articles_publish
from edge.purge import _lists_of

SECRET = "Geheimprojekt"
PUBLIC_SPEC = {"section": "Schweiz", "regions": ["Europa > Schweiz > Zürich > Winterthur"]}


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def restrict(page, kind: str) -> None:
    """A restriction of `kind` on `page`, committed (core.restrictions learns of it then)."""
    if kind == "password":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    elif kind == "login":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    else:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.create(name="Verwaltungsrat"))


@pytest.fixture(scope="module", params=["password", "login", "groups", "section"])
def site_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Three public articles and, newest and on the same topics, regions and author, the
    restricted one: restricted itself, or in a restricted section. Imported once for the module
    and each kind of restriction (conftest's `kept_for_module`, docs/testing.md): each test's
    changes are rolled back after it."""
    secret_section = "Intern" if request.param == "section" else "Schweiz"
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            pages = articles_publish(
                tmp_path_factory.mktemp("private"),
                [
                    {**PUBLIC_SPEC, "hours_ago": 3, "external_id": "public-1"},
                    {**PUBLIC_SPEC, "hours_ago": 2, "external_id": "public-2"},
                    {**PUBLIC_SPEC, "hours_ago": 1.5, "external_id": "public-3"},
                    {
                        **PUBLIC_SPEC,
                        "section": secret_section,
                        "headline": f"{SECRET} der Stadtregierung",
                        "hours_ago": 1,
                        "external_id": "secret",
                    },
                ],
            )
            secret = pages[-1]
            with TestCase.captureOnCommitCallbacks(execute=True):
                target = secret.get_parent() if request.param == "section" else secret
                restrict(target, "password" if request.param == "section" else request.param)
        yield pages[:-1], secret


@pytest.fixture
def site(db, site_built):
    """The module's articles, as fresh objects for each test."""
    return copy.deepcopy(site_built)


def public_urls(public, secret) -> list[str]:
    article = public[0]
    detail = article.specific
    topic = detail.article_topics.first().topic
    region = detail.article_regions.first().region
    author = detail.article_authors.first().author
    return [
        "/",
        article.get_parent().url,
        topic.url,
        region.url,
        region.get_parent().url,  # a region lists the articles of the regions within it
        author.url,
        article.url,  # «Weiterlesen», «Mehr in …», «Meistgelesen»
        "/feeds/rss/",
        "/feeds/atom/",
        f"/feeds/rss/topic/{topic.slug}/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/sitemap-news.xml",
        "/api/v2/articles/",
        f"/api/v2/articles/?topic={topic.pk}",
        f"/api/v2/articles/?region={region.get_parent().pk}",
        f"/suche/?q={SECRET}",
        "/suche/?q=Stadtregierung+Velo",
    ]


def test_no_public_surface_names_a_restricted_article(client, site):
    public, secret = site
    secret_path = secret.url
    for url in public_urls(public, secret):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert secret.title not in text, url  # (search pages repeat the query's own word)
        assert secret_path not in text, url
        if url.startswith("/api/"):
            ids = {item["id"] for item in json.loads(text)["items"]}
            assert secret.pk not in ids, url
            assert ids, url  # the public articles are there
    # The page's home page shows the public ones (the test can see a teaser at all).
    assert public[-1].title in client.get("/").content.decode()


def test_a_restricted_article_has_no_api_detail_or_ninjs(client, site):
    public, secret = site
    assert client.get(f"/api/v2/articles/{public[0].pk}/").status_code == 200
    assert client.get(f"/api/v2/articles/{secret.pk}/").status_code == 404
    assert client.get(f"/api/ninjs/articles/{public[0].pk}/").status_code == 200
    assert client.get(f"/api/ninjs/articles/{secret.pk}/").status_code == 404


def test_a_restricted_article_page_is_never_publicly_cacheable(client, site):
    _public, secret = site
    response = client.get(secret.url)
    assert SECRET not in response.content.decode()  # Wagtail's prompt or login redirect
    assert "public" not in response.get("Cache-Control", "")
    assert "X-Cache-Tags" not in response


def test_the_purge_plan_shares_the_subjects_vocabulary(site):
    public, _secret = site
    lists = {page.pk for page in _lists_of([public[0]])}
    detail = public[0].specific
    assert public[0].get_parent().pk in lists
    assert {link.topic_id for link in detail.article_topics.all()} <= lists
    assert {link.author_id for link in detail.article_authors.all()} <= lists
    region = detail.article_regions.first().region
    assert {region.pk, region.get_parent().pk} <= lists
