"""The reader pages this app renders parse as strict HTML5 (the validator's first check)."""

import html5lib
import pytest
from django.test import Client

URLS = [
    "/",
    "/schweiz/",
    "/themen/verkehr/",
    "/welt/europa/schweiz/",
    "/autoren/anna-muster/",
    "/suche/",
    "/suche/?q=Gemeinderat",
    "/suche/?q=%22&from=gestern",
]


def test_reader_pages_are_well_formed_html5(newsroom):
    pages = newsroom(3).pages
    client = Client(HTTP_HOST="127.0.0.1")
    for url in [*URLS, pages[0].url]:
        response = client.get(url)
        assert response.status_code == 200, url
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            parser.parse(response.content.decode())
        except html5lib.html5parser.ParseError as error:
            pytest.fail(f"{url}: {error}")
