"""Search and reference indexing once per object at the end of an import, not on every save
(docs/ingest.md, «Speed»).

Wagtail indexes a page for search and for its references on every `post_save`: a new article
is saved three times by the writer (added to the tree, its revision saved, published), so it
was indexed three times, and on SQLite every indexing stems its whole text. Inside
`indexing_deferred()` the saves of the calling thread only note the object; when the block
ends without an error, each noted object is indexed once (the same handlers, so the same
index: through the task backend, inside the caller's transaction). Saves of other threads
are indexed as always while a block runs.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_save

CHUNK = 500
_lock = threading.Lock()
_users = 0  # blocks running, in every thread: the wrappers stay connected while any runs
_connected: list[tuple] = []  # (handler, wrapper, model) swapped in
_local = threading.local()  # .pending: {(handler, model, pk): instance} of this thread's block


def _deferred_handlers() -> list[tuple]:
    """(handler, models): the post_save handlers of Wagtail's search and reference indexes."""
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import update_reference_index_on_save

    return [
        (post_save_signal_handler, index.get_indexed_models()),
        (update_reference_index_on_save, list(ReferenceIndex.tracked_models)),
    ]


def _wrapper(handler):
    def deferring(sender, instance, **kwargs):
        pending = getattr(_local, "pending", None)
        if pending is None or kwargs.get("raw", False) or instance.pk is None:
            handler(sender=sender, instance=instance, **kwargs)
        else:
            pending[(handler, sender, instance.pk)] = instance

    return deferring


def _connect():
    for handler, models in _deferred_handlers():
        wrapper = _wrapper(handler)
        for model in models:
            # The wrapper first, then the handler off: no save of another thread goes
            # unindexed in between (at worst one is indexed twice).
            post_save.connect(wrapper, sender=model, weak=False)
            if post_save.disconnect(handler, sender=model):
                _connected.append((handler, wrapper, model))
            else:  # the handler was not connected for this model (search_auto_update off)
                post_save.disconnect(wrapper, sender=model)


def _disconnect():
    while _connected:
        handler, wrapper, model = _connected.pop()
        post_save.connect(handler, sender=model)
        post_save.disconnect(wrapper, sender=model)


@contextmanager
def indexing_deferred():
    """Index each object saved in the block once, when the block ends without an error. A
    block inside another one leaves the indexing to the outer block."""
    global _users
    if getattr(_local, "pending", None) is not None:
        yield
        return
    with _lock:
        if _users == 0:
            _connect()
        _users += 1
    _local.pending = {}
    try:
        yield
        pending, _local.pending = _local.pending, None
        _index(pending)
    finally:
        _local.pending = None
        with _lock:
            _users -= 1
            if _users == 0:
                _disconnect()


def _index(pending: dict):
    """Call each handler once per object that still exists (the last instance saved)."""
    existing = {}
    for (_handler, model, pk), _instance in pending.items():
        existing.setdefault(model, set()).add(pk)
    for model, pks in existing.items():
        pks, found = list(pks), set()
        for start in range(0, len(pks), CHUNK):  # SQLite limits the parameters of a query
            chunk = model._base_manager.filter(pk__in=pks[start : start + CHUNK])
            found.update(chunk.values_list("pk", flat=True))
        existing[model] = found
    for (handler, model, pk), instance in pending.items():
        if pk in existing[model]:
            handler(sender=model, instance=instance, created=False, raw=False)
