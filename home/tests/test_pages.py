"""The home page: pinned slots with an expiry, the latest, a block per section, «Meistgelesen»,
each article once; the editors' slot form in Wagtail's admin."""

import copy
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from conftest import kept_for_module
from discovery.tests.helpers import articles_publish
from engagement.models import ArticleStats, ArticleViewHour
from home.models import HomePage, HomeSlot

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(HTTP_HOST="127.0.0.1")


@pytest.fixture(scope="module")
def front_built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """24 articles in two sections, "Meldung 01" the newest: 5 on top, 8 latest, 4 in each
    section's block, 3 left for «Meistgelesen». Imported once for the module (conftest's
    `kept_for_module`): each test's changes are rolled back after it."""
    specs = [
        {"headline": f"Meldung {n:02d}", "section": "Sport" if n % 2 else "Schweiz", "hours_ago": n}
        for n in range(1, 25)
    ]
    with kept_for_module(request, django_db_blocker):
        with django_db_blocker.unblock():
            pages = articles_publish(tmp_path_factory.mktemp("front"), specs)
        yield pages


@pytest.fixture
def front(front_built):
    """The module's articles, as fresh objects for each test."""
    return copy.deepcopy(front_built)


def titles(html: str) -> list[str]:
    return re.findall(r'<span class="teaser__title">(.*?)</span>', html)


def lead_title(html: str) -> str:
    return re.search(
        r'<li class="teaser teaser--lead">.*?teaser__title">(.*?)</span>', html, re.S
    ).group(1)


def pin(article, *, slot: int = 0, hours: float = 2):
    home = HomePage.objects.get()
    HomeSlot.objects.create(
        page=home, article=article, sort_order=slot,
        expires_at=timezone.now() + timedelta(hours=hours),
    )  # fmt: skip


def test_without_pins_the_newest_article_leads(client, front):
    html = client.get("/").content.decode()
    assert lead_title(html) == "Meldung 01"


def test_every_article_appears_at_most_once(client, front):
    pin(front[9])
    ArticleViewHour.objects.create(article=front[0], hour=timezone.now(), views=500)
    html = client.get("/").content.decode()
    shown = titles(html)
    assert len(shown) == len(set(shown)) == 24
    for heading in ("Neueste Artikel", "Schweiz", "Sport", "Meistgelesen"):
        assert f">{heading}</" in html


def test_a_pinned_article_leads_until_its_expiry(client, front):
    pin(front[14], hours=1)
    html = client.get("/").content.decode()
    assert lead_title(html) == "Meldung 15"
    assert titles(html).count("Meldung 15") == 1
    # The time passes: the slot shows the newest article again, without a publish (and
    # without waiting for the kept home page to expire: discovery.selectors.home_rendered).
    later = timezone.now() + timedelta(hours=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        html = client.get("/").content.decode()
    assert lead_title(html) == "Meldung 01"


def test_a_pinned_article_that_was_unpublished_is_not_shown(client, front):
    pin(front[14])
    front[14].specific_class.objects.get(pk=front[14].pk).unpublish()
    html = client.get("/").content.decode()
    assert lead_title(html) == "Meldung 01"
    assert "Meldung 15" not in titles(html)


def test_an_expired_slot_falls_back_in_its_own_position(client, front):
    pin(front[14], slot=0)
    pin(front[15], slot=1, hours=-1)
    pin(front[16], slot=2)
    top = titles(client.get("/").content.decode())[:5]
    assert top == ["Meldung 15", "Meldung 01", "Meldung 17", "Meldung 02", "Meldung 03"]


def test_most_read_on_the_home_page_comes_from_the_view_counts(client, front):
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ArticleViewHour.objects.create(article=front[23], hour=hour, views=90)
    ArticleViewHour.objects.create(article=front[22], hour=hour, views=10)
    html = client.get("/").content.decode()
    block = html[html.index(">Meistgelesen<") :]
    assert titles(block)[:2] == ["Meldung 24", "Meldung 23"]
    assert "<ol" in block.split("</section>")[0]


def test_home_teasers_show_image_kicker_title_and_interactions(client, front):
    ArticleStats.objects.create(article=front[0], comments=12)
    html = client.get("/").content.decode()
    lead = re.search(r'<li class="teaser teaser--lead">.*?</li>', html, re.S).group(0)
    assert 'class="teaser__img"' in lead
    # A phone loads the small rendition: both teaser renditions, with the widths they fill.
    srcset = re.search(r'srcset="([^"]*)"', lead).group(1)
    assert re.fullmatch(r"\S*fill-480x320\S* 480w, \S*fill-800x533\S* 800w", srcset)
    assert 'sizes="(min-width: 48rem) 34rem, calc(100vw - 2rem)"' in lead
    assert '<span class="teaser__kicker">Verkehr</span>' in lead
    assert '<span class="teaser__count">12 Interaktionen</span>' in lead


def test_preview_shows_unsaved_slots(front, admin_user):
    home = HomePage.objects.get()
    home.slots = [
        HomeSlot(article=front[16], expires_at=timezone.now() + timedelta(hours=1)),
    ]
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1")
    request.user = admin_user
    response = home.make_preview_request(request)
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode()
    assert lead_title(html) == "Meldung 17"
    assert not HomeSlot.objects.exists()


# -- The editors' form -------------------------------------------------------------------------
@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def edit_home(editor, slots: list[tuple]) -> str:
    """Publish the home page with these (article, expires_at) slots through the admin's edit
    form; returns the page the admin answers with."""
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    data = querydict_from_html(editor.get(url).content.decode(), form_id="page-edit-form")
    data["slots-TOTAL_FORMS"] = str(len(slots))
    for number, (article, expires_at) in enumerate(slots):
        data[f"slots-{number}-article"] = str(article.pk)
        data[f"slots-{number}-expires_at"] = expires_at.strftime("%Y-%m-%d %H:%M")
        data[f"slots-{number}-id"] = ""
        data[f"slots-{number}-ORDER"] = str(number + 1)
        data[f"slots-{number}-DELETE"] = ""
    data["action-publish"] = "action-publish"
    response = editor.post(url, data, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_editors_pin_articles_in_the_admin(editor, front):
    later = timezone.localtime() + timedelta(hours=3)
    edit_home(editor, [(front[11], later), (front[12], later)])
    assert list(HomePage.objects.get().slots.values_list("article_id", flat=True)) == [
        front[11].pk,
        front[12].pk,
    ]
    html = Client(HTTP_HOST="127.0.0.1").get("/").content.decode()
    assert lead_title(html) == "Meldung 12"


def test_the_admin_refuses_an_article_pinned_twice(editor, front):
    later = timezone.localtime() + timedelta(hours=3)
    html = edit_home(editor, [(front[11], later), (front[11], later)])
    assert "«Meldung 12» ist bereits in Platz 1 angeheftet." in html
    assert not HomeSlot.objects.exists()


def test_the_admin_refuses_an_expiry_in_the_past(editor, front):
    earlier = timezone.localtime() - timedelta(hours=1)
    html = edit_home(editor, [(front[11], earlier)])
    assert "Dieser Zeitpunkt ist schon vorbei" in html
    assert not HomeSlot.objects.exists()


def test_the_slot_form_has_german_labels(editor, front):
    home = HomePage.objects.get()
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    assert "Angeheftete Artikel" in html and "Angeheftet bis" in html
