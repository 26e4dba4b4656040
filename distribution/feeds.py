"""RSS 2.0 and Atom feeds of the newest articles: all of them, or those of one section,
topic, region (sub-regions included) or author. Built on Django's syndication framework
(https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/); URLs in
docs/distribution.md.

Every URL in a feed is absolute on the Wagtail site's base URL (distribution.site), never on
the request's Host header. A feed is the same bytes for every reader and cacheable.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, rfc3339_date
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext

from core.http import FEEDS, cache_policy, page_tag, public_cache_control, ticker_tag
from distribution import live, selectors
from distribution.media import FEED_RENDITION, media_type, rendition_or_none, size_in_bytes
from distribution.site import SiteRoot, site_root_for_request

DC_NS = "http://purl.org/dc/elements/1.1/"


class MultiAuthorRssFeed(Rss201rev2Feed):
    """RSS 2.0 with one <dc:creator> per author (RSS's own <author> wants an e-mail address,
    which depesche does not publish) and <atom:updated> for corrected articles."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item.get("authors") or ():
            handler.addQuickElement("dc:creator", author["name"])
        if item["updateddate"] is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))


class MultiAuthorAtomFeed(Atom1Feed):
    """Atom with one <author> (name and author page) per author."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item.get("authors") or ():
            handler.startElement("author", {})
            handler.addQuickElement("name", author["name"])
            handler.addQuickElement("uri", author["url"])
            handler.endElement("author")


@dataclass
class FeedContext:
    """What one feed request is about; built once in get_object, read by the item methods."""

    site: SiteRoot
    subject: object | None
    kind: str
    feed_path: str


class ArticlesRssFeed(Feed):
    """The newest articles as RSS 2.0 (subclasses: Atom)."""

    feed_type = MultiAuthorRssFeed
    format_name = "rss"

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return public_cache_control(response, tags=[FEEDS])

    def get_object(self, request, kind: str = "", path: str = ""):
        site = site_root_for_request(request)
        subject = None
        if kind:
            subject = selectors.feed_subject(kind=kind, path=path, site=site)
        return FeedContext(site=site, subject=subject, kind=kind, feed_path=request.path)

    # -- the feed --------------------------------------------------------------------------

    def title(self, obj: FeedContext) -> str:
        if obj.subject is None:
            return settings.WAGTAIL_SITE_NAME
        return f"{obj.subject.title} – {settings.WAGTAIL_SITE_NAME}"

    def link(self, obj: FeedContext) -> str:
        if obj.subject is None:
            return obj.site.root_url + "/"
        return obj.site.page_url(obj.subject.url_path)

    def feed_url(self, obj: FeedContext) -> str:
        return obj.site.absolute(obj.feed_path)

    def description(self, obj: FeedContext) -> str:
        text = getattr(obj.subject, "description", "") or getattr(obj.subject, "bio", "")
        if text:
            return text
        if obj.subject is None:
            return gettext("The newest articles of %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}
        return gettext("The newest articles about %(subject)s") % {"subject": obj.subject.title}

    subtitle = description

    def author_name(self, obj: FeedContext) -> str:
        # Atom needs an author for entries without one: the newsroom.
        return settings.WAGTAIL_SITE_NAME

    def feed_copyright(self, obj: FeedContext) -> str:
        return f"© {settings.WAGTAIL_SITE_NAME}"

    def ttl(self):
        return str(max(1, settings.DEPESCHE_CACHE_S_MAXAGE // 60))

    def items(self, obj: FeedContext):
        articles = selectors.feed_articles(site=obj.site, subject=obj.subject)
        for article in articles:
            article.feed_site = obj.site
        return articles

    # -- the items -------------------------------------------------------------------------

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        # The lead is plain text; feed readers read <description>/<summary> as HTML.
        return escape(item.lead)

    def item_link(self, item) -> str:
        return item.feed_site.page_url(item.url_path)

    def item_guid(self, item) -> str:
        return item.feed_site.page_url(item.url_path)

    def item_guid_is_permalink(self, item) -> bool:
        return True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item) -> list[str]:
        categories = [link.topic.title for link in item.feed_topics]
        if item.section is not None:
            categories.insert(0, item.section.title)
        return categories

    def item_enclosures(self, item) -> list[Enclosure]:
        rendition = rendition_or_none(item.hero_image, FEED_RENDITION)
        if rendition is None:
            return []
        return [
            Enclosure(
                url=item.feed_site.absolute(rendition.url),
                length=str(size_in_bytes(rendition)),
                mime_type=media_type(rendition),
            )
        ]

    def item_extra_kwargs(self, item) -> dict:
        return {
            "authors": [
                {
                    "name": link.author.title,
                    "url": item.feed_site.page_url(link.author.url_path),
                }
                for link in item.feed_authors
            ]
        }


class ArticlesAtomFeed(ArticlesRssFeed):
    feed_type = MultiAuthorAtomFeed
    format_name = "atom"


# -- A live ticker's entries -------------------------------------------------------------------


class TickerAtomFeedGenerator(Atom1Feed):
    """Atom with each entry's HTML as <content> and the feed's <updated> at the ticker's
    last change: a deleted entry changes the feed too, though it leaves no item."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})

    def latest_post_date(self):
        changed = [t for t in (self.feed.get("changed_at"),) if t]
        if self.items:
            changed.append(super().latest_post_date())
        return max(changed, default=None) or super().latest_post_date()


