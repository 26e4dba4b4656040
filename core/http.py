"""Response headers for public pages (DESIGN.md §3: anonymous pages are fully cacheable)."""

from django.conf import settings
from django.utils.cache import patch_cache_control


def public_cache_control(response):
    """Let shared caches keep a response that is the same bytes for every reader.

    stale-while-revalidate keeps spikes off the app while a fresh copy is fetched, and
    stale-if-error keeps pages up while the app or the database is down.
    """
    patch_cache_control(
        response,
        public=True,
        max_age=settings.DEPESCHE_CACHE_MAX_AGE,
        s_maxage=settings.DEPESCHE_CACHE_S_MAXAGE,
        stale_while_revalidate=settings.DEPESCHE_CACHE_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.DEPESCHE_CACHE_STALE_IF_ERROR,
    )
    return response
