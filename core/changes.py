"""The one place every change that alters what readers see goes through (docs/design.md §3).

Publishing, editing, unpublishing, moving or deleting a page (Wagtail's signals, wired in
edge/signals.py), approving or removing a comment, closing a poll (the engagement app): each
calls `content_changed` with the pages that show something new. After the transaction commits,
the whole batch of that transaction goes out as one `content_committed` signal: the edge app
renews the versions of the kept fragments that show it (core.fragments) and has its cache
purged by one background task (edge.purge: the exact set of pages is computed there). A run
of many small transactions (wire items, each committed alone) may hold their batches and
send them as one (`changes_held`).
"""

import time
import uuid
from collections.abc import Iterable
from contextlib import contextmanager

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.dispatch import Signal

GENERATION_KEY = "content-generation"
# How long `changes_held` keeps the committed batches of its block before it sends them.
HOLD_SECONDS = 5

# Sent once per transaction that changed what readers see, after its commit, with the batch:
# page_ids, shown_ids, counted_ids, tags, urls (sets), reason (str), everything (bool).
content_committed = Signal()


def content_changed(
    *,
    page_ids: Iterable[int],
    reason: str,
    listings: bool = True,
    tags: Iterable[str] = (),
    urls: Iterable[str] = (),
    everything: bool = False,
    kept: bool = True,
) -> None:
    """Record that the pages with these ids (articles, sections, topics …) show something new.
    Nothing happens unless and until the current transaction commits; every call within one
    transaction ends up in the same task.

    `listings=False` says the change cannot move an article into or out of a list (a comment
    approved or removed, a poll closed): only the pages that show the article are purged, not
    every page of its section's, topics' … lists. `tags` and `urls` add to the plan what the
    caller computed itself, e.g. before a deletion (edge.purge.PurgePlan). `everything` purges
    the whole edge cache: for changes too large to list, such as deleting a whole section.
    `kept=False` says the change shows only in what every request renders anew (counters, the
    comment section): the pages are purged at the edge, the fragments the app keeps stay.
    """
    ids = {int(pk) for pk in page_ids}
    tags, urls = set(tags), set(urls)
    if not (ids or tags or everything):
        return
    connection = connections[DEFAULT_DB_ALIAS]
    batch = _batch(connection)
    if not kept:
        batch["counted_ids"].update(ids)
    else:
        (batch["page_ids"] if listings else batch["shown_ids"]).update(ids)
    batch["tags"].update(tags)
    batch["urls"].update(urls)
    batch["reasons"].add(reason)
    batch["everything"] |= everything
    # Each call registers the flush: whichever runs first after the commit sends the whole
    # batch, the others find it empty. (A callback of a rolled-back savepoint is dropped, its
    # ids stay in the batch: at worst a page more is purged.) Inside `changes_gathered` the
    # block registers it once, at its end.
    if not getattr(connection, "_depesche_gathering", False):
        transaction.on_commit(_flush)


def _batch(connection) -> dict:
    """The batch of the connection's current transaction, kept on the connection (each thread
    has its own). A batch whose flushes are no longer pending belongs to a transaction that
    was rolled back: it is dropped, as Django dropped its callbacks."""
    batch = getattr(connection, "_depesche_changes", None)
    if getattr(connection, "_depesche_gathering", False):
        return batch
    if batch is None or not any(entry[1] is _flush for entry in connection.run_on_commit):
        batch = connection._depesche_changes = _new_batch()
    return batch


@contextmanager
def changes_gathered():
    """Inside a transaction: the changes made in the block join the transaction's batch, and
    the block registers its flush once, when it ends without an error. For an import of
    thousands of pages in one transaction, where each change registering a callback of its
    own held two per post until the commit. A block inside another one leaves it to the
    outer block; a block that fails registers nothing (its transaction is rolled back)."""
    connection = connections[DEFAULT_DB_ALIAS]
    if getattr(connection, "_depesche_gathering", False):
        yield
        return
    _batch(connection)  # a batch left by a rolled-back transaction goes now
    connection._depesche_gathering = True
    try:
        yield
    finally:
        connection._depesche_gathering = False
    batch = connection._depesche_changes
    if batch["everything"] or any(
        batch[part] for part in ("page_ids", "shown_ids", "counted_ids", "tags")
    ):
        transaction.on_commit(_flush)


def pending_changes_size() -> int:
    """How many pages and tags the current transaction's batch holds so far."""
    batch = _batch(connections[DEFAULT_DB_ALIAS])
    return sum(len(batch[part]) for part in ("page_ids", "shown_ids", "counted_ids", "tags"))


def cache_token(key: str) -> str | None:
    """The random token kept under `key` (no expiry), made when the cache has none: every
    process that reads it then gets the same one (None while the cache does not answer)."""
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return token


def content_generation(request=None) -> str:
    """A token that changes with every batch of changes, right after its commit, before the
    kept fragments' versions are renewed: a render during which it moved is not kept
    (core.fragments.keeper). A token, not a counter: a cache that forgot it makes a new one,
    never an old one again. Read once per `request`."""
    token = getattr(request, "_depesche_generation", None)
    if token is not None:
        return token
    token = cache_token(GENERATION_KEY)
    if request is not None:
        request._depesche_generation = token
    return token


def _new_batch() -> dict:
    return {
        "page_ids": set(),
        "shown_ids": set(),
        "counted_ids": set(),
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
        for name in ("page_ids", "shown_ids", "counted_ids", "tags", "urls", "reasons"):
            held["batch"][name] |= batch[name]
        held["batch"]["everything"] |= batch["everything"]
        if time.monotonic() - held["since"] < held["seconds"]:
            return
        batch, held["batch"] = held["batch"], None
    _send(batch)


def _send(batch: dict) -> None:
    if batch["page_ids"] or batch["shown_ids"] or batch["tags"] or batch["everything"]:
        # At once, before anything else: a render that read the state before this change is
        # not kept (core.fragments.keeper). Counters alone change no kept fragment.
        cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    content_committed.send(
        sender=None,
        page_ids=batch["page_ids"],
        shown_ids=batch["shown_ids"] - batch["page_ids"],
        counted_ids=batch["counted_ids"] - batch["page_ids"] - batch["shown_ids"],
        tags=batch["tags"],
        urls=batch["urls"],
        reason=", ".join(sorted(batch["reasons"])),
        everything=batch["everything"],
    )
