import gzip
import re
from pathlib import Path

import html5lib
import pytest
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from demo.synthetic import articles_generate

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


def test_kicker_written_by_the_editor_replaces_the_topic(client, newsroom):
    page = newsroom(1, kicker="Analyse").pages[0]
    html = client.get(page.url).content.decode()
    assert 'class="kicker"><a href="/themen/verkehr/">Analyse</a>' in html


def test_recent_articles_show_relative_time(client, newsroom):
    from django.utils import timezone

    published = (timezone.now() - timezone.timedelta(minutes=42)).isoformat()
    page = newsroom(1, first_published_at=published).pages[0]
    html = client.get(page.url).content.decode()
    assert "vor 42 Minuten" in html


def test_an_update_is_shown_after_the_publication_time(client, newsroom):
    page = newsroom(1, updated_at="2026-01-05T10:30:00+01:00").pages[0]
    html = client.get(page.url).content.decode()
    assert "aktualisiert" in html and "05.01.2026, 10:30" in html


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


def _article_queries(client, url) -> list[int]:
    """Queries of a view with every cache cold (as after a deploy), then warm. The first view,
    which creates the renditions (also those of the teasers under the article, so with the
    caches emptied first), is not counted."""
    for alias in ("default", "renditions"):
        caches[alias].clear()
    client.get(url)
    counts = []
    for cold in (True, False):
        if cold:
            for alias in ("default", "renditions"):
                caches[alias].clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    return counts


# Warm: the site, routing (3), the reader counters, the navigation, the counters of the
# modules' teasers (never kept: discovery.selectors.counts_fill). The content parts
# (reader.selectors.article_rendered: head, byline, body with its pictures and poll) and the
# modules under the article are kept rendered in the default cache, and no view restriction
# exists (core.restrictions). Cold: the content parts add the authors, topics, regions, hero
# image and the renditions (8), the correction notes and the publisher's policy pages (2),
# the modules their candidates, teasers, renditions and «Meistgelesen» (4), Wagtail's site
# root paths and the view restrictions 1 each, and whether the article has a live ticker (1:
# kept until the article changes when it has none, tickers.selectors.ticker_section).
ARTICLE_PAGE_QUERIES = [23, 7]


def test_article_page_query_count_does_not_grow_with_the_archive(client, newsroom):
    url = newsroom(10).pages[0].url
    assert _article_queries(client, url) == ARTICLE_PAGE_QUERIES
    articles_generate(count=190)
    assert _article_queries(client, url) == ARTICLE_PAGE_QUERIES


def test_article_page_query_count_does_not_grow_with_its_pictures(client, newsroom, tmp_path):
    from conftest import article_record

    record = article_record(1, tmp_path)
    picture = record["body"][4]
    authors = [
        *record["authors"],
        {"name": "Beat Beispiel", "photo": record["authors"][0]["photo"]},
    ]
    # Two: the modules show a teaser (its counter, filled per request, is one of the queries).
    many = newsroom(2, body=[picture] * 8, authors=authors).pages[0]
    assert _article_queries(client, many.url) == ARTICLE_PAGE_QUERIES


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


def test_a_video_file_behind_a_query_string_plays_in_the_page(client, newsroom):
    video = {"url": "https://example.org/clip.MP4?token=1", "title": "Clip"}
    page = newsroom(1, body=[{"type": "video", "value": video}]).pages[0]
    html = client.get(page.url).content.decode()
    assert '<source src="https://example.org/clip.MP4?token=1" type="video/mp4">' in html
