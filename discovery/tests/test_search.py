"""/suche/: full text over headline, lead, key points and body through Wagtail's search
backend, filters, highlighting, pagination; no query string makes it fail."""

import copy
import re

import pytest
from django.db import connection
from django.test import Client

from conftest import kept_for_module
from discovery.tests.helpers import articles_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture(scope="module")
def archive_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """The articles searched, imported once for the module (conftest's `kept_for_module`)."""
    specs = [
        {
            "headline": "Lawinengefahr im Wallis steigt",
            "section": "Schweiz",
            "lead": "Der Schnee bleibt liegen.",
            "hours_ago": 5,
        },
        {
            "headline": "Eishockey: Final in Bern",
            "section": "Sport",
            "lead": "Der SC Bern gewinnt.",
            "hours_ago": 30 * 24,
        },
        {
            "headline": "Neue Velo-Route",
            "section": "Schweiz",
            "lead": "Eine Route für Velos.",
            "key_points": ["Die Strecke quert den Eulachpark."],
            "body": [{"type": "paragraph", "value": "Die Bauarbeiten beginnen im Frühling."}],
            "hours_ago": 2,
        },
        {
            "headline": "Budget <b>genehmigt</b>",
            "section": "Schweiz",
            "lead": "Der Rat sagt Ja zum <script>Budget</script>.",
            "hours_ago": 1,
        },
    ]
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            pages = articles_publish(tmp_path_factory.mktemp("archive"), specs)
        yield pages


@pytest.fixture
def archive(archive_built):
    return copy.deepcopy(archive_built)


def titles(html: str) -> list[str]:
    return re.findall(r'<span class="teaser__title">(.*?)</span>', html)


def plain(html_fragment: str) -> str:
    return re.sub(r"</?mark>", "", html_fragment)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Lawinengefahr", "Lawinengefahr im Wallis steigt"),  # headline
        ("gewinnt", "Eishockey: Final in Bern"),  # lead
        ("Eulachpark", "Neue Velo-Route"),  # key points
        ("Bauarbeiten", "Neue Velo-Route"),  # body
    ],
)
def test_search_finds_words_in_every_part_of_the_article(client, archive, query, expected):
    html = client.get("/suche/", {"q": query}).content.decode()
    assert [plain(t) for t in titles(html)] == [expected]
    assert f"1 Artikel gefunden für «{query}»" in html


def test_every_word_must_match(client, archive):
    html = client.get("/suche/", {"q": "Bauarbeiten Wallis"}).content.decode()
    assert titles(html) == []
    assert "0 Artikel gefunden" in html


def test_search_stems_german_words(client, archive):
    # None of these words is in the text as it is written: a German stemmer (PostgreSQL's, or
    # the articles' stems on SQLite) finds "Eulachpark", "Bauarbeiten", "Strecke", "Velo-Route" and
    # "Frühling" all the same.
    for query in ("Eulachparks", "Bauarbeit", "Routen Frühlings", "Strecken Bauarbeit"):
        html = client.get("/suche/", {"q": query}).content.decode()
        assert [plain(t) for t in titles(html)] == ["Neue Velo-Route"], (connection.vendor, query)


def test_filters_by_section_and_date(client, archive):
    html = client.get("/suche/", {"q": "Bern", "section": "sport"}).content.decode()
    assert [plain(t) for t in titles(html)] == ["Eishockey: Final in Bern"]
    html = client.get("/suche/", {"q": "Bern", "section": "schweiz"}).content.decode()
    assert titles(html) == []
    from django.utils import timezone

    today = timezone.localdate().isoformat()
    html = client.get("/suche/", {"q": "Bern", "from": today}).content.decode()
    assert titles(html) == []
    html = client.get("/suche/", {"q": "Bern", "to": today}).content.decode()
    assert [plain(t) for t in titles(html)] == ["Eishockey: Final in Bern"]


def test_matches_are_marked_and_the_text_stays_text(client, archive):
    html = client.get("/suche/", {"q": "Budget"}).content.decode()
    assert "<mark>Budget</mark> &lt;b&gt;genehmigt&lt;/b&gt;" in html
    assert "&lt;script&gt;<mark>Budget</mark>&lt;/script&gt;" in html
    assert "<script>" not in html


def test_the_query_is_shown_as_text(client, archive):
    html = client.get("/suche/", {"q": "<img src=x onerror=alert(1)> Budget"}).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; Budget" in html


BAD_QUERIES = [
    "",
    " ",
    "x" * 10_000,
    '"',
    '"Budget',
    "*",
    "Bud*",
    "AND(",
    "OR NOT AND",
    "Budget\x00",
    "\x00",
    "'; DROP TABLE wagtailcore_page; --",
    "NEAR(a b)",
    "title:Budget",
    "-Budget",
    "^Budget",
    "{title body}: x",
    "a & b | !c",
    "((((",
    "\\",
    "💥",
    "ß" * 200,
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_no_query_makes_search_fail(client, archive, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    assert "public" in response.headers["Cache-Control"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x" * 10_000}, "höchstens 200 Zeichen"),
        ({"q": "Budget\x00"}, "Nullzeichen"),
        ({"q": '"*("'}, "Geben Sie mindestens ein Wort"),
        ({"q": "Budget", "section": "gibts-nicht"}, "gültige Auswahl"),
        ({"q": "Budget", "from": "gestern"}, "gültiges Datum"),
        ({"q": "Budget", "from": "2026-02-30"}, "gültiges Datum"),
        ({"q": "Budget", "to": "99999-01-01"}, "gültiges Datum"),
        ({"q": "Budget", "from": "2026-05-01", "to": "2026-04-01"}, "vor dem Startdatum"),
    ],
)
def test_bad_input_gets_a_clear_message(client, archive, params, message):
    response = client.get("/suche/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert titles(html) == []


def test_search_is_cacheable_for_anonymous_readers(client, archive):
    response = client.get("/suche/", {"q": "Budget"})
    assert not response.cookies
    assert "Cookie" not in response.headers.get("Vary", "")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "s-maxage=60" in response.headers["Cache-Control"]


def test_the_home_page_and_listings_link_to_search(client, archive):
    for url in ("/", "/schweiz/", "/autoren/anna-muster/"):
        html = client.get(url).content.decode()
        assert 'action="/suche/"' in html and 'role="search"' in html


def test_every_page_links_to_the_search_in_its_header(client, archive):
    for url in ("/", archive[0].url, "/suche/?q=Velo"):
        html = client.get(url).content.decode()
        header = html[html.index('<header class="site-header">') : html.index("</header>")]
        assert '<a class="search-link" href="/suche/">Suchen</a>' in header, url
