"""WordPress's short links (/?p=123) answer their redirect although / is the home page."""

import pytest
from wagtail.contrib.redirects.models import Redirect

pytestmark = pytest.mark.django_db


def test_short_link_answers_its_redirect(article, client):
    Redirect.add_redirect("/?p=123", redirect_to=article, is_permanent=True)
    response = client.get("/?p=123")
    assert response.status_code == 301
    assert response["Location"] == article.url
    # Wagtail's own middleware would never see it: / is the home page
    assert client.get("/?p=124").status_code == 200
    assert client.get("/?p=abc").status_code == 200
    assert client.get("/?p=１２３").status_code == 200  # digits, but not ASCII
    assert client.post("/?p=123").status_code != 301


def test_other_paths_are_left_to_wagtail(article, client):
    Redirect.add_redirect("/2019/05/tram/", redirect_to=article, is_permanent=True)
    assert client.get("/2019/05/tram/").status_code == 301
    assert client.get("/?q=123").status_code == 200
