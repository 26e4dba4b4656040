"""The purge task (edge.tasks.pages_changed): it goes before queued index updates, and waits
while Varnish cannot fetch fresh pages: neither a backlog nor an outage keeps readers from
the change."""

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.tasks import update_reference_index_task

from edge.tasks import PURGE_PRIORITY, pages_changed


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production. Through the `settings` fixture only:
    an @override_settings decorator beside it would be undone before the fixture, whose
    restore would then bring the decorator's TASKS back for the rest of the run."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db
def test_a_purge_is_taken_before_a_backlog_of_index_updates(database_tasks):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(DBTaskResult)
    for _ in range(3):  # what an import leaves behind
        update_reference_index_task.enqueue(
            app_label=content_type.app_label, model_name=content_type.model, pk=1
        )
    pages_changed.enqueue(tags=["page-1"], reason="published")
    assert DBTaskResult.objects.ready().get_locked().task_path == "edge.tasks.pages_changed"


class _Varnish:
    """A stand-in for Varnish: /healthz answers `health`; PURGE requests are recorded."""

    def __init__(self):
        import http.server
        import threading

        owner = self
        self.health, self.purges = 503, []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(owner.health)
                self.end_headers()

            def do_PURGE(self):
                owner.purges.append(self.headers["X-Purge-Tags"])
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.mark.django_db
def test_a_purge_waits_while_varnish_cannot_fetch_fresh_pages(database_tasks, settings):
    """Purging while the app is down would make every reader's fetch fail before grace
    answers."""
    varnish = _Varnish()
    settings.DEPESCHE_VARNISH_URLS = [varnish.url]
    try:
        assert pages_changed.call(tags=["feeds", "page-7"], reason="published") == {
            "waiting": [varnish.url]
        }
        assert varnish.purges == []
        retry = DBTaskResult.objects.get(task_path="edge.tasks.pages_changed")
        assert retry.run_after > timezone.now() and retry.priority == PURGE_PRIORITY

        varnish.health = 200  # the app is back: the retry purges
        retry.task.call(*retry.args_kwargs["args"], **retry.args_kwargs["kwargs"])
        assert varnish.purges == ["feeds page-7"]
    finally:
        varnish.server.shutdown()
