"""The site's base URL for absolute links in feeds, sitemaps, structured data and the API.

Every absolute URL comes from Wagtail's Site record (hostname, port) through its cached
root paths, exactly as `Page.get_full_url` builds page URLs: never from the request's Host
header, so that a page is the same bytes whichever address a reader used
(docs/design.md §3). Production sets the Site's hostname, and port 443 for https, in the admin
(docs/distribution.md).
https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.Site
"""

from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.http import Http404
from wagtail.models import Site


@dataclass(frozen=True)
class SiteRoot:
    """The Wagtail site that answers a request: its id, base URL ("https://news.example.org",
    no trailing slash) and the `url_path` of its root page ("/home/")."""

    site_id: int
    root_url: str
    root_path: str
    only_site: bool

    def page_url(self, url_path: str) -> str:
        """The absolute URL of a page below this site's root, from its `url_path` alone
        (no query: what Wagtail's `get_url_parts` computes, without the lookups)."""
        return f"{self.root_url}/{url_path[len(self.root_path) :]}"

    def absolute(self, url: str) -> str:
        """A URL made absolute on this site; URLs that already are (object storage) stay."""
        if url.startswith(("http://", "https://")):
            return url
        return f"{self.root_url}{url if url.startswith('/') else '/' + url}"


def site_root_for_request(request) -> SiteRoot:
    """The site of this request: Wagtail's site lookup (one query, then kept on the request)
    and its cached root paths. Raises Http404 when no site is configured for the host."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site is configured for this host.")
    return site_root_for_site_id(site.pk)


def site_root_for_site_id(site_id: int) -> SiteRoot:
    """A site's root from Wagtail's root paths (in the default cache: no query when warm)."""
    paths = Site.get_site_root_paths()
    for entry in paths:
        if entry.site_id == site_id:
            return SiteRoot(
                site_id=site_id,
                root_url=entry.root_url.rstrip("/"),
                root_path=entry.root_path,
                only_site=len({p.site_id for p in paths}) == 1,
            )
    raise Http404("No site is configured for this host.")


def absolute_html(html: str, site: SiteRoot) -> str:
    """The body's links and pictures made absolute: a partner shows it on another site."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(True):
        for attribute in ("src", "href", "poster"):
            value = element.get(attribute)
            if value and value.startswith("/") and not value.startswith("//"):
                element[attribute] = site.absolute(value)
        srcset = element.get("srcset")
        if srcset:
            element["srcset"] = ", ".join(
                site.absolute(candidate.strip())
                if candidate.strip().startswith("/")
                else candidate.strip()
                for candidate in srcset.split(",")
            )
    return str(soup)
