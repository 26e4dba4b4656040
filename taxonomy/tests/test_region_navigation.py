"""A region page's way up (breadcrumb, parent link, BreadcrumbList) and the short names of
municipalities in datelines (taxonomy.models.RegionPage.short_title). The article is imported
once for the module (kept_for_module)."""

import json
import re

import pytest
from django.test import Client

from articles.models import ArticlePage
from taxonomy.models import RegionPage

WINTERTHUR = "/welt/europa/schweiz/zuerich/winterthur/"


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


def add_municipality(parent: RegionPage, title: str, slug: str) -> RegionPage:
    region = RegionPage(title=title, slug=slug, kind=RegionPage.Kind.MUNICIPALITY)
    parent.add_child(instance=region)
    region.save_revision().publish()
    return RegionPage.objects.get(pk=region.pk)


def purged(region, batches) -> bool:
    """Whether a batch names the region for its new short name (the pages that show it
    carry its page tag, edge.purge)."""
    return any(region.pk in ids and "region short title" in reason for ids, reason in batches)


def test_a_region_page_has_a_breadcrumb_and_a_link_up(client, article):
    html = client.get(WINTERTHUR).content.decode()
    nav = re.search(r'<nav class="breadcrumb" aria-label="Brotkrumen">(.*?)</nav>', html, re.S)
    items = re.findall(r"<li>(.*?)</li>", nav.group(1))
    assert items == [
        '<a href="/welt/">Welt</a>',
        '<a href="/welt/europa/">Europa</a>',
        '<a href="/welt/europa/schweiz/">Schweiz</a>',
        '<a href="/welt/europa/schweiz/zuerich/">Zürich</a>',
        '<span aria-current="page">Winterthur</span>',
    ]
    assert 'Teil von <a href="/welt/europa/schweiz/zuerich/">Zürich</a>' in html


def test_the_world_has_no_way_up(client, article):
    html = client.get("/welt/").content.decode()
    assert '<li><span aria-current="page">Welt</span></li>' in html
    assert "Teil von" not in html


def test_a_region_page_has_its_breadcrumb_as_structured_data(client, article):
    html = client.get(WINTERTHUR).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    (crumbs,) = [json.loads(s) for s in scripts if '"BreadcrumbList"' in s]
    names = [item["name"] for item in crumbs["itemListElement"]]
    assert names == ["depesche", "Welt", "Europa", "Schweiz", "Zürich", "Winterthur"]
    assert crumbs["itemListElement"][-1]["item"] == f"http://localhost{WINTERTHUR}"


def test_the_breadcrumb_costs_no_query(client, article, django_assert_max_num_queries):
    client.get(WINTERTHUR)
    with django_assert_max_num_queries(8):  # discovery/tests/test_budgets.py: region 8
        client.get(WINTERTHUR)


def test_a_municipality_is_named_without_its_qualifier_when_no_other_has_the_name(article):
    canton = RegionPage.objects.get(slug="zuerich")
    city = add_municipality(canton, "Zürich (Stadt)", "zuerich-stadt")
    assert city.short_title == "Zürich"  # the canton of the same name is no municipality
    assert canton.short_title == "Zürich" and canton.title == "Zürich"
    assert RegionPage.objects.get(slug="winterthur").short_title == "Winterthur"


def test_namesakes_keep_their_qualifiers_and_the_pages_showing_them_are_purged(
    article, changed_pages
):
    canton = RegionPage.objects.get(slug="zuerich")
    first = add_municipality(canton, "Wil (ZH)", "wil-zh")
    assert first.short_title == "Wil"
    with changed_pages() as batches:
        second = add_municipality(canton, "Wil (SG)", "wil-sg")
    assert second.short_title == "Wil (SG)"
    assert RegionPage.objects.get(pk=first.pk).short_title == "Wil (ZH)"
    assert purged(first, batches)

    # Renamed, the other is alone with its name again.
    second.title = "Wil (St. Gallen) Ost"
    with changed_pages() as batches:
        second.save_revision().publish()
    assert RegionPage.objects.get(pk=first.pk).short_title == "Wil"
    assert purged(first, batches)


def test_a_draft_name_changes_no_short_name(article):
    region = RegionPage.objects.get(slug="winterthur")
    region.title = "Winterthur (Stadt)"
    region.save_revision()
    assert RegionPage.objects.get(pk=region.pk).short_title == "Winterthur"
    region.title = "Winti"
    region.save_revision()
    assert RegionPage.objects.get(pk=region.pk).short_title == "Winterthur"


def test_renaming_a_region_purges_the_breadcrumbs_below_it(client, article):
    response = client.get(WINTERTHUR)
    tags = response["X-Cache-Tags"].split()
    for slug in ("welt", "europa", "schweiz", "zuerich"):
        assert f"page-{RegionPage.objects.get(slug=slug).pk}" in tags
