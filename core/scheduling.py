"""Scheduled go-live and expiry, on their own (docs/operations.md, «Scheduler»).

Wagtail keeps the schedule (a revision's `approved_go_live_at`, an object's `expire_at`) and
publishes or unpublishes only when its `publish_scheduled` command runs; nothing runs it.
`manage.py run_scheduler` calls `scheduled_changes_apply` every DEPESCHE_SCHEDULER_SECONDS,
started by `make run` and `make prod` beside the app. It does what Wagtail's command does
(`wagtail/management/commands/publish_scheduled.py`: `unpublish(set_expired=True)`,
`revision.publish()`), so Wagtail's signals fire and `edge.signals` purges after the commit.

Two schedulers at once (a second machine, `make run` beside `make prod`'s) never publish a
revision or unpublish an object twice: each one is taken in its own transaction, locked and
checked again inside it. On PostgreSQL `select_for_update(skip_locked=True)` locks the row
(the other scheduler skips it, or finds it done once the first commits); SQLite ignores row
locks, but its transactions start IMMEDIATE (depesche/settings/base.py): the whole database is
locked for writing from the first statement, so the check inside sees the other's commit.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.db import DatabaseError, transaction
from django.dispatch import Signal
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)

# Sent by `run_scheduler` after each pass: periodic work of higher layers (the agencies'
# poller, ingest/tasks.py) hooks in here instead of being imported by core.
scheduler_pass = Signal()


@dataclass
class ScheduledRun:
    """What one pass did: the objects published and unpublished, as «Model 12 "Title"»."""

    published: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)


def _draft_state_models() -> list[type]:
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


@contextmanager
def _one_at_a_time(model, pk):
    """One object that cannot be published (a broken revision) is logged and left for the
    next pass; it does not hold up the others."""
    try:
        yield
    except DatabaseError:
        raise  # the database is away: the whole pass stops (run_scheduler tries again)
    except Exception:
        logger.exception("scheduler: %s %s failed", model.__name__, pk)


def scheduled_changes_apply(*, now: datetime | None = None) -> ScheduledRun:
    """Unpublish what has expired, then publish the revisions whose go-live has come, as
    Wagtail's `publish_scheduled` does, each in a transaction of its own."""
    now = now or timezone.now()
    run = ScheduledRun()
    for model in _draft_state_models():
        due = model.objects.filter(live=True, expire_at__lt=now)
        for pk in list(due.order_by("expire_at").values_list("pk", flat=True)):
            with _one_at_a_time(model, pk), transaction.atomic():
                obj = due.select_for_update(skip_locked=True).filter(pk=pk).first()
                if obj is None:
                    continue  # another scheduler has it, or has done it
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
                run.expired.append(f'{model.__name__} {pk} "{obj}"')

    due_revisions = Revision.objects.filter(approved_go_live_at__lt=now)
    for pk in list(due_revisions.order_by("approved_go_live_at").values_list("pk", flat=True)):
        with _one_at_a_time(Revision, pk), transaction.atomic():
            revision = due_revisions.select_for_update(skip_locked=True).filter(pk=pk).first()
            if revision is None:
                continue
            # Its approved go-live has passed: Wagtail makes the object live.
            revision.publish(log_action="wagtail.publish.scheduled")
            model = revision.content_type.model_class()
            run.published.append(f'{model.__name__} {revision.object_id} "{revision.object_str}"')

    for text in run.expired:
        logger.info("scheduler: expired %s", text)
    for text in run.published:
        logger.info("scheduler: published %s", text)
    return run
