"""The dateline names a municipality without its qualifier where that is unambiguous
(taxonomy.models.RegionPage.short_title), and follows a region's new name at once."""

import re

import pytest
from django.test import Client

from taxonomy.models import RegionPage

CITY = "Europa > Schweiz > Zürich > Zürich (Stadt)"


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def place(client, page) -> str:
    html = client.get(page.url).content.decode()
    return re.search(r'<span class="dateline__place">(.*?)</span>', html).group(1)


def test_the_dateline_names_the_city_without_its_qualifier(client, newsroom):
    page = newsroom(1, regions=[CITY]).pages[0]
    city = "/welt/europa/schweiz/zuerich/zuerich-stadt/"
    assert place(client, page) == f'<a href="{city}">Zürich</a>,'


def test_a_namesake_brings_the_qualifier_back_and_a_rename_shows_at_once(
    client, newsroom, django_capture_on_commit_callbacks
):
    page = newsroom(1, regions=["Europa > Schweiz > Zürich > Wil (ZH)"]).pages[0]
    assert ">Wil</a>" in place(client, page)  # kept rendered from here on
    canton = RegionPage.objects.get(slug="zuerich")
    namesake = RegionPage(title="Wil (SG)", slug="wil-sg", kind="municipality")
    with django_capture_on_commit_callbacks(execute=True):
        canton.add_child(instance=namesake)
    assert ">Wil (ZH)</a>" in place(client, page)

    region = RegionPage.objects.get(title="Wil (ZH)")
    region.title = "Wil bei Zürich"
    with django_capture_on_commit_callbacks(execute=True):
        region.save_revision().publish()
    response = client.get(page.url)
    assert ">Wil bei Zürich</a>" in response.content.decode()
    assert f"page-{region.pk}" in response["X-Cache-Tags"]  # a rename purges it at the edge
