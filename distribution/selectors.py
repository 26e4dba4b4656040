"""Reads for feeds, sitemaps, structured data and the API. Each runs a fixed number of
queries whatever the size of the archive (docs/design.md §5); tests pin the counts.

Only public pages (live, outside private sections: Wagtail's view restrictions, through
articles.subjects) are ever read here: drafts, unpublished and restricted pages never reach a
feed, a sitemap or the API.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page

from articles.models import ArticleAuthor, ArticlePage, ArticleTopic
from articles.subjects import articles_public, pages_public, subject_filters, subject_model
from distribution.site import SiteRoot
from images.models import NewsRendition
from taxonomy.models import RegionPage, SectionPage, TopicPage

FEED_ITEMS = 50
NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_ITEMS = 1000


def in_site(queryset, *, site: SiteRoot):
    """Keep the pages below this site's root (a no-op filter when there is one site)."""
    if site.only_site:
        return queryset
    return queryset.filter(url_path__startswith=site.root_path)


def public_articles(*, site: SiteRoot, subject=None):
    """The public articles of this site (articles.subjects), optionally of one subject."""
    return in_site(articles_public(**subject_filters(subject)), site=site)


# -- Feeds -------------------------------------------------------------------------------------


def feed_subject(*, kind: str, path: str, site: SiteRoot):
    """The section, topic, region or author a feed is about: one query. `path` is the slug,
    or for a region its path from the site root ("welt/europa/schweiz"), since region slugs
    repeat in different countries. Raises Http404 for anything unknown or not public."""
    model = subject_model(kind)
    segments = [segment for segment in path.split("/") if segment]
    if model is None or not segments or (kind != "region" and len(segments) != 1):
        raise Http404("No such feed.")
    candidates = in_site(pages_public(model.objects.all()), site=site)
    candidates = candidates.filter(slug=segments[-1])  # indexed; a slug is unique per parent
    if kind == "region":
        candidates = candidates.filter(url_path=site.root_path + "/".join(segments) + "/")
    page = candidates.order_by("path").first()
    if page is None:
        raise Http404("No such feed.")
    return page


def feed_articles(*, site: SiteRoot, subject=None, limit: int = FEED_ITEMS) -> list[ArticlePage]:
    """The newest public articles, optionally of one section, topic, region (sub-regions
    included) or author, with everything a feed item shows: 5 queries (articles with their
    hero image, authors, topics, the hero images' renditions, the sections; a region's
    feed one more for the regions within it)."""
    articles = public_articles(site=site, subject=subject).select_related("hero_image")
    articles = list(
        articles.order_by("-first_published_at", "-pk").prefetch_related(
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
                to_attr="feed_authors",
            ),
            Prefetch(
                "article_topics",
                queryset=ArticleTopic.objects.select_related("topic").order_by("sort_order"),
                to_attr="feed_topics",
            ),
            Prefetch("hero_image__renditions", queryset=NewsRendition.objects.all()),
        )[:limit]
    )
    sections_attach(articles)
    return articles


def sections_attach(articles: list[ArticlePage]) -> None:
    """Set `section` on each article: its parent, read in one query for all of them (a
    section is the article's parent in the page tree, so its path is the article's path
    without the last step)."""
    steplen = Page.steplen
    paths = {article.path[:-steplen] for article in articles}
    sections = {
        section.path: section
        for section in SectionPage.objects.filter(path__in=paths).only("title", "path", "url_path")
    }
    for article in articles:
        article.section = sections.get(article.path[:-steplen])


# -- Structured data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleSubjects:
    """An article's topics and regions in the editors' order, as unsaved page objects that
    carry what structured data needs (title, url_path, kind): enough for `page_url`."""

    topics: list[TopicPage]
    regions: list[RegionPage]


def article_subjects(*, page: ArticlePage) -> ArticleSubjects:
    """All topics and regions of one article, in the editors' order: two queries. (The
    article page has them from `articles.selectors.article_detail` already.)"""
    return ArticleSubjects(
        topics=[link.topic for link in page.article_topics.select_related("topic")],
        regions=[link.region for link in page.article_regions.select_related("region")],
    )


# -- Google News sitemap -----------------------------------------------------------------------


def news_sitemap_articles(*, site: SiteRoot, now: datetime | None = None) -> list:
    """Articles first published in the last 48 hours, newest first, at most 1'000 (Google
    News reads no more): one query, on the indexed
    `first_published_at`."""
    since = (now or timezone.now()) - timedelta(hours=NEWS_SITEMAP_HOURS)
    return list(
        public_articles(site=site)
        .filter(first_published_at__gte=since)
        .order_by("-first_published_at", "-pk")
        .only("title", "url_path", "first_published_at")[:NEWS_SITEMAP_ITEMS]
    )


# -- Live tickers ------------------------------------------------------------------------------

# How many entries structured data, the ticker's feed, the API and ninjs carry: the newest.
TICKER_ENTRIES = 50


def article_ticker(*, page: ArticlePage):
    """The article's live ticker (tickers.Ticker) or None: one query, none when the page
    already holds it (`select_related("ticker")`, or read before on the same object)."""
    from tickers.models import Ticker

    try:
        return page.ticker
    except Ticker.DoesNotExist:
        return None


def ticker_entries(*, ticker, limit: int = TICKER_ENTRIES, pictures: bool = False) -> list:
    """The ticker's newest visible entries (not deleted), newest first, at most `limit`: one
    query on the (ticker, posted_at, id) index, whatever the number of entries; with
    `pictures`, their picture and poll too and one more query for the pictures' renditions
    (none when no entry has a picture)."""
    from tickers.models import Entry

    entries = Entry.objects.filter(ticker=ticker, deleted_at__isnull=True).order_by(
        "-posted_at", "-pk"
    )
    if pictures:
        entries = entries.select_related("image", "poll").prefetch_related(
            Prefetch("image__renditions", queryset=NewsRendition.objects.all())
        )
    else:
        entries = entries.defer("image_caption", "image_credit", "video_url")
    return list(entries[:limit])


def ticker_last_change(*, ticker) -> datetime | None:
    """When the ticker's entries last changed (a post, an edit or a deletion): every change
    stamps the ticker's next sequence number on its entry, so the entry with the highest one
    holds it. One query on the (ticker, sequence) index."""
    from tickers.models import Entry

    last = (
        Entry.objects.filter(ticker=ticker)
        .order_by("-sequence")
        .values_list("updated_at", "deleted_at")
        .first()
    )
    if last is None:
        return None
    return max(t for t in last if t is not None)


def ticker_article(*, site: SiteRoot, pk: int) -> ArticlePage | None:
    """A public article of this site that has a ticker (as `page.ticker`), else None: one
    query."""
    page = public_articles(site=site).filter(pk=pk).select_related("ticker").first()
    if page is not None and not hasattr(page, "ticker"):
        return None
    return page
