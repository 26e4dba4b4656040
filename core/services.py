"""Writes of the site's own set-up (STYLE.md: services)."""

from urllib.parse import urlsplit

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.errors import Refused

DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url_parse(value: str) -> tuple[str, int]:
    """The host name and port of a site address such as `http://127.0.0.1:8000` or
    `https://news.example.org`. Wagtail's Site builds absolute URLs from just these two
    (`Site.root_url`: https for port 443, http otherwise), so an address that they cannot
    express (a path, https on another port) is refused rather than silently changed."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise Refused(
            _("«%(value)s» is not a site address such as http://127.0.0.1:8000.")
            % {"value": value},
            code="base_url",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise Refused(
            _("A site address has no path, query or login: «%(value)s».") % {"value": value},
            code="base_url",
        )
    port = port or DEFAULT_PORTS[parts.scheme]
    if (parts.scheme == "https") != (port == 443):
        raise Refused(
            _("Wagtail serves https on port 443 only and http on any other port: «%(value)s».")
            % {"value": value},
            code="base_url",
        )
    return parts.hostname, port


@transaction.atomic
def site_address_set(*, base_url: str) -> Site:
    """Point the default Wagtail site at the address readers reach it at, so that every
    absolute URL (canonical, feeds, sitemaps, robots.txt, the API, e-mails) names it.
    Idempotent: `make run` and `make prod` call it on every start."""
    hostname, port = base_url_parse(base_url)
    site = Site.objects.select_for_update().get(is_default_site=True)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site
