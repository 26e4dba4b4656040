"""The one place every change that alters what readers see goes through (docs/design.md §3).

Publishing, editing, unpublishing, moving or deleting a page (Wagtail's signals, wired in
edge/signals.py), approving or removing a comment, closing a poll (the engagement app): each
calls `content_changed` with the pages that show something new. After the transaction commits,
ONE background task receives the whole batch of that transaction and purges the edge cache
(edge.purge: the exact set of pages is computed there). A run of many small transactions
(wire items, each committed alone) may hold their batches and send them as one
(`changes_held`).
"""

import logging
import time
import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

GENERATION_KEY = "content-generation"
# How long `changes_held` keeps the committed batches of its block before it sends them.
HOLD_SECONDS = 5

logger = logging.getLogger(__name__)


def content_changed(
    *,
    page_ids: Iterable[int],
    reason: str,
    listings: bool = True,
    tags: Iterable[str] = (),
    urls: Iterable[str] = (),
    everything: bool = False,
) -> None:
    """Record that the pages with these ids (articles, sections, topics …) show something new.
    Nothing happens unless and until the current transaction commits; every call within one
    transaction ends up in the same task.

    `listings=False` says the change cannot move an article into or out of a list (a comment
    approved or removed, a poll closed): only the pages that show the article are purged, not
    every page of its section's, topics' … lists. `tags` and `urls` add to the plan what the
    caller computed itself, e.g. before a deletion (edge.purge.PurgePlan). `everything` purges
    the whole edge cache: for changes too large to list, such as deleting a whole section.
    """
    ids = {int(pk) for pk in page_ids}
    tags, urls = set(tags), set(urls)
    if not (ids or tags or everything):
        return
    batch = _batch(connections[DEFAULT_DB_ALIAS])
    (batch["page_ids"] if listings else batch["shown_ids"]).update(ids)
    batch["tags"].update(tags)
    batch["urls"].update(urls)
    batch["reasons"].add(reason)
    batch["everything"] |= everything
    # Each call registers the flush: whichever runs first after the commit sends the whole
    # batch, the others find it empty. (A callback of a rolled-back savepoint is dropped, its
    # ids stay in the batch: at worst a page more is purged.)
    transaction.on_commit(_flush)


def _batch(connection) -> dict:
    """The batch of the connection's current transaction, kept on the connection (each thread
    has its own). A batch whose flushes are no longer pending belongs to a transaction that
    was rolled back: it is dropped, as Django dropped its callbacks."""
    batch = getattr(connection, "_depesche_changes", None)
    if batch is None or not any(entry[1] is _flush for entry in connection.run_on_commit):
        batch = connection._depesche_changes = _new_batch()
    return batch


def pending_changes_size() -> int:
    """How many pages and tags the current transaction's batch holds so far."""
    batch = _batch(connections[DEFAULT_DB_ALIAS])
    return len(batch["page_ids"]) + len(batch["shown_ids"]) + len(batch["tags"])


def content_generation(request=None) -> str:
    """A token that changes with every batch of changes, right after its commit: part of the
    keys of fragments the app keeps rendered (an article's content parts, the modules under
    it), so that no change hides behind one. A token, not a counter: a cache that forgot it
    makes a new one, never an old one again. Read once per `request` (all of its fragments
    belong to the same generation)."""
    token = getattr(request, "_depesche_generation", None)
    if token is not None:
        return token
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(GENERATION_KEY)
    if request is not None:
        request._depesche_generation = token
    return token


def _new_batch() -> dict:
    return {
        "page_ids": set(),
        "shown_ids": set(),
        "tags": set(),
        "urls": set(),
        "reasons": set(),
        "everything": False,
    }


@contextmanager
def changes_held(seconds: float = HOLD_SECONDS):
    """Send the batches of the transactions committed inside the block as one task: when the
    block ends, and meanwhile every `seconds` (readers see a change at most that much later).

    For a run of many small transactions, such as wire items that each commit alone (one
    bad item must not undo the others): each would otherwise send a task of its own that
    works out the pages to purge again, most of them the same (the home page, the section).
    A block inside another one leaves the sending to the outer block; what a transaction
    still open when the block ends changes is sent after its commit, as always."""
    connection = connections[DEFAULT_DB_ALIAS]
    if getattr(connection, "_depesche_held", None) is not None:
        yield
        return
    connection._depesche_held = held = {"batch": None, "since": 0.0, "seconds": seconds}
    try:
        yield
    finally:
        connection._depesche_held = None
        if held["batch"] is not None:
            _send(held["batch"])


