"""Response headers for public pages (docs/design.md §3: anonymous pages are fully cacheable).

This module is the one place that decides how long caches may keep a public page and which
cache tags it carries; `core.models.PublicPageMixin` applies it to every reader-facing page.

- `Cache-Control` is for browsers and for shared caches that nobody purges (a CDN): short.
- `Surrogate-Control` is for our own edge cache (Varnish, ops/varnish/depesche.vcl), which is
  purged on every change and strips the header before it answers readers.
- `X-Cache-Tags` names what the page shows, so that a change purges exactly the pages that show
  it (the edge app's purge plan; docs/operations.md, «Edge cache»):
  `page-<id>`: shows page <id>'s own fields (title, photo, teaser …);
  `list-<id>`: lists the articles of page <id> (a section, topic, region or author), every
  paginated page of it; `list-all`: lists the newest articles of the whole site (home page);
  `nav`: shows the site's navigation (every page: base.html), purged when a page directly
  below the home page changes; `feeds`: lists or shows articles for machines (the feeds,
  sitemaps, the API and ninjs), purged on every change.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_cache_control

TAGS_HEADER = "X-Cache-Tags"
LIST_ALL = "list-all"
# The search results: any article's new text may make it match (an edit that moves it in no
# list renews it, not `list-all`: edge.signals).
SEARCH = "search"
NAV = "nav"
# Every cached object carries it (ops/varnish/depesche.vcl), every kept fragment too
# (core.fragments): for changes too large to list.
ALL = "all"
FEEDS = "feeds"


def page_tag(page_id: int) -> str:
    return f"page-{int(page_id)}"


def ticker_tag(article_id: int) -> str:
    """The tag of everything that shows the entries of the article's live ticker."""
    return f"ticker-{int(article_id)}"


def list_tag(page_id: int | None) -> str:
    """The tag of the pages that list the articles of `page_id` (None: of the whole site)."""
    return LIST_ALL if page_id is None else f"list-{int(page_id)}"


@dataclass(frozen=True)
class CachePolicy:
    """How long a public response may be kept, in seconds. `browser`: readers' browsers;
    `shared`: shared caches that are not purged (s-maxage); `edge`: our Varnish, purged on
    change (Surrogate-Control). The stale windows apply to all shared caches."""

    browser: int
    shared: int
    edge: int
    stale_while_revalidate: int
    stale_if_error: int


def cache_policy(*, kind: str, published_at=None) -> CachePolicy:
    """The policy of a page kind: "front" (the home page), "article" (by the age of
    `published_at`: seconds while it is fresh news, minutes once it is older than
    DEPESCHE_CACHE_FRESH_HOURS) or "listing" (sections, topics, regions, authors and the
    other public pages)."""
    front = settings.DEPESCHE_CACHE_FRONT_SECONDS
    if kind == "front":
        browser = shared = edge = front
    elif kind == "article":
        fresh_until = timedelta(hours=settings.DEPESCHE_CACHE_FRESH_HOURS)
        if published_at is None or timezone.now() - published_at < fresh_until:
            browser, shared = front, front
            edge = settings.DEPESCHE_CACHE_S_MAXAGE
        else:
            browser = settings.DEPESCHE_CACHE_S_MAXAGE
            shared = edge = settings.DEPESCHE_CACHE_ARCHIVE_SECONDS
    else:
        browser = settings.DEPESCHE_CACHE_MAX_AGE
        shared = edge = settings.DEPESCHE_CACHE_S_MAXAGE
    return CachePolicy(
        browser=browser,
        shared=shared,
        edge=edge,
        stale_while_revalidate=settings.DEPESCHE_CACHE_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.DEPESCHE_CACHE_STALE_IF_ERROR,
    )


def public_cache_control(response, policy: CachePolicy | None = None, tags=()):
    """Let shared caches keep a response that is the same bytes for every reader.

    stale-while-revalidate keeps spikes off the app while a fresh copy is fetched, and
    stale-if-error keeps pages up while the app or the database is down. Without a policy, the
    listing pages' one applies.
    """
    policy = policy or cache_policy(kind="listing")
    patch_cache_control(
        response,
        public=True,
        max_age=policy.browser,
        s_maxage=policy.shared,
        stale_while_revalidate=policy.stale_while_revalidate,
        stale_if_error=policy.stale_if_error,
    )
    response["Surrogate-Control"] = (
        f"max-age={policy.edge}, stale-while-revalidate={policy.stale_while_revalidate}, "
        f"stale-if-error={policy.stale_if_error}"
    )
    if tags:
        set_cache_tags(response, tags)
    return response


def set_cache_tags(response, tags) -> None:
    """Name what the response shows (module docstring), merged with tags it already has."""
    existing = response.get(TAGS_HEADER, "").split()
    response[TAGS_HEADER] = " ".join(sorted({*existing, *tags}))


def cache_tags(response) -> set[str]:
    return set(response.get(TAGS_HEADER, "").split())
