"""The vote endpoints of polls that do not exist, and their wrong methods: no article (beside
test_views.py, whose tests share theirs)."""

import pytest
from django.test import Client


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


def test_unknown_polls_and_wrong_methods(client, db):
    assert client.get("/engagement/polls/999/state/").status_code == 404
    assert client.get("/engagement/polls/999/").status_code == 404
    assert client.get("/engagement/polls/1/vote/").status_code == 405
    response = client.post("/engagement/polls/999/vote/", HTTP_ACCEPT="application/json")
    assert response.json()["error"] == "Diese Umfrage gibt es nicht (mehr)."
