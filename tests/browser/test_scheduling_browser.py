"""An editor schedules an article in the admin's schedule dialog; the scheduler publishes it
at its time; readers then see it (core/scheduling.py, docs/newsroom.md «Scheduling»)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from articles.models import ArticlePage
from core.scheduling import scheduled_changes_apply

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_editor_schedules_an_article_and_it_goes_live_on_time(
    live_server, newsroom, browser_page, monkeypatch
):
    _live, draft = newsroom(2).pages
    draft = ArticlePage.objects.get(pk=draft.pk)
    draft.unpublish()
    User.objects.create_superuser("planerin", "p@example.org", "Planung-2026")
    reader = Client(HTTP_HOST="127.0.0.1")
    assert reader.get(draft.url).status_code == 404

    admin = browser_page
    admin.goto(live_server.url + "/admin/login/")
    admin.locator("input[name=username]").fill("planerin")
    admin.locator("input[name=password]").fill("Planung-2026")
    admin.locator("input[name=password]").press("Enter")
    admin.wait_for_url("**/admin/")
    admin.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")

    # The dialog takes minutes: the next minute but one; the clock is moved there below.
    go_live = (timezone.localtime() + timedelta(minutes=2)).replace(second=0, microsecond=0)
    admin.locator('[data-side-panel-toggle="status"]').first.click()
    admin.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]').first.click()
    admin.locator("#id_go_live_at").fill(f"{go_live:%Y-%m-%d %H:%M}")
    # Leave the field (its date picker closes); the click is dispatched to the button, which
    # the picker's closing animation may still cover on a busy machine.
    admin.locator("#id_go_live_at").press("Tab")
    with admin.expect_navigation():
        admin.locator("#schedule-publishing-dialog button.action-save").dispatch_event("click")
    with admin.expect_navigation():
        admin.locator('button[name="action-publish"]').dispatch_event("click")

    draft.refresh_from_db()
    assert not draft.live and draft.go_live_at is not None
    assert draft.status_string == "geplant"
    assert reader.get(draft.url).status_code == 404
    assert scheduled_changes_apply().published == []  # not yet

    moment = draft.go_live_at + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    assert len(scheduled_changes_apply().published) == 1
    admin.goto(live_server.url + draft.url)
    assert admin.locator("h1").inner_text() == draft.title
