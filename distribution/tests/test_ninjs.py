import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from .conftest import BASE

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "ninjs-2.1-subset.json").read_text())


def ninjs(client, pk):
    response = client.get(f"/api/ninjs/articles/{pk}/")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    document = response.json()
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)
    return response, document


def test_schema_refuses_what_ninjs_2_forbids():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert not validator.is_valid({"type": "text"})  # no uri
    assert not validator.is_valid({"uri": "urn:x:1", "headline": "ninjs 1.x name"})
    assert not validator.is_valid({"uri": "urn:x:1", "headlines": [{"role": "main"}]})
    assert not validator.is_valid(
        {"uri": "urn:x:1", "associations": [{"name": "a", "uri": "urn:x:2", "extra": 1}]}
    )


def test_article_in_ninjs(client, newsroom):
    page = newsroom(
        1,
        authors=[{"name": "Anna Muster"}, {"name": "Beat Beispiel"}],
        updated_at="2026-01-05T10:30:00+01:00",
    ).pages[0]
    response, document = ninjs(client, page.pk)

    assert document["uri"] == f"{BASE}/api/ninjs/articles/{page.pk}/"
    assert document["type"] == "text"
    assert document["version"]
    assert document["language"] == "de-CH"
    assert datetime.fromisoformat(document["firstcreated"]).isoformat() == (
        "2026-01-05T07:00:00+00:00"
    )
    assert datetime.fromisoformat(document["versioncreated"]).isoformat() == (
        "2026-01-05T09:30:00+00:00"
    )
    headlines = {item["role"]: item["value"] for item in document["headlines"]}
    assert headlines == {"main": page.title, "kicker": "Verkehr"}
    descriptions = {item["role"]: item["value"] for item in document["descriptions"]}
    assert descriptions["summary"] == page.lead
    assert "<li>Sie kostet 4 Millionen Franken.</li>" in descriptions["keypoints"]
    body = document["bodies"][0]
    assert body["contenttype"] == "text/html"
    assert "<p>Der Gemeinderat hat am Dienstag informiert.</p>" in body["value"]
    assert f'src="{BASE}/media/images/' in body["value"]  # pictures usable elsewhere
    assert body["wordcount"] > 10
    assert document["by"] == "Anna Muster, Beat Beispiel"
    assert document["people"][0] == {
        "name": "Anna Muster",
        "rel": "author",
        "uri": f"{BASE}/autoren/anna-muster/",
    }
    assert [(s["name"], s["rel"]) for s in document["subjects"]] == [
        ("Verkehr", "primary"),
        ("Velo", "secondary"),
    ]
    assert document["places"] == [
        {
            "name": "Winterthur",
            "uri": f"{BASE}/welt/europa/schweiz/zuerich/winterthur/",
            "literal": "municipality",
        }
    ]
    assert document["located"] == "Winterthur"
    assert document["copyrightnotice"] == "© 2026 depesche"
    picture = document["associations"][0]
    assert picture["type"] == "picture" and picture["by"] == "Keystone"
    captions = {item["role"]: item["value"] for item in picture["descriptions"]}
    assert captions["caption"] == "Die Route führt am Waldrand entlang."
    renditions = {item["name"]: item for item in picture["renditions"]}
    assert set(renditions) == {"3x2", "16x9", "4x3", "1x1"}
    assert renditions["16x9"]["width"] == 1200 and renditions["16x9"]["height"] == 675
    assert renditions["16x9"]["contenttype"] == "image/webp"
    assert renditions["16x9"]["sizeinbytes"] > 1000
    assert client.get(renditions["16x9"]["href"].removeprefix(BASE)).status_code == 200
    assert "public" in response["Cache-Control"] and not response.cookies
    # Import data never leaves the newsroom.
    assert "test-001" not in response.content.decode()


@pytest.mark.parametrize("suffix", ["999999/", "0/", "abc/", "99999999999999999999999/"])
def test_unknown_ninjs_article_is_404(client, article, suffix):
    assert client.get(f"/api/ninjs/articles/{suffix}").status_code == 404


def test_ninjs_of_a_draft_or_another_page_is_404(client, newsroom):
    from articles.models import ArticlePage

    pages = newsroom(2).pages
    ArticlePage.objects.get(pk=pages[0].pk).unpublish()
    assert client.get(f"/api/ninjs/articles/{pages[0].pk}/").status_code == 404
    section = ArticlePage.objects.get(pk=pages[1].pk).get_parent()
    assert client.get(f"/api/ninjs/articles/{section.pk}/").status_code == 404


def test_article_without_picture(client, newsroom):
    page = newsroom(1, hero_image=None).pages[0]
    _response, document = ninjs(client, page.pk)
    assert "associations" not in document
