"""Whether any page has a view restriction (Wagtail's privacy setting: a password, login or
group). Wagtail looks for the restrictions of a page and its ancestors on every page view, two
queries; a site without any restriction skips them (core.models.PublicPageMixin).

The answer is kept in the default cache for DEPESCHE_CACHE_S_MAXAGE seconds. Saving a
restriction marks it True at once and again after its transaction commits, so that a page
view that counted none meanwhile cannot store its stale False over it (it only `add`s);
deleting one makes the next view count again. With a cache per process (no Redis) and several
worker processes, the other processes learn of a new restriction within
DEPESCHE_CACHE_S_MAXAGE seconds (docs/architecture.md, «Reading: fixed query budgets»).
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction

KEY = "view-restrictions-exist"


def view_restrictions_exist() -> bool:
    exist = cache.get(KEY)
    if exist is None:
        exist = PageViewRestriction.objects.exists()
        cache.add(KEY, exist, settings.DEPESCHE_CACHE_S_MAXAGE)
    return exist


def _mark_restricted() -> None:
    cache.set(KEY, True, settings.DEPESCHE_CACHE_S_MAXAGE)


def _saved(sender, **kwargs) -> None:
    _mark_restricted()
    transaction.on_commit(_mark_restricted)


def _deleted(sender, **kwargs) -> None:
    transaction.on_commit(lambda: cache.delete(KEY))


def connect() -> None:
    post_save.connect(_saved, sender=PageViewRestriction, dispatch_uid="core-restriction-saved")
    post_delete.connect(
        _deleted, sender=PageViewRestriction, dispatch_uid="core-restriction-deleted"
    )
