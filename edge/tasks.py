"""The purge of the edge cache, in the task worker: after every change readers could see
(core.changes → edge.signals), with what the change's plan names (edge.purge.purge_plan)."""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import default_task_backend, task

from edge import purge as purging

logger = logging.getLogger(__name__)

# Readers wait for the purge; Wagtail's search and reference index updates (enqueued by the
# same publish, and by the thousand after an import) can wait: the database worker takes
# the highest priority first.
PURGE_PRIORITY = 50
PURGE_RETRY_SECONDS = 2


@task(priority=PURGE_PRIORITY)
def pages_changed(
    *,
    reason: str,
    tags: list[str],
    urls: list[str] | None = None,
    paths: list[str] | None = None,
    waiting_since: float | None = None,
) -> dict:
    """Purge the edge cache of the plan's tags and paths. Never fails on an unreachable
    cache (edge.purge.purge logs it); returns what it purged, kept with the task's result.

    While a Varnish cannot fetch fresh pages (the app servers or their database are down),
    the purge waits, trying again every PURGE_RETRY_SECONDS (edge.purge.can_refill says
    why). It waits at most as long as grace keeps the stale copies
    (DEPESCHE_CACHE_STALE_IF_ERROR), then purges anyway."""
    waiting_since = waiting_since or time.time()
    blocked = [url for url in settings.DEPESCHE_VARNISH_URLS if not purging.can_refill(url)]
    if (
        blocked
        and default_task_backend.supports_defer
        and time.time() - waiting_since < settings.DEPESCHE_CACHE_STALE_IF_ERROR
    ):
        pages_changed.using(
            run_after=timezone.now() + timedelta(seconds=PURGE_RETRY_SECONDS)
        ).enqueue(reason=reason, tags=tags, urls=urls, paths=paths, waiting_since=waiting_since)
        logger.warning("purge (%s) waits: %s cannot fetch fresh pages", reason, blocked)
        return {"waiting": blocked}
    plan = purging.PurgePlan(
        tags=frozenset(tags), urls=frozenset(urls or ()), paths=frozenset(paths or ())
    )
    purged = purging.purge(plan)
    logger.info("pages changed (%s): %s purged=%s", reason, sorted(plan.urls), purged)
    return {"tags": sorted(plan.tags), "urls": sorted(plan.urls), "purged": purged}