@dataclass
class TickerFeedContext:
    site: SiteRoot
    page: object
    ticker: object
    article_url: str
    entries: list


class TickerAtomFeed(Feed):
    """/feeds/atom/live/<article id>/: the newest entries of a started live ticker, newest
    first (distribution.live). Tagged with the ticker's tag (purged with its updates
    endpoint when an entry is posted, edited or deleted) and the article's page tag. 4
    queries whatever the number of entries (the site, the article with its ticker, the
    entries, the last change), one more for the pictures' renditions and one for links to
    other pages in the entries' text."""

    feed_type = TickerAtomFeedGenerator

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        pk = kwargs["pk"]
        running = getattr(request, "_depesche_ticker_running", False)
        # A running ticker changes by the minute: kept as briefly as a fresh article (and
        # purged at the edge on every change); an ended one as a listing.
        policy = cache_policy(kind="article") if running else cache_policy(kind="listing")
        return public_cache_control(response, policy, tags=[ticker_tag(pk), page_tag(pk)])

    def get_object(self, request, pk: int):
        site = site_root_for_request(request)
        page = selectors.ticker_article(site=site, pk=pk)
        if page is None or not live.is_started(page.ticker):
            raise Http404("No such live ticker.")
        request._depesche_ticker_running = live.ticker_status(page.ticker) == live.RUNNING
        entries = selectors.ticker_entries(ticker=page.ticker, pictures=True)
        article_url = site.page_url(page.url_path)
        return TickerFeedContext(
            site=site,
            page=page,
            ticker=page.ticker,
            article_url=article_url,
            entries=live.machine_entries(entries, article_url=article_url, site=site),
        )

    def title(self, obj: TickerFeedContext) -> str:
        return gettext("%(title)s – live ticker – %(site)s") % {
            "title": obj.page.title,
            "site": settings.WAGTAIL_SITE_NAME,
        }

    def link(self, obj: TickerFeedContext) -> str:
        return obj.article_url

    def feed_url(self, obj: TickerFeedContext) -> str:
        return obj.site.absolute(reverse("distribution:feed_atom_ticker", args=[obj.page.pk]))

    def feed_guid(self, obj: TickerFeedContext) -> str:
        return obj.site.absolute(reverse("distribution:feed_atom_ticker", args=[obj.page.pk]))

    def subtitle(self, obj: TickerFeedContext) -> str:
        return obj.page.lead

    def author_name(self, obj: TickerFeedContext) -> str:
        return settings.WAGTAIL_SITE_NAME

    def feed_copyright(self, obj: TickerFeedContext) -> str:
        return f"© {settings.WAGTAIL_SITE_NAME}"

    def feed_extra_kwargs(self, obj: TickerFeedContext) -> dict:
        changed = [
            selectors.ticker_last_change(ticker=obj.ticker),
            obj.ticker.started_at,
            obj.ticker.ended_at,
        ]
        return {"changed_at": max((t for t in changed if t), default=None)}

    def items(self, obj: TickerFeedContext):
        return obj.entries

    def item_title(self, item) -> str:
        return item.headline

    def item_description(self, item) -> str:
        # Atom's <summary>: the plain text, shortened; <content> has the HTML.
        return escape(Truncator(item.text).words(60))

    def item_link(self, item) -> str:
        return item.url

    def item_guid(self, item) -> str:
        return item.guid

    def item_pubdate(self, item):
        return item.entry.posted_at

    def item_updateddate(self, item):
        return item.modified or item.entry.posted_at

    def item_categories(self, item) -> list[str]:
        categories = []
        if item.entry.is_key:
            categories.append(gettext("Key event"))
        if item.entry.is_pinned:
            categories.append(gettext("Pinned"))
        return categories

    def item_extra_kwargs(self, item) -> dict:
        return {"content": item.html}
