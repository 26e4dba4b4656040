"""The article page as a reader gets it: its elements in the reference order, its HTML and its
weight, its caching. The tests with articles of their own (a kicker, times, a video, the query
counts) are in test_pages_apart.py."""

import copy
import gzip
import re
from pathlib import Path

import html5lib
import pytest
from django.contrib.staticfiles import finders
from django.test import Client, override_settings

# The order of elements 1 to 8 of the reference page (shared/reference/README.md).
ELEMENTS = [
    'class="kicker"',
    'class="headline"',
    'class="byline"',
    'class="dateline"',
    'class="lead"',
    'class="hero"',
    'class="key-points"',
    'class="article__body"',
]


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def test_article_page_shows_every_element_in_the_reference_order(client, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    positions = [html.index(marker) for marker in ELEMENTS]
    assert positions == sorted(positions)

    # 1 kicker: the primary topic, linked to its page
    assert re.search(r'class="kicker"><a href="/themen/verkehr/">Verkehr</a>', html)
    # 2 headline
    assert '<h1 class="headline">Gemeinderat plant neue Velo-Route Nummer 1</h1>' in html
    # 3 byline: author linked to the author page
    assert 'href="/autoren/anna-muster/" rel="author"' in html
    # 4 dateline: region linked, then the time in Swiss format
    assert '<a href="/welt/europa/schweiz/zuerich/winterthur/">Winterthur</a>,' in html
    assert '<time datetime="2026-01-05T08:00:00+01:00">05.01.2026, 08:00</time>' in html
    # 5 lead
    assert '<p class="lead">Die neue Route soll ab Frühling 2027 befahrbar sein.</p>' in html
    # 6 hero: responsive picture with size, caption, archive marker and credit
    hero = html[html.index('class="hero"') : html.index("</figure>")]
    assert 'fetchpriority="high"' in hero and 'height="320"' in hero and 'width="480"' in hero
    assert "srcset=" in hero and ".webp 1200w" in hero
    assert 'alt="Berge über der Stadt"' in hero
    assert "Die Route führt am Waldrand entlang." in hero
    assert "(Archivbild)" in hero and "– Keystone" in hero
    # 7 key points
    assert "Das Wichtigste in Kürze" in html
    assert "<li>Sie kostet 4 Millionen Franken.</li>" in html
    # 8 body: paragraph, subheading, quote, fact box, image, video
    body = html[html.index('class="article__body"') :]
    assert "<p>Der Gemeinderat hat am Dienstag informiert.</p>" in body
    assert '<h2 class="subheading">Kritik aus dem Quartier</h2>' in body
    assert "«Wir sind zufrieden.»" in body
    assert '<aside class="fact-box" aria-label="Zahlen"><h2>Zahlen</h2><ul><li' in body
    assert re.search(r"<li[^>]*>12 km</li>", body)
    assert 'loading="lazy"' in body and "Die geplante Strecke" in body and "– zVg" in body
    assert '<video controls preload="none"' in body


def test_article_page_is_well_formed_html5(client, article):
    html = client.get(article.url).content.decode()
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)


def test_article_page_weight_is_far_under_60_kb_compressed(client, article):
    """HTML + CSS + JS of the page (the CSS is inline, scripts are static files), images
    excluded."""
    response = client.get(article.url)
    html = response.content.decode()
    assert 'rel="stylesheet"' not in html
    # Scripts are static files (counted below) or structured data (JSON-LD, distribution).
    scripts = re.findall(r'<script src="/static/([^"]+)" defer>', html)
    assert scripts
    assert html.count("<script") == len(scripts) + html.count('<script type="application/ld+json">')
    weight = len(gzip.compress(response.content))
    for script in scripts:
        weight += len(gzip.compress(Path(finders.find(script)).read_bytes()))
    assert weight < 60_000


def test_anonymous_response_is_cacheable_and_sets_no_cookie(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    cache_control = response.headers["Cache-Control"]
    for directive in ("public", "s-maxage=60", "stale-while-revalidate=", "stale-if-error=86400"):
        assert directive in cache_control
    assert "Cookie" not in response.headers.get("Vary", "")
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_unknown_article_is_a_404(client, article):
    assert client.get(article.url.rstrip("/") + "-gibts-nicht/").status_code == 404


@override_settings(LANGUAGE_CODE="en")
def test_reader_text_is_english_when_the_language_is_english(client, article):
    html = client.get(article.url).content.decode()
    assert "In brief" in html and "(Archive picture)" in html
    assert "Das Wichtigste in Kürze" not in html
    assert '<html lang="en">' in html


def test_a_missing_page_is_a_german_404(client, article):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
