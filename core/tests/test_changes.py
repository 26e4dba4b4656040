"""The purge goes before queued index updates: a backlog must not keep readers waiting."""

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


class _Sent:
    """The batches core.changes sends (its `content_committed` signal), ids sorted."""

    def __init__(self):
        self.batches = []

    def __call__(self, sender, **batch):
        batch.pop("signal", None)
        self.batches.append(
            {
                key: sorted(value) if isinstance(value, set) else value
                for key, value in batch.items()
            }
        )


@pytest.fixture
def sent():
    from core.changes import content_committed

    receiver = _Sent()
    content_committed.connect(receiver)
    yield receiver
    content_committed.disconnect(receiver)


@pytest.mark.django_db
def test_held_changes_of_several_commits_go_out_as_one_batch_when_the_block_ends(
    django_capture_on_commit_callbacks, sent
):
    """Wire items commit one by one: one purge for the run, not one per item."""
    from core import changes

    with changes.changes_held(seconds=60):
        for pk in (7, 8):
            with django_capture_on_commit_callbacks(execute=True):  # a commit
                changes.content_changed(page_ids=[pk], reason="published")
        # inside another block: the outer one sends
        with changes.changes_held(), django_capture_on_commit_callbacks(execute=True):
            changes.content_changed(page_ids=[9], reason="unpublished", listings=False)
        assert sent.batches == []
    assert len(sent.batches) == 1
    batch = sent.batches[0]
    assert (batch["page_ids"], batch["shown_ids"]) == ([7, 8], [9])
    assert batch["reason"] == "published, unpublished"


@pytest.mark.django_db
def test_held_changes_go_out_while_the_block_runs_once_they_are_older_than_its_seconds(
    django_capture_on_commit_callbacks, sent
):
    """Readers of a long run see its first items before it ends."""
    from core import changes

    with changes.changes_held(seconds=0):
        with django_capture_on_commit_callbacks(execute=True):
            changes.content_changed(page_ids=[7], reason="published")
        assert [batch["page_ids"] for batch in sent.batches] == [[7]]
    assert len(sent.batches) == 1  # nothing left to send at the end
