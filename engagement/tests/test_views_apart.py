"""The engagement endpoints tested without the article test_views.py keeps for its tests: the
state of an unknown article."""

import pytest
from django.test import Client

from .test_views import BROWSER


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)


def test_state_of_an_unknown_article_is_a_clear_404(client, db):
    response = client.get("/engagement/articles/999999/")
    assert response.status_code == 404
    assert response.json()["error"] == "Diesen Artikel gibt es nicht (mehr)."