def _flush() -> None:
    connection = connections[DEFAULT_DB_ALIAS]
    batch, connection._depesche_changes = getattr(connection, "_depesche_changes", None), None
    if not batch:
        return
    held = getattr(connection, "_depesche_held", None)
    if held is not None:
        if held["batch"] is None:
            held["batch"], held["since"] = _new_batch(), time.monotonic()
        for name in ("page_ids", "shown_ids", "tags", "urls", "reasons"):
            held["batch"][name] |= batch[name]
        held["batch"]["everything"] |= batch["everything"]
        if time.monotonic() - held["since"] < held["seconds"]:
            return
        batch, held["batch"] = held["batch"], None
    _send(batch)


def _send(batch: dict) -> None:
    # At once, before the purge task: pages fetched after the purge render anew.
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    pages_changed.enqueue(
        page_ids=sorted(batch["page_ids"]),
        shown_ids=sorted(batch["shown_ids"] - batch["page_ids"]),
        tags=sorted(batch["tags"]),
        urls=sorted(batch["urls"]),
        reason=", ".join(sorted(batch["reasons"])),
        everything=batch["everything"],
    )


# Readers wait for the purge; Wagtail's search and reference index updates (enqueued by the
# same publish, and by the thousand after an import) can wait: the database worker takes
# the highest priority first.
PURGE_PRIORITY = 50
PURGE_RETRY_SECONDS = 2


@task(priority=PURGE_PRIORITY)
def pages_changed(
    *,
    page_ids: list[int],
    reason: str,
    shown_ids: list[int] | None = None,
    tags: list[str] | None = None,
    urls: list[str] | None = None,
    everything: bool = False,
    waiting_since: float | None = None,
) -> dict:
    """Purge the edge cache of everything the batch changed. Never fails on an unreachable
    cache (edge.purge.purge logs it); returns what it purged, kept with the task's result.

    While a Varnish cannot fetch fresh pages (the app servers or their database are down),
    the purge waits, trying again every PURGE_RETRY_SECONDS (edge.purge.can_refill says
    why). It waits at most as long as grace keeps the stale copies
    (DEPESCHE_CACHE_STALE_IF_ERROR), then purges anyway."""
    from edge.purge import (
        ALWAYS_PURGED_TAGS,
        EVERYTHING,
        PurgePlan,
        can_refill,
        purge,
        purge_plan,
    )

    waiting_since = waiting_since or time.time()
    blocked = [url for url in settings.DEPESCHE_VARNISH_URLS if not can_refill(url)]
    if (
        blocked
        and default_task_backend.supports_defer
        and time.time() - waiting_since < settings.DEPESCHE_CACHE_STALE_IF_ERROR
    ):
        pages_changed.using(
            run_after=timezone.now() + timedelta(seconds=PURGE_RETRY_SECONDS)
        ).enqueue(
            page_ids=page_ids,
            reason=reason,
            shown_ids=shown_ids,
            tags=tags,
            urls=urls,
            everything=everything,
            waiting_since=waiting_since,
        )
        logger.warning("purge (%s) waits: %s cannot fetch fresh pages", reason, blocked)
        return {"waiting": blocked}

    plan = purge_plan(page_ids=page_ids, shown_ids=shown_ids or ())
    if tags:  # computed by the caller, e.g. before a deletion
        plan |= PurgePlan(tags=frozenset(tags) | ALWAYS_PURGED_TAGS, urls=frozenset(urls or ()))
    if everything:
        plan |= PurgePlan(tags=EVERYTHING, urls=frozenset({"/"}))
    purged = purge(plan)
    logger.info("pages changed (%s): %s purged=%s", reason, sorted(plan.urls), purged)
    return {"tags": sorted(plan.tags), "urls": sorted(plan.urls), "purged": purged}
