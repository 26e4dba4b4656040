"""Feed tests that import articles of their own, not the one test_feeds.py keeps for its
tests: every field, subjects, unpublished articles, the size and the query count."""

import pytest

from demo.synthetic import articles_generate

from .conftest import BASE, SPORT_ARTICLE, warm_query_count
from .test_feeds import parse


@pytest.mark.parametrize("url", ["/feeds/rss/", "/feeds/atom/"])
def test_site_feed_lists_articles_with_every_field(client, newsroom, url):
    authors = [
        {"name": "Anna Muster", "role": "Redaktorin"},
        {"name": "Beat Beispiel"},
    ]
    newsroom(2, authors=authors, updated_at="2026-01-05T10:30:00+01:00")
    _response, feed = parse(client, url)

    assert len(feed.entries) == 2
    entry = feed.entries[0]
    assert entry.title == "Gemeinderat plant neue Velo-Route Nummer 2"
    assert entry.link == f"{BASE}/schweiz/gemeinderat-plant-neue-velo-route-nummer-2/"
    assert entry.summary == "Die neue Route soll ab Frühling 2027 befahrbar sein."
    assert [author.name for author in entry.authors] == ["Anna Muster", "Beat Beispiel"]
    terms = [tag.term for tag in entry.tags]
    assert terms == ["Schweiz", "Verkehr", "Velo"]
    assert entry.published_parsed[:5] == (2026, 1, 5, 7, 0)
    assert entry.updated_parsed[:5] == (2026, 1, 5, 9, 30)
    enclosure = entry.enclosures[0]
    assert enclosure.href.startswith(f"{BASE}/media/images/")
    assert enclosure.type == "image/webp"
    assert int(enclosure.length) > 1000
    assert feed.feed.language.lower().startswith("de")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_subject_feeds_list_only_their_articles(client, newsroom, kind):
    pages = newsroom(1).pages
    newsroom_other = newsroom  # a second import with other taxonomy
    other = newsroom_other(
        1,
        **SPORT_ARTICLE,
        external_id="other-1",
    ).pages
    assert pages and other

    def titles(path):
        return [entry.title for entry in parse(client, f"/feeds/{kind}/{path}")[1].entries]

    first = "Gemeinderat plant neue Velo-Route Nummer 1"
    hockey = "Eishockey: Der Meister verliert"
    assert titles("section/schweiz/") == [first]
    assert titles("section/sport/") == [hockey]
    assert titles("topic/verkehr/") == [first]
    assert titles("topic/eishockey/") == [hockey]
    assert titles("author/chris-sport/") == [hockey]
    # A region's feed includes its sub-regions.
    assert titles("region/welt/europa/schweiz/zuerich/winterthur/") == [first]
    assert titles("region/welt/europa/schweiz/bern/") == [hockey]
    assert sorted(titles("region/welt/europa/schweiz/")) == sorted([first, hockey])


def test_unpublished_articles_are_not_in_feeds(client, newsroom):
    from articles.models import ArticlePage

    pages = newsroom(2).pages
    ArticlePage.objects.get(pk=pages[0].pk).unpublish()
    entries = parse(client, "/feeds/rss/")[1].entries
    assert [entry.title for entry in entries] == [pages[1].title]


def test_feed_holds_at_most_50_items(client, newsroom):
    newsroom(1)
    articles_generate(count=60)
    assert len(parse(client, "/feeds/rss/")[1].entries) == 50


# Site, articles, authors, topics, renditions, sections (+ the subject). The view
# restrictions are kept in the cache (core.restrictions): no query.
FEED_QUERIES = {"/feeds/rss/": 6, "/feeds/atom/section/schweiz/": 7}


@pytest.mark.parametrize("url", FEED_QUERIES)
def test_feed_query_count_does_not_grow_with_the_archive(client, newsroom, url):
    newsroom(10)
    assert warm_query_count(client, url) == FEED_QUERIES[url]
    articles_generate(count=2000)
    assert warm_query_count(client, url) == FEED_QUERIES[url]
