import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

# Wagtail's default site is "localhost" on port 80: every absolute URL starts with this,
# whatever Host header the request had.
BASE = "http://localhost"
API = "/api/v2"
# A second article in another section, topic, region and byline than conftest.article_record's
# (pass its own external_id).
SPORT_ARTICLE = {
    "headline": "Eishockey: Der Meister verliert",
    "section": "Sport",
    "topics": ["Eishockey"],
    "primary_topic": "Eishockey",
    "regions": ["Europa > Schweiz > Bern"],
    "authors": [{"name": "Chris Sport"}],
}


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def get(client, url, status=200):
    """The JSON of a request to the API, whose status must be `status`."""
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return response.json()


def warm_query_count(client, url: str) -> int:
    """Queries of one request with Wagtail's root paths cached (a first request, not
    counted, creates renditions and fills the caches)."""
    assert client.get(url).status_code == 200
    caches["default"].get("wagtail_site_root_paths")  # warm since the request above
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
