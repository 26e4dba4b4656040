"""The site's address: every absolute URL the site hands out names the address it is served at
(core.services.site_address_set, run by `make run` and `make prod`)."""

import re
import urllib.request
from urllib.error import HTTPError

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Site

from core.errors import Refused
from core.services import site_address_set

ADDRESSES = re.compile(r"https?://[^\s<>\"']+")
NAMESPACES = re.compile(r'xmlns(?::\w+)?="([^"]+)"')  # names, not addresses


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (the live server)
            return response.status, response.read()
    except HTTPError as error:
        return error.code, b""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_url_of_the_feeds_and_sitemaps_answers_on_the_running_server(live_server, newsroom):
    newsroom(3)
    call_command("site_address", live_server.url)
    named = set()
    for path in ("/feeds/rss/", "/feeds/atom/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"):
        status, body = _get(live_server.url + path)
        assert status == 200, path
        text = body.decode()
        urls = {url.replace("&amp;", "&") for url in ADDRESSES.findall(text)}
        named |= urls - set(NAMESPACES.findall(text))
    assert any("/media/" in url for url in named)  # the pictures, too
    assert len(named) > 10
    for url in sorted(named):
        assert url.startswith(live_server.url + "/"), url
        assert _get(url)[0] == 200, url


@pytest.mark.django_db
def test_the_address_sets_the_default_sites_host_and_port():
    site_address_set(base_url="http://127.0.0.1:8000")
    site_address_set(base_url="http://127.0.0.1:8000/")  # again: nothing changes
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8000, "http://127.0.0.1:8000")
    site_address_set(base_url="https://news.example.org")
    assert Site.objects.get(is_default_site=True).root_url == "https://news.example.org"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("127.0.0.1:8000", "ist keine Adresse einer Website wie http://127.0.0.1:8000"),
        ("ftp://news.example.org", "ist keine Adresse einer Website"),
        ("http://:8000", "ist keine Adresse einer Website"),
        ("http://news.example.org:99999", "ist keine Adresse einer Website"),
        ("http://news.example.org/news/", "Die Adresse einer Website hat keinen Pfad"),
        ("https://news.example.org:8443", "https nur auf Port 443"),
    ],
)
def test_a_bad_address_is_refused_in_german_and_changes_nothing(value, message):
    before = Site.objects.values_list("hostname", "port").get(is_default_site=True)
    with translation.override("de-ch"):
        with pytest.raises(Refused, match=message):
            site_address_set(base_url=value)
        with pytest.raises(CommandError, match=message):
            call_command("site_address", value)
    assert Site.objects.values_list("hostname", "port").get(is_default_site=True) == before
