"""Article page tests with articles of their own, not the one test_pages.py keeps for its
tests: a kicker, the times, a video, and the query counts with an archive and many pictures."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from demo.synthetic import articles_generate


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


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


# Warm: the page (1: the site from a memo, the page in one query once its type is kept:
# reader.routing), the counters of the page and of the modules' teasers (1, never kept:
# discovery.selectors._counted); the navigation is kept (taxonomy.selectors). The content parts
# (reader.selectors.article_rendered: head, byline, body with its pictures and poll) and the
# modules under the article are kept rendered in the default cache, and no view restriction
# exists (core.restrictions). Cold (every cache emptied: the site is read again): the content
# parts add the authors, topics, regions, the hero image and the authors' photos, the
# renditions (7), the correction notes and the publisher's policy pages (2), the modules
# their candidate lists, teasers,
# renditions and «Meistgelesen» (4), Wagtail's site root paths and the view restrictions 1
# each, and whether the article has a live ticker (1: kept until the article changes when it
# has none, tickers.selectors.ticker_section).
ARTICLE_PAGE_QUERIES = [22, 2]


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


def test_a_video_file_behind_a_query_string_plays_in_the_page(client, newsroom):
    video = {"url": "https://example.org/clip.MP4?token=1", "title": "Clip"}
    page = newsroom(1, body=[{"type": "video", "value": video}]).pages[0]
    html = client.get(page.url).content.decode()
    assert '<source src="https://example.org/clip.MP4?token=1" type="video/mp4">' in html
