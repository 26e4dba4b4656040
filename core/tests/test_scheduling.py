"""Scheduled go-live and expiry happen on their own (core/scheduling.py, `manage.py
run_scheduler`): a go-live reaches readers within one scheduler pass and the purge, on SQLite
and on PostgreSQL (`make test` runs this file on both)."""

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from articles.models import ArticlePage
from conftest import article_record
from core.scheduling import scheduled_changes_apply
from ingest.services import document_import

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def purges(monkeypatch, settings):
    """The purges sent to the (one, pretend) Varnish, as their headers."""
    sent = []
    settings.DEPESCHE_VARNISH_URLS = ["http://127.0.0.1:1"]
    monkeypatch.setattr("edge.purge.can_refill", lambda base: True)
    monkeypatch.setattr(
        "edge.purge._send_purge", lambda base, headers: sent.append(headers) or True
    )
    return sent


@pytest.fixture
def later(monkeypatch):
    """`later(moment)`: the clock reads `moment` (for Wagtail's checks too)."""

    def move(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return move


def schedule(tmp_path, number: int, go_live) -> ArticlePage:
    record = article_record(number, tmp_path, first_published_at=go_live.isoformat())
    page = document_import(data={"articles": [record]}, base_dir=tmp_path).pages[0]
    return ArticlePage.objects.get(pk=page.pk)


def test_a_go_live_reaches_readers_within_one_pass_and_the_purge(
    article, tmp_path, purges, later, django_capture_on_commit_callbacks
):
    go_live = timezone.now() + timedelta(seconds=5)
    scheduled = schedule(tmp_path, 2, go_live)
    reader = Client(HTTP_HOST="127.0.0.1")
    section, home = scheduled.get_parent().url, "/"
    assert not scheduled.live and scheduled.status_string == "geplant"
    assert reader.get(scheduled.url).status_code == 404
    connection._depesche_changes = None  # the set-up's pending purge never commits

    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once")  # before its time: nothing
    assert purges == []
    assert reader.get(scheduled.url).status_code == 404

    # The latest a pass can come after the go-live: one interval later.
    later(go_live + timedelta(seconds=settings.DEPESCHE_SCHEDULER_SECONDS))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once")

    scheduled.refresh_from_db()
    assert scheduled.live and not Revision.objects.filter(approved_go_live_at__isnull=False)
    assert reader.get(scheduled.url).status_code == 200
    assert scheduled.title in reader.get(section).content.decode()
    assert scheduled.title in reader.get(home).content.decode()
    assert len(purges) == 1
    assert scheduled.url in purges[0]["X-Purge-Paths"].split()  # its cached 404 too
    assert {f"page-{scheduled.pk}", "list-all"} <= set(purges[0]["X-Purge-Tags"].split())


def test_expiry_takes_the_article_offline_and_purges(
    article, purges, later, django_capture_on_commit_callbacks
):
    page = ArticlePage.objects.get(pk=article.pk)
    page.expire_at = timezone.now() + timedelta(seconds=5)
    page.save_revision().publish()
    connection._depesche_changes = None
    later(page.expire_at + timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        run = scheduled_changes_apply()

    page.refresh_from_db()
    assert not page.live and page.expired
    assert run.expired == [f'Page {page.pk} "{page.title}"']
    assert Client(HTTP_HOST="127.0.0.1").get(page.url).status_code == 404
    assert len(purges) == 1 and f"page-{page.pk}" in purges[0]["X-Purge-Tags"].split()


def test_a_revision_is_published_once(article, tmp_path, later):
    go_live = timezone.now() + timedelta(seconds=5)
    scheduled = schedule(tmp_path, 2, go_live)
    later(go_live + timedelta(seconds=1))
    assert len(scheduled_changes_apply().published) == 1
    assert scheduled_changes_apply().published == []  # a second scheduler finds it done
    entries = PageLogEntry.objects.filter(page=scheduled, action="wagtail.publish.scheduled")
    assert entries.count() == 1


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="row locks: PostgreSQL (SQLite locks the whole database for each transaction)",
)
# Another connection holds the row: committed data, restored after (serialized_rollback, as every
# transactional test here, so that the tables are as the next one expects them).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_revision_another_scheduler_holds_is_skipped(article, tmp_path, later):
    go_live = timezone.now() + timedelta(seconds=5)
    scheduled = schedule(tmp_path, 2, go_live)
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    later(go_live + timedelta(seconds=1))
    held, release = threading.Event(), threading.Event()

    def other_scheduler():
        with transaction.atomic():
            Revision.objects.select_for_update().get(pk=revision.pk)
            held.set()
            release.wait(10)
        connection.close()

    thread = threading.Thread(target=other_scheduler)
    thread.start()
    try:
        assert held.wait(10)
        assert scheduled_changes_apply().published == []  # skipped, not waited for
    finally:
        release.set()
        thread.join()
    assert len(scheduled_changes_apply().published) == 1
    scheduled.refresh_from_db()
    assert scheduled.live


def test_the_command_stops_cleanly_on_sigterm(tmp_path):
    """The loop ends at SIGTERM (systemd's and `make prod-stop`'s stop), also while the
    database is not reachable (an empty file here: each pass fails, is logged, and is tried
    again)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "depesche.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "DEPESCHE_VAR_DIR": str(tmp_path),
    }
    env.pop("REDIS_URL", None)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler", "--seconds", "60", "--skip-checks"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        output = ""
        while "every 60" not in output and time.monotonic() < deadline:
            output += process.stdout.readline()
        assert "scheduler: every 60" in output
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert "scheduler: stopped" in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
