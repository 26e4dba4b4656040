"""The purge goes before queued index updates: a backlog must not keep readers waiting."""

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.tasks import update_reference_index_task

from core.changes import pages_changed

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_a_purge_is_taken_before_a_backlog_of_index_updates():
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(DBTaskResult)
    for _ in range(3):  # what an import leaves behind
        update_reference_index_task.enqueue(
            app_label=content_type.app_label, model_name=content_type.model, pk=1
        )
    pages_changed.enqueue(page_ids=[1], reason="published")
    assert DBTaskResult.objects.ready().get_locked().task_path == "core.changes.pages_changed"
