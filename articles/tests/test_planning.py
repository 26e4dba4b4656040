"""«Planung» in the admin (articles/planning.py): the scheduled articles of the next 14 days by
day and hour, the last day's, and rescheduling from there. The article is imported once for
the module (kept_for_module); the tests without it are in test_planning_apart.py."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Revision

from articles.models import ArticlePage
from conftest import article_record
from core.scheduling import scheduled_changes_apply
from ingest.services import document_import

URL = "/admin/planung/"


def import_scheduled(tmp_path, numbers, *, start) -> list[ArticlePage]:
    """Articles scheduled an hour apart from `start`, through the import (Wagtail's schedule)."""
    records = [
        article_record(n, tmp_path, first_published_at=(start + timedelta(hours=i)).isoformat())
        for i, n in enumerate(numbers)
    ]
    pages = document_import(data={"articles": records}, base_dir=tmp_path).pages
    return [ArticlePage.objects.get(pk=page.pk) for page in pages]


def planning_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def article(db, article_built):
    """The article, imported once for the module (conftest.article_built), as the database has
    it (published), read again for each test."""
    return ArticlePage.objects.get(pk=article_built.pk)


def test_the_calendar_shows_scheduled_and_recent_articles(admin_client, article, tmp_path):
    start = timezone.now() + timedelta(days=1)
    scheduled = import_scheduled(tmp_path, [2, 3], start=start)
    far = import_scheduled(tmp_path, [4], start=timezone.now() + timedelta(days=20))[0]
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=timezone.now())

    html = admin_client.get(URL).content.decode()
    assert "Planung" in html
    assert "Geplant: die nächsten 14 Tage" in html
    for page in scheduled:
        assert page.title in html
    assert far.title not in html  # beyond 14 days
    local = timezone.localtime(scheduled[0].go_live_at)
    assert f"{local:%H}:00" in html and f'value="{local:%Y-%m-%dT%H:%M}"' in html
    assert "Schweiz" in html and "Anna Muster" in html and "geplant" in html
    assert "Live: die letzten 24 Stunden" in html and article.title in html


def test_rescheduling_moves_the_go_live_the_way_wagtail_keeps_it(admin_client, article, tmp_path):
    page = import_scheduled(tmp_path, [2], start=timezone.now() + timedelta(days=2))[0]
    new = (timezone.localtime() + timedelta(hours=3)).replace(second=0, microsecond=0)
    response = admin_client.post(URL, {"page": page.pk, "go_live_at": f"{new:%Y-%m-%dT%H:%M}"})
    assert response.status_code == 302

    page.refresh_from_db()
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    assert page.go_live_at == new and revision.approved_go_live_at == new
    assert revision.as_object().go_live_at == new
    assert page.status_string == "geplant"
    # The scheduler publishes it at the new time, not at the old one.
    assert scheduled_changes_apply(now=new - timedelta(minutes=1)).published == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("past", "Die Freischaltung muss in der Zukunft liegen."),
        ("morgen", "Bitte geben Sie die neue Freischaltung als Datum und Uhrzeit ein."),
        ("", "Bitte geben Sie die neue Freischaltung ein."),
    ],
)
def test_a_bad_go_live_is_refused_in_german_and_changes_nothing(
    admin_client, article, tmp_path, value, message
):
    page = import_scheduled(tmp_path, [2], start=timezone.now() + timedelta(days=2))[0]
    before = page.go_live_at
    if value == "past":
        value = f"{timezone.localtime() - timedelta(hours=1):%Y-%m-%dT%H:%M}"
    response = admin_client.post(URL, {"page": page.pk, "go_live_at": value}, follow=True)
    assert message in response.content.decode()
    page.refresh_from_db()
    assert page.go_live_at == before
    assert Revision.objects.get(approved_go_live_at__isnull=False).approved_go_live_at == before


def test_an_editor_who_may_not_publish_sees_the_calendar_but_cannot_reschedule(
    client, article, tmp_path
):
    page = import_scheduled(tmp_path, [2], start=timezone.now() + timedelta(days=2))[0]
    editor = User.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = client.get(URL).content.decode()
    assert page.title in html and 'name="go_live_at"' not in html

    later = f"{timezone.localtime() + timedelta(days=3):%Y-%m-%dT%H:%M}"
    response = client.post(URL, {"page": page.pk, "go_live_at": later}, follow=True)
    assert "Sie dürfen diesen Artikel nicht veröffentlichen" in response.content.decode()
    page.refresh_from_db()
    assert page.go_live_at > timezone.now() + timedelta(days=1, hours=23)
    assert page.go_live_at < timezone.now() + timedelta(days=2, minutes=1)
