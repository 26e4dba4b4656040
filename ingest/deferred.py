"""Search and reference indexing once per object at the end of an import, not on every save
(docs/ingest.md, «Speed»).

Wagtail indexes a page for search and for its references on every `post_save`: a new article
is saved three times by the writer (added to the tree, its revision saved, published), so it
was indexed three times, and on SQLite every indexing stems its whole text. Inside
`indexing_deferred()` the saves of the calling thread only note the object (its model and
key); when the block ends without an error, each noted object is read again and indexed once
(the same handlers, so the same index: through the task backend, inside the caller's
transaction). A long import indexes what it noted every HELD objects, between two records
(`indexing_checkpoint`), so that memory does not grow with the import. Saves of other threads
are indexed as always while a block runs.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey

CHUNK = 500
HELD = 10 * CHUNK  # objects noted at most: then those are indexed and the block goes on
_lock = threading.Lock()
_users = 0  # blocks running, in every thread: the wrappers stay connected while any runs
_connected: list[tuple] = []  # (handler, wrapper, model) swapped in
_local = threading.local()  # .pending: {(handler, model, pk): None} of this thread's block


def _deferred_handlers() -> list[tuple]:
    """(handler, models, by parent): the post_save handlers of Wagtail's search and
    reference indexes; the reference index is noted by the parent of a child row."""
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import update_reference_index_on_save

    return [
        (post_save_signal_handler, index.get_indexed_models(), False),
        (update_reference_index_on_save, list(ReferenceIndex.tracked_models), True),
    ]


def _wrapper(handler, *, by_parent: bool):
    def deferring(sender, instance, **kwargs):
        pending = getattr(_local, "pending", None)
        if pending is None or kwargs.get("raw", False) or instance.pk is None:
            handler(sender=sender, instance=instance, **kwargs)
            return
        if by_parent:
            # The reference index of a child row (an article's author, topic …) is its
            # page's: noted once for the page, however many of its rows are saved.
            sender, instance = _parent(sender, instance)
            if instance is None:
                return
        pending[(handler, sender, instance.pk)] = None

    return deferring


def _parent(model, instance):
    """The object whose references a save of `instance` updates (Wagtail's
    update_reference_index_task follows the ParentalKeys up the same way)."""
    while True:
        keys = [f for f in instance._meta.get_fields() if isinstance(f, ParentalKey)]
        if not keys:
            return model, instance
        instance = getattr(instance, keys[0].name)
        if instance is None:
            return model, None
        model = type(instance)


def _connect():
    for handler, models, by_parent in _deferred_handlers():
        wrapper = _wrapper(handler, by_parent=by_parent)
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
        # Strongly: a weak connect leaves a `weakref.finalize` on the handler for good (Django's
        # dispatcher), and these are module-level functions that never go. Connected again
        # after every block, the wire items (each a block) grew memory by 40 of them an item.
        post_save.connect(handler, sender=model, weak=False)
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


def indexing_checkpoint():
    """Between two records of a long import (ingest.writer calls it after each): once HELD
    objects are noted, index them now, in the import's transaction, and note on, so that the
    keys of a whole export are not held. Not inside a save: a page's post_save comes before
    its child rows (authors, topics) are written. An object saved again later is noted, and
    indexed, again."""
    pending = getattr(_local, "pending", None)
    if pending is not None and len(pending) >= HELD:
        _local.pending = {}
        _index(pending)


def _index(pending: dict):
    """Call each handler once per object that still exists, as the database has it now:
    CHUNK objects read at a time, so an import holds no more of them however large it is
    (holding every saved object until the end grew a 5'000-post import by 150 MB)."""
    handlers = {}  # model → {pk: [handler …]}
    for handler, model, pk in pending:
        handlers.setdefault(model, {}).setdefault(pk, []).append(handler)
    for model, by_pk in handlers.items():
        pks = list(by_pk)
        for start in range(0, len(pks), CHUNK):  # SQLite limits the parameters of a query
            for instance in model._base_manager.filter(pk__in=pks[start : start + CHUNK]):
                for handler in by_pk[instance.pk]:
                    handler(sender=model, instance=instance, created=False, raw=False)
