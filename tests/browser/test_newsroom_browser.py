"""The newsroom as a new editor meets it: Wagtail's admin in headless Chromium."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import ArticlePage
from taxonomy.models import SectionPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESULTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def new_article_url(live_server, newsroom):
    newsroom(1)
    User.objects.create_superuser("chefin", "chefin@example.org", "Geheim-2026")
    section = SectionPage.objects.get()
    path = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    return live_server.url, path


def test_the_slug_fills_itself_from_the_headline(new_article_url, browser_page):
    base, path = new_article_url
    page = browser_page
    page.goto(base + "/admin/login/")
    page.locator("input[name=username]").fill("chefin")
    page.locator("input[name=password]").fill("Geheim-2026")
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url("**/admin/")
    page.goto(base + path)

    page.locator("#id_title").press_sequentially("Gemeinderat plant neue Velo-Route")
    slug = page.locator("#id_slug")
    expect(slug).to_have_value("gemeinderat-plant-neue-velo-route")

    page.locator("#id_lead").fill("Der Gemeinderat will eine sichere Route für Velos.")
    page.get_by_role("button", name="autor/in hinzufügen").click()
    page.locator(".modal").get_by_label("Anna Muster").check()
    page.locator(".modal").get_by_role("button", name="Auswahl bestätigen").click()
    key_points = page.locator("#panel-child-inhalt-key_points-section")
    key_points.get_by_role("button", name="Block einfügen").first.click()
    key_points.locator("input[type=text], textarea").first.fill("Eine sichere Route für Velos.")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_url("**/edit/")  # saved: Wagtail goes on to the draft's edit form
    page.screenshot(path=RESULTS / "newsroom-new-article.png", full_page=True)
    draft = ArticlePage.objects.get(title="Gemeinderat plant neue Velo-Route")
    assert draft.slug == "gemeinderat-plant-neue-velo-route" and not draft.live
