"""Correction notes outside the article page: /korrekturen/ with its feeds, ninjs and the
API (distribution.corrections, distribution.ninjs, distribution.api). The two corrected articles
are imported once for the module (kept_for_module)."""

import feedparser
import pytest

from articles.corrections import correction_add, correction_withdraw
from articles.models import ArticlePage
from conftest import articles_import, kept_for_module
from core.http import cache_tags

from .conftest import BASE
from .test_ninjs import ninjs

pytestmark = pytest.mark.django_db

TEXT = "Der Gemeinderat hat die Route am Dienstag beschlossen, nicht am Montag."


@pytest.fixture(scope="module")
def corrected_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Two articles, the first with a withdrawn clarification, the second with a correction,
    built once for the module (conftest's `kept_for_module`, docs/testing.md): each test's
    changes are rolled back after it."""
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            pages = articles_import(tmp_path_factory.mktemp("corrected"), 2).pages
            first, second = (ArticlePage.objects.get(pk=p.pk) for p in pages)
            old = correction_add(article=first, kind="clarification", text="Ältere Präzisierung.")
            correction_withdraw(note=old, reason="Nicht mehr nötig.")
            correction_add(article=second, kind="correction", text=TEXT, position="bottom")
        yield first.pk, second.pk


@pytest.fixture
def corrected(db, corrected_built):
    """The module's two articles as the database has them, read again for each test."""
    return tuple(ArticlePage.objects.get(pk=pk) for pk in corrected_built)


def test_the_corrections_page_lists_every_note_newest_first(client, corrected):
    first, second = corrected
    response = client.get("/korrekturen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(TEXT) < html.index("Zurückgezogen am")
    assert f'href="{BASE}{second.url}"' in html and f'href="{BASE}{first.url}"' in html
    assert "Ältere Präzisierung." not in html  # withdrawn: only its trace
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
    assert {"corrections", "feeds"} <= cache_tags(response)
    assert "Set-Cookie" not in response


@pytest.mark.parametrize("page", ["0", "abc", "-1", "2", "1.5", "99999999999999999999"])
def test_bad_page_numbers_are_404(client, corrected, page):
    assert client.get(f"/korrekturen/?page={page}").status_code == 404


def test_an_unpublished_article_leaves_the_corrections_page(client, corrected):
    corrected[1].unpublish()
    assert TEXT not in client.get("/korrekturen/").content.decode()


def test_the_corrections_feeds(client, corrected):
    rss = feedparser.parse(client.get("/korrekturen/rss/").content)
    assert len(rss.entries) == 2
    assert rss.entries[0].description == TEXT
    assert rss.entries[0].link == BASE + corrected[1].url
    assert rss.entries[0].title.startswith("Korrektur (")
    response = client.get("/korrekturen/atom/")
    assert "feeds" in cache_tags(response)
    atom = feedparser.parse(response.content)
    assert atom.entries[1].summary.startswith("Zurückgezogen am")


def test_ninjs_carries_the_notes_in_force(client, corrected):
    first, second = corrected
    _response, document = ninjs(client, second.pk)
    notes = [d for d in document["descriptions"] if d["role"] == "correction"]
    assert len(notes) == 1 and notes[0]["value"].startswith("Korrektur, ")
    assert notes[0]["value"].endswith(TEXT)
    assert document["versioncreated"] >= document["firstcreated"]
    withdrawn = client.get(f"/api/ninjs/articles/{first.pk}/").json()
    assert not [d for d in withdrawn["descriptions"] if d["role"] == "correction"]


def test_the_api_carries_the_notes(client, corrected):
    first, second = corrected
    detail = client.get(f"/api/v2/articles/{second.pk}/").json()
    assert detail["corrections"] == [
        {
            "kind": "correction",
            "label": "Korrektur",
            "text": TEXT,
            "date": second.correction_notes.get().shown_at.isoformat(),
            "position": "bottom",
        }
    ]
    listing = client.get("/api/v2/articles/").json()["items"]
    withdrawn = next(item for item in listing if item["id"] == first.pk)["corrections"]
    assert withdrawn[0]["withdrawal_reason"] == "Nicht mehr nötig."
