"""Every public page type makes a fixed number of queries: the same with 10 and with 2'000
articles (docs/design.md §5). Counted warm (renditions made, Wagtail's site root paths and the
«Meistgelesen» list cached), as most requests are; the article page's cold count is pinned in
articles/tests."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from demo.synthetic import articles_generate
from engagement.models import ArticleStats, ArticleViewHour

pytestmark = pytest.mark.django_db

# the home page and its specific row (the site from a memo), the teasers' counts (the
# navigation is kept: taxonomy.selectors): the content is kept (discovery.selectors.
# home_rendered; rendered anew it reads slots, sections, candidates and the teasers it does not
# keep). (No page has a view restriction: Wagtail's 2 queries for them are skipped,
# core.restrictions.)
HOME = 3
# the page of the path (1: the site from a memo per process, the page in one query once the
# type of the page at its path is kept: reader.routing, home.models.page_at); the page's
# article ids, the teasers' counts (2: the teasers are kept, discovery.teasers); the
# navigation is kept (taxonomy.selectors). The author page adds its photo, the region page
# the regions within it.
SECTION = 3
TOPIC = 3
REGION = 4
AUTHOR = 4
# the article page's (articles/tests/test_pages.py): its content parts and modules are
# kept rendered when warm; cold, they are rendered with their queries (correction notes and
# the publisher's policy pages among them), and whether it has a live ticker (kept when warm);
# warm, the page (1), the counters of the page and of the modules' teasers (1: never kept);
# the navigation is kept. Cold (every cache emptied, so the site is read again), the modules'
# candidate lists are one statement, and the site's newest one more: with few articles read,
# they fill up «Meistgelesen» (discovery.selectors.article_modules).
ARTICLE = 2
ARTICLE_COLD = 22
# sections, count, results with teasers, renditions, site.
SEARCH = 5


def queries(client, url: str) -> int:
    assert client.get(url).status_code == 200  # warm: renditions, caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def clear_caches():
    for alias in ("default", "renditions"):
        caches[alias].clear()


def cold_queries(client, url: str) -> int:
    clear_caches()
    assert client.get(url).status_code == 200  # renditions made, also the teasers'
    clear_caches()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def budgets(article_url: str) -> dict:
    client = Client(HTTP_HOST="127.0.0.1")
    return {
        "article, cold": cold_queries(client, article_url),
        "home": queries(client, "/"),
        "section": queries(client, "/schweiz/"),
        "topic": queries(client, "/themen/verkehr/"),
        "region": queries(client, "/welt/europa/schweiz/zuerich/winterthur/"),
        "author": queries(client, "/autoren/anna-muster/"),
        "article": queries(client, article_url),
        "search": queries(client, "/suche/?q=Gemeinderat"),
    }


EXPECTED = {
    "article, cold": ARTICLE_COLD,
    "home": HOME,
    "section": SECTION,
    "topic": TOPIC,
    "region": REGION,
    "author": AUTHOR,
    "article": ARTICLE,
    "search": SEARCH,
}


def test_query_budgets_do_not_grow_with_the_archive(newsroom):
    pages = newsroom(10).pages
    ArticleStats.objects.create(article=pages[1], comments=3)
    ArticleViewHour.objects.create(article=pages[2], hour=timezone.now(), views=7)
    assert budgets(pages[0].url) == EXPECTED
    articles_generate(count=1990)
    assert budgets(pages[0].url) == EXPECTED
    # A later page of a listing costs what the first does.
    assert queries(Client(HTTP_HOST="127.0.0.1"), "/schweiz/?page=20") == SECTION
