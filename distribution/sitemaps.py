"""XML sitemaps (https://www.sitemaps.org/protocol.html) through django.contrib.sitemaps:
an index at /sitemap.xml that lists paged sitemaps of articles, sections, topics, regions,
authors and the home page, each page one bounded query (LIMIT/OFFSET on the primary key,
as rows, never model instances of the whole archive); and a Google News sitemap of the last
48 hours (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from articles.subjects import pages_public
from authors.models import AuthorIndexPage, AuthorPage
from distribution.selectors import in_site, public_articles
from distribution.site import SiteRoot
from home.models import HomePage
from taxonomy.models import RegionPage, SectionPage, TopicIndexPage, TopicPage

# URLs per sitemap page: 100'000 articles make 20 pages, each rendered in well under a second.
PAGE_SIZE = 5000


class PageSitemap(Sitemap):
    """Pages of one kind below the current Wagtail site's root, as (url_path,
    last_published_at) rows in primary-key order, so that new pages land on the last
    sitemap page and the others stay the same (and cached)."""

    limit = PAGE_SIZE

    def __init__(self, *, site: SiteRoot):
        self.site = site

    model = None

    def queryset(self):
        return in_site(pages_public(self.model.objects.all()), site=self.site)

    def items(self):
        return self.queryset().order_by("pk").values("url_path", "last_published_at")

    # Django builds <loc> from protocol, domain and location: all three come from the Wagtail
    # site, never from the request's Host header (distribution.site).
    def get_protocol(self, protocol=None):
        return urlsplit(self.site.root_url).scheme

    def get_domain(self, site=None):
        return urlsplit(self.site.root_url).netloc

    def location(self, item):
        return "/" + item["url_path"][len(self.site.root_path) :]

    def lastmod(self, item):
        return item["last_published_at"]


class ArticleSitemap(PageSitemap):
    def queryset(self):
        return public_articles(site=self.site)


class SectionSitemap(PageSitemap):
    model = SectionPage


class TopicSitemap(PageSitemap):
    model = TopicPage


class RegionSitemap(PageSitemap):
    model = RegionPage


class AuthorSitemap(PageSitemap):
    model = AuthorPage


class HomeSitemap(PageSitemap):
    """The home page and the lists of topics and authors."""

    def queryset(self):
        pages = pages_public(Page.objects.type(HomePage, TopicIndexPage, AuthorIndexPage))
        return in_site(pages, site=self.site)


# The sections of the index, in its order; the key is the URL: /sitemap-<key>.xml
SITEMAPS = {
    "home": HomeSitemap,
    "sections": SectionSitemap,
    "topics": TopicSitemap,
    "regions": RegionSitemap,
    "authors": AuthorSitemap,
    "articles": ArticleSitemap,
}


def sitemaps_for(*, site: SiteRoot) -> dict[str, PageSitemap]:
    return {name: sitemap(site=site) for name, sitemap in SITEMAPS.items()}
