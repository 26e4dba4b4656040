"""The sitemaps tested without the article test_sitemaps.py keeps for its tests: the schemas'
own test, and the tests that import articles of their own (paging, lastmod, the news
sitemap, query counts that do not grow with the archive)."""

from datetime import timedelta

from django.utils import timezone
from lxml import etree

from demo.synthetic import articles_generate
from distribution import sitemaps

from .conftest import BASE, warm_query_count
from .test_sitemaps import NS, locations, schema, valid


def test_schemas_reject_what_the_protocol_forbids():
    """The hand-written schemas are strict enough to catch mistakes."""
    urlset = schema("sitemap.xsd")
    bad = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/relative/</loc></url></urlset>'
    assert not urlset.validate(etree.fromstring(bad))
    news = schema("news-sitemap.xsd")
    missing_title = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        b"<loc>http://localhost/a/</loc><news:news><news:publication><news:name>x</news:name>"
        b"<news:language>de</news:language></news:publication>"
        b"<news:publication_date>2026-01-05</news:publication_date></news:news></url></urlset>"
    )
    assert not news.validate(etree.fromstring(missing_title))


def test_article_sitemap_is_paged(client, newsroom, monkeypatch):
    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 4)
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 4)
    pages = newsroom(9).pages
    index = locations(valid(client, "/sitemap.xml", "siteindex.xsd"))
    article_maps = [url for url in index if "sitemap-articles" in url]
    assert article_maps == [
        f"{BASE}/sitemap-articles.xml",
        f"{BASE}/sitemap-articles.xml?p=2",
        f"{BASE}/sitemap-articles.xml?p=3",
    ]
    listed = []
    for url in article_maps:
        listed += locations(valid(client, url.removeprefix(BASE), "sitemap.xsd"))
    assert listed == [f"{BASE}{page.url}" for page in pages]  # oldest first, none twice


def test_lastmod_is_the_publication_date(client, newsroom):
    newsroom(1, updated_at="2026-01-07T10:30:00+01:00")
    document = valid(client, "/sitemap-articles.xml", "sitemap.xsd")
    assert document.xpath("//s:lastmod/text()", namespaces=NS) == ["2026-01-07"]


def test_news_sitemap_lists_the_last_48_hours(client, newsroom):
    now = timezone.now()
    recent = newsroom(
        1, first_published_at=(now - timedelta(hours=3)).isoformat(), headline="Frisch «&» neu"
    ).pages[0]
    newsroom(
        1,
        external_id="old-1",
        headline="Schon älter",
        first_published_at=(now - timedelta(hours=49)).isoformat(),
    )
    document = valid(client, "/sitemap-news.xml", "news-sitemap.xsd")
    urls = document.xpath("//s:url", namespaces=NS)
    assert len(urls) == 1
    url = urls[0]
    assert url.xpath("s:loc/text()", namespaces=NS) == [f"{BASE}{recent.url}"]
    news = url.xpath("news:news", namespaces=NS)[0]
    assert news.xpath("news:publication/news:name/text()", namespaces=NS) == ["depesche"]
    assert news.xpath("news:publication/news:language/text()", namespaces=NS) == ["de"]
    assert news.xpath("news:title/text()", namespaces=NS) == ["Frisch «&» neu"]
    published = news.xpath("news:publication_date/text()", namespaces=NS)[0]
    assert published.startswith((now - timedelta(hours=3)).astimezone().strftime("%Y-%m-%d"))


def test_news_sitemap_holds_at_most_1000_articles(client, newsroom, monkeypatch):
    from distribution import selectors

    monkeypatch.setattr(selectors, "NEWS_SITEMAP_ITEMS", 3)
    now = timezone.now()
    for number in range(5):
        newsroom(
            1,
            external_id=f"n-{number}",
            headline=f"Meldung {number}",
            first_published_at=(now - timedelta(minutes=10 + number)).isoformat(),
        )
    document = valid(client, "/sitemap-news.xml", "news-sitemap.xsd")
    titles = document.xpath("//news:title/text()", namespaces=NS)
    assert titles == ["Meldung 0", "Meldung 1", "Meldung 2"]
    assert selectors.NEWS_SITEMAP_ITEMS == 3 and sitemaps.PAGE_SIZE == 5000


# Site, one COUNT per sitemap (6). The view restrictions are kept in the cache
# (core.restrictions): no query.
INDEX_QUERIES = 7
# Site, the page's rows, the COUNT of the paginator.
ARTICLE_SITEMAP_QUERIES = 3
NEWS_SITEMAP_QUERIES = 2


def test_sitemap_query_counts_do_not_grow_with_the_archive(client, newsroom):
    newsroom(10)
    counts = {
        "/sitemap.xml": INDEX_QUERIES,
        "/sitemap-articles.xml": ARTICLE_SITEMAP_QUERIES,
        "/sitemap-news.xml": NEWS_SITEMAP_QUERIES,
    }
    assert {url: warm_query_count(client, url) for url in counts} == counts
    articles_generate(count=2000)
    assert {url: warm_query_count(client, url) for url in counts} == counts
