"""The content API's article listing with an archive that grows: its own articles per test
(not the data kept for test_api.py)."""

from demo.synthetic import articles_generate

from .conftest import API, warm_query_count

# Site, restrictions, COUNT, articles, authors, topics, regions, renditions, sections.
ARTICLE_LISTING_QUERIES = 10


def test_article_listing_query_count_does_not_grow_with_the_archive(client, newsroom):
    newsroom(10)
    url = f"{API}/articles/?limit=20"
    assert warm_query_count(client, url) == ARTICLE_LISTING_QUERIES
    articles_generate(count=2000)
    assert warm_query_count(client, url) == ARTICLE_LISTING_QUERIES
