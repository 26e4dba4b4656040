"""The site and page of a reader's request, found before Wagtail's serve view looks for them.

Wagtail finds the request's site with a query of four CASE branches (compiling it alone took
longer than running it), then loads the site's root page and its specific row, and asks the
root page for the page of the path (home.models.HomePage.route): three queries and a few
milliseconds before the page is served. Wagtail keeps what it found on the request
(`_wagtail_site`, `_wagtail_route_for_request`); `PageRouteMiddleware` fills both in first:

- the site from a memo per process, by host and port, valid while the sites' version in the
  cache is the one it was read with (`sites_changed` renews it whenever a Site is saved or
  deleted, and again after the commit, so every process sees a changed site at its next
  request);
- the page of the path in one query (`home.models.page_at`), below the site's root path from
  Wagtail's cached root paths.

The home page itself ("/"), sites with page types that route sub-paths, and paths without a
page go Wagtail's way, as before.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, transaction
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site

from core.changes import cache_token
from home.models import page_at, plain_routing

SITES_VERSION_KEY = "sites-version"
MEMO_SIZE = 100  # hosts and ports (only allowed hosts get this far)
_sites: dict[tuple[str, int], tuple[str, dict]] = {}  # (host, port): (version, the Site's fields)


def sites_changed(**kwargs) -> None:
    """A Site was saved or deleted: every process reads the sites anew, now and again after
    the commit (a request that read the new version but the sites before the commit would
    otherwise keep the old ones under it)."""
    _version_renew()
    transaction.on_commit(_version_renew)


def _version_renew() -> None:
    cache.set(SITES_VERSION_KEY, uuid.uuid4().hex[:16], timeout=None)


def site_for_request(request) -> Site | None:
    """The request's site, as Wagtail finds it (`Site.find_for_request`), from the memo while
    the sites have not changed: a Site object of its own for each request, nothing loaded
    with it."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    # As Wagtail reads them (Site._find_for_request).
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    version = cache_token(SITES_VERSION_KEY) or ""
    memo = _sites.get(key)
    if memo is not None and memo[0] == version:
        request._wagtail_site = Site.from_db("default", list(memo[1]), list(memo[1].values()))
        return request._wagtail_site
    site = Site.find_for_request(request)
    if site is not None and version:
        if len(_sites) >= MEMO_SIZE:
            _sites.clear()
        fields = {
            field.attname: getattr(site, field.attname) for field in Site._meta.concrete_fields
        }
        _sites[key] = (version, fields)
    return site


class PageRouteMiddleware:
    """Finds the site and the page of a request to Wagtail's serve view (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        try:
            self._route(request, view_args, view_kwargs)
        except (OperationalError, InterfaceError):
            # The database does not answer: the view meets it too, and answers 503 there
            # (core.middleware.DatabaseUnavailableMiddleware sees only the view's errors).
            for found in ("_wagtail_site", "_wagtail_route_for_request"):
                request.__dict__.pop(found, None)
        return None

    def _route(self, request, view_args, view_kwargs):
        site = site_for_request(request)
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        if (
            site is None
            or not components
            or not plain_routing()
            or getattr(settings, "WAGTAIL_I18N_ENABLED", False)
        ):
            return None
        # Wagtail's root paths, cached on the request as Wagtail caches them for its URLs.
        root_paths = getattr(request, "_wagtail_cached_site_root_paths", None)
        if root_paths is None:
            root_paths = request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
        root_path = next((root.root_path for root in root_paths if root.site_id == site.pk), None)
        if root_path is None:
            return None
        page = page_at(root_path + "/".join(components) + "/")
        if page is None:
            return None  # Wagtail walks the tree: a 404 as before, or whatever it finds
        try:
            request._wagtail_route_for_request = page.route(request, [])
        except Http404:
            request._wagtail_route_for_request = None
