"""Listing tests with articles of their own, not the archive test_listings.py keeps for its
tests: an empty topic, a topic's kind and description, a region's sub-regions."""

import pytest
from django.test import Client

from discovery.tests.helpers import articles_publish

from .test_listings import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def test_a_listing_without_articles_is_one_empty_page(client, newsroom):
    newsroom(1)
    from taxonomy.models import TopicPage

    empty = TopicPage(title="Leeres Thema", slug="leeres-thema")
    TopicPage.objects.get(slug="verkehr").get_parent().add_child(instance=empty)
    empty.save_revision().publish()
    assert client.get("/themen/leeres-thema/").status_code == 200
    assert client.get("/themen/leeres-thema/?page=2").status_code == 404


def test_topic_page_shows_kind_and_description(client, tmp_path):
    from conftest import article_record
    from ingest.services import document_import

    data = {
        "topics": [
            {"name": "Wladimir Putin", "kind": "person", "description": "Präsident Russlands."}
        ],
        "articles": [
            article_record(1, tmp_path, topics=["Wladimir Putin"], primary_topic="Wladimir Putin")
        ],
    }
    document_import(data=data, base_dir=tmp_path)
    html = client.get("/themen/wladimir-putin/").content.decode()
    assert '<p class="kicker">Person</p>' in html
    assert "Präsident Russlands." in html


def test_a_region_page_includes_its_sub_regions_articles(client, tmp_path):
    specs = [
        {"headline": "In Winterthur", "regions": ["Europa > Schweiz > Zürich > Winterthur"]},
        {"headline": "In Zürich", "regions": ["Europa > Schweiz > Zürich"]},
        {"headline": "In Deutschland", "regions": ["Europa > Deutschland"]},
        {"headline": "In Bern", "regions": ["Europa > Schweiz > Bern"]},
    ]
    articles_publish(tmp_path, specs)
    canton = titles(client.get("/welt/europa/schweiz/zuerich/").content.decode())
    assert canton == ["In Winterthur", "In Zürich"]
    continent = titles(client.get("/welt/europa/").content.decode())
    assert sorted(continent) == ["In Bern", "In Deutschland", "In Winterthur", "In Zürich"]
