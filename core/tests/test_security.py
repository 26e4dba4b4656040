"""Security headers (core.security): the newsroom's policy, previews, the stylesheet hashes.
The readers' policy on every reader page type: tests/reader/test_reader_pages.py."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.template.loader import get_template
from django.test import Client

from core.security import inline_style_hashes, source_hash


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in directives}


def test_the_inline_stylesheet_hashes_are_computed_once_per_process():
    assert inline_style_hashes() is inline_style_hashes()
    assert len(inline_style_hashes()) == 2


@pytest.mark.django_db
def test_a_preview_has_the_readers_policy_and_may_be_framed_by_the_admin(article):
    # Wagtail renders a preview through the middleware with a dummy request of the page's
    # path, then shows it in a frame of the admin.
    response = article.make_preview_request()
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"] and csp["frame-ancestors"] == ["'self'"]
    assert policy(Client().get(article.url))["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_the_newsroom_works_under_its_own_policy(client, article):
    admin = get_user_model().objects.create_superuser("chef", "chef@example.org", "pw")
    client.force_login(admin)
    for path in ("/admin/login/", "/admin/", f"/admin/pages/{article.pk}/edit/"):
        response = Client().get(path) if path == "/admin/login/" else client.get(path)
        assert response.status_code == 200, path
        csp = policy(response)
        # Wagtail 8's admin has inline scripts and event handlers (docs/operations.md).
        assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
        assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
        assert not any(value.startswith("'sha256-") for value in csp["style-src"])
        assert "microphone=()" in response["Permissions-Policy"]


def test_the_health_check_and_feeds_get_the_headers_too(client, db):
    response = client.get("/robots.txt")
    assert policy(response)["default-src"] == ["'self'"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_error_page_stylesheet_is_allowed_by_its_hash():
    html = get_template("500.html").render()
    style = re.search(r"<style>(.*?)</style>", html, flags=re.S).group(1)
    assert source_hash(style) in inline_style_hashes()
