"""Which pages have a view restriction (Wagtail's privacy setting: a password, login or
group). Wagtail looks for the restrictions of a page and its ancestors on every page view, two
queries; a site without any restriction skips them (core.models.PublicPageMixin). Public lists
(listings, modules, feeds, sitemaps, the API, search) leave out every page at or below a
restricted page by its tree path (articles.subjects), which costs no query either.

The restricted pages' tree paths are kept in the default cache for DEPESCHE_CACHE_S_MAXAGE
seconds. Saving a restriction, deleting one or moving a page stores them anew at once and again
after its transaction commits, so that a page view that read them meanwhile cannot store its
stale answer over them (it only `add`s). With a cache per process (no Redis) and several
worker processes, the other processes learn of a new restriction within
DEPESCHE_CACHE_S_MAXAGE seconds (docs/architecture.md, «Reading: fixed query budgets»).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

KEY = "view-restricted-paths"
# Within a request (`read_once`), the paths as read at its first use: a cold article page asks
# for them some eight times (each candidate list's query names them).
_read_in_request: ContextVar[dict | None] = ContextVar("restricted_paths", default=None)


@contextmanager
def read_once():
    """Inside the block (a request: core.middleware.ContentGenerationMiddleware), the paths
    are read from the cache once. A restriction saved meanwhile is read anew."""
    token = _read_in_request.set({})
    try:
        yield
    finally:
        _read_in_request.reset(token)


def _read() -> tuple[str, ...]:
    paths = PageViewRestriction.objects.order_by("page__path").values_list("page__path", flat=True)
    # A restriction below another one adds nothing: the paths stay few and disjoint.
    kept: list[str] = []
    for path in paths:
        if not any(path.startswith(outer) for outer in kept):
            kept.append(path)
    return tuple(kept)


def restricted_paths() -> tuple[str, ...]:
    """The tree paths of the pages that have a view restriction: they and every page below
    them are private. Empty on a site without restrictions. One query at most every
    DEPESCHE_CACHE_S_MAXAGE seconds."""
    memo = _read_in_request.get()
    if memo is not None and KEY in memo:
        return memo[KEY]
    paths = cache.get(KEY)
    if paths is None:
        paths = _read()
        cache.add(KEY, paths, settings.DEPESCHE_CACHE_S_MAXAGE)
    paths = tuple(paths)
    if memo is not None:
        memo[KEY] = paths
    return paths


def view_restrictions_exist() -> bool:
    return bool(restricted_paths())


def is_restricted(page) -> bool:
    """Whether `page` or one of its ancestors has a view restriction; no query (warm)."""
    path = getattr(page, "path", "") or ""
    return any(path.startswith(restricted) for restricted in restricted_paths())


def _store() -> None:
    cache.set(KEY, _read(), settings.DEPESCHE_CACHE_S_MAXAGE)
    if (memo := _read_in_request.get()) is not None:
        memo.clear()


def _changed(sender, **kwargs) -> None:
    _store()
    transaction.on_commit(_store)


def _moved(sender, **kwargs) -> None:
    # A moved page takes its restriction (and the pages below it) to a new path.
    if cache.get(KEY) != ():
        _changed(sender)


def connect() -> None:
    post_save.connect(_changed, sender=PageViewRestriction, dispatch_uid="core-restriction-saved")
    post_delete.connect(
        _changed, sender=PageViewRestriction, dispatch_uid="core-restriction-deleted"
    )
    post_page_move.connect(_moved, dispatch_uid="core-restriction-moved")
