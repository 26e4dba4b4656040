"""Which cached pages a change makes stale, and telling Varnish to drop them.

Every public response names what it shows in its cache tags (core.http, core.models): the
article page its own `page-<id>`, its authors', topics' and regions' page tags; a listing page
its `list-<id>` and the `page-<id>` of every teaser on it. A change to an article therefore
purges `page-<article>` (the article page and every page that shows it as a teaser) and the
`list-` tags of every list it belongs to (its section, topics, regions and their ancestor
regions, authors and the home page and search results, `list-all`: it may enter or leave
them, and every paginated page of them shifts). Feeds, sitemaps, the API and ninjs (the
distribution app) carry the `feeds` tag, purged on every change.

Varnish soft-purges every cached object with a matching tag or path (ops/varnish/depesche.vcl,
`PURGE`, with the xkey vmod): one request per Varnish for the whole batch. A purged page is
fetched anew by its next reader, and kept for grace in case that fetch fails. No URL list is
needed to purge, but `PurgePlan.urls` names the first page of everything that is purged, for
people, logs and tests.
"""

import http.client
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from articles.models import ArticlePage
from articles.subjects import article_subjects
from core.http import ALL, FEEDS, NAV, list_tag, page_tag

logger = logging.getLogger(__name__)

# Feeds, sitemaps and the API list every recent article: any change purges them.
ALWAYS_PURGED_TAGS = frozenset({FEEDS})
# The tag the VCL gives every cached object: for changes too large to list.
EVERYTHING = frozenset({ALL})
# What a plan reads of a page: its URL, its place in the tree, its type.
PAGE_FIELDS = ("url_path", "path", "depth", "numchild", "content_type_id")
CHUNK = 500  # pages read at a time (SQLite limits the parameters of a query)
_TAG = re.compile(r"^[a-z0-9-]+$")
_PATH = re.compile(r"^/[A-Za-z0-9/_-]*$")


@dataclass(frozen=True)
class PurgePlan:
    """`tags`: cached objects with any of these tags go; `paths`: and those of these paths
    (any query string); `urls`: the first page of each, for people, logs and tests."""

    tags: frozenset[str] = field(default_factory=frozenset)
    paths: frozenset[str] = field(default_factory=frozenset)
    urls: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: "PurgePlan") -> "PurgePlan":
        return PurgePlan(
            tags=self.tags | other.tags,
            paths=self.paths | other.paths,
            urls=self.urls | other.urls,
        )

    def __bool__(self) -> bool:
        return bool(self.tags or self.paths)


def purge_plan(*, page_ids: Iterable[int] = (), shown_ids: Iterable[int] = ()) -> PurgePlan:
    """What to purge after the pages `page_ids` changed in any way (published, edited,
    unpublished, moved, about to be deleted) and the pages `shown_ids` changed only in what
    they show (a comment approved, a poll closed: they enter or leave no list, so only the
    cached pages that show them go, not every paginated page of their lists).

    Reads the current state: call it before a deletion, or after the commit of any other
    change. About 8 queries for any number of articles, and one more per other page.
    """
    page_ids, shown_ids = set(page_ids), set(shown_ids) - set(page_ids)
    if not page_ids and not shown_ids:
        return PurgePlan()
    tags, urls, paths = set(ALWAYS_PURGED_TAGS), set(), set()
    article_type = ContentType.objects.get_for_model(ArticlePage).pk
    articles, changed_articles = [], []
    # Plain pages (the tree's columns, not the models' own), CHUNK at a time: an import of
    # thousands of articles sends them in one batch, and holding each as its specific page
    # (body and all) grew a 5'000-post import by 55 MB.
    ids = sorted(page_ids | shown_ids)
    for start in range(0, len(ids), CHUNK):
        pages = Page.objects.filter(pk__in=ids[start : start + CHUNK]).only(*PAGE_FIELDS)
        for page in pages:
            tags.add(page_tag(page.pk))
            url = _url(page)
            urls.add(url)
            if url and page.numchild == 0:
                # Also what was cached at its path before it existed (a 404 before go-live).
                paths.add(url)
            if page.content_type_id == article_type:
                articles.append(page)
                if page.pk in page_ids:
                    changed_articles.append(page)
            elif page.pk in page_ids:
                # A new, renamed or removed page changes its parent's list of children
                # (the topic list, the author list, a region's sub-regions, the navigation).
                parent = page.get_parent()
                if parent is not None and parent.depth > 1:
                    tags.add(page_tag(parent.pk))
                    urls.add(_url(parent))
                if page.depth == 3:  # below the home page: a section in the navigation
                    tags.add(NAV)
    if articles:
        # Lists the articles may enter or leave: every page of them, by their list tags.
        # Lists that only show them are purged by the articles' page tags.
        listing_pages = _lists_of(articles)
        urls.update(_url(p) for p in listing_pages)
        urls.update(_url(site.root_page) for site in Site.objects.select_related("root_page"))
        if changed_articles:
            if len(changed_articles) < len(articles):
                listing_pages = _lists_of(changed_articles)
            tags.update(list_tag(p.pk) for p in listing_pages)
            tags.add(list_tag(None))
    return PurgePlan(tags=frozenset(tags), paths=frozenset(paths), urls=frozenset(urls) - {None})


