"""/suche/ over articles each test imports itself: pagination, Wagtail's index updated on
publish and after `update_index` (the other search tests share one archive,
test_search.py)."""

import pytest
from django.test import Client

from discovery.tests.helpers import articles_publish
from discovery.tests.test_search import plain, titles
from discovery.views import RESULTS_PER_PAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def test_search_results_are_paginated(client, tmp_path):
    count = RESULTS_PER_PAGE + 3
    articles_publish(tmp_path, [{"headline": f"Meldung {n}"} for n in range(count)])
    first = client.get("/suche/", {"q": "Meldung"}).content.decode()
    assert len(titles(first)) == RESULTS_PER_PAGE
    assert f"{count} Artikel gefunden" in first
    assert 'href="/suche/?q=Meldung&amp;page=2"' in first
    second = client.get("/suche/", {"q": "Meldung", "page": "2"}).content.decode()
    assert len(titles(second)) == 3
    for bad in ("abc", "0", "3", "99999999999999999999"):
        assert client.get("/suche/", {"q": "Meldung", "page": bad}).status_code == 404


def test_published_articles_are_in_the_search_index(client, tmp_path):
    """Wagtail updates its index when the import publishes: no `update_index` needed."""
    from wagtail.search.backends import get_search_backend

    from articles.models import ArticlePage

    articles_publish(tmp_path, [{"headline": "Frisch importiert: Murmeltier gesichtet"}])
    results = get_search_backend().search("Murmeltier", ArticlePage)
    assert [page.title for page in results] == ["Frisch importiert: Murmeltier gesichtet"]


def test_generated_articles_are_searchable_after_update_index(client, newsroom):
    """`generate_articles` writes rows directly, bypassing Wagtail's index updates: the README
    says to run `update_index` afterwards, and this is why."""
    from django.core.management import call_command

    from articles.models import ArticlePage
    from demo.synthetic import articles_generate

    newsroom(1)
    articles_generate(count=5)
    generated = ArticlePage.objects.filter(external_id__isnull=True).first()
    query = {"q": generated.title}
    assert generated.title not in [
        plain(t) for t in titles(client.get("/suche/", query).content.decode())
    ]
    call_command("update_index", verbosity=0)
    found = [plain(t) for t in titles(client.get("/suche/", query).content.decode())]
    assert generated.title in found