def _lists_of(articles) -> list[Page]:
    """The pages whose article lists contain these articles: their subjects
    (articles.subjects.article_subjects: sections, topics, regions with their ancestor
    regions, authors)."""
    return list(
        Page.objects.filter(pk__in=article_subjects(articles=articles).ids())
        .only(*PAGE_FIELDS)
        .order_by("path")
    )


def _url(page) -> str | None:
    return page.get_url()


# -- Varnish -------------------------------------------------------------------------------------


def purge(plan: PurgePlan) -> bool:
    """Purge the plan's tags and paths in every configured Varnish (DEPESCHE_VARNISH_URLS).

    Returns whether every Varnish accepted the purge. A Varnish that is down or refuses is
    logged, never raised: publishing must not fail because a cache is unreachable (its pages
    expire after their short TTLs anyway).
    """
    if not plan or not settings.DEPESCHE_VARNISH_URLS:
        return True
    tags = sorted(t for t in plan.tags if _TAG.match(t))
    paths = sorted(p for p in plan.paths if _PATH.match(p))
    headers = {"X-Purge-Tags": " ".join(tags), "X-Purge-Paths": " ".join(paths)}
    ok = True
    for base in settings.DEPESCHE_VARNISH_URLS:
        ok &= _send_purge(base, {k: v for k, v in headers.items() if v})
    return ok


def _connection(base: str) -> http.client.HTTPConnection:
    """A connection to the Varnish at `base` (http or https), with the purge's timeout."""
    parts = urlsplit(base)
    connection_class = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    return connection_class(
        parts.hostname or "127.0.0.1", parts.port, timeout=settings.DEPESCHE_PURGE_TIMEOUT
    )


def can_refill(base: str) -> bool:
    """Whether the Varnish at `base` can fetch fresh pages now: its `/healthz` passes to the
    app servers (ops/varnish/depesche.vcl) and answers 503 while none is healthy or reaches
    its database. The purge then waits (edge.tasks.pages_changed): the purged pages would
    still be served from grace, but each reader's fetch of them would first have to fail. A
    Varnish that does not answer at all counts as able: the purge logs it, and a restarted
    Varnish is empty anyway."""
    connection = _connection(base)
    try:
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        response.read()
        # Only a 5xx says "no app server can answer": a 400 for a Host header the app does
        # not know still comes from a working app server.
        return response.status < 500
    except OSError:
        return True
    finally:
        connection.close()


def _send_purge(base: str, headers: dict) -> bool:
    connection = _connection(base)
    try:
        connection.request("PURGE", urlsplit(base).path or "/", headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            logger.error("Varnish %s refused the purge: HTTP %s", base, response.status)
            return False
        logger.info("purged at %s: %s", base, headers)
        return True
    except OSError as error:
        logger.error("Varnish %s could not be purged: %s", base, error)
        return False
    finally:
        connection.close()
