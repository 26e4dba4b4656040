import dataclasses

from django.core.paginator import Page as PaginatorPage
from django.db import models
from django.db.models import QuerySet
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction, Site

from core.http import (
    NAV,
    cache_policy,
    page_tag,
    public_cache_control,
    set_cache_tags,
)
from core.pages import context_builders
from core.restrictions import is_restricted, view_restrictions_exist

# Context entries that are not content, or are the page itself (tagged anyway).
_SKIPPED_CONTEXT = frozenset({"page", "self", "request", "view", "csrf_token", "perms"})


class CommentMode(models.TextChoices):
    """Whether readers may comment: a section's setting and its articles' (an article can only
    be stricter, comments.pipeline). Here, below both and the comments (docs/design.md §8)."""

    OPEN = "open", _("Open")
    PREMODERATED = "premoderated", _("Pre-moderated")
    CLOSED = "closed", _("Closed")


class PublicPageMixin:
    """A reader-facing page: the same bytes for everyone, so shared caches may keep it.

    Templates of these pages must not touch the session, the CSRF token or the user: doing so
    would add a cookie or `Vary: Cookie` and make the page uncacheable (tests check the headers).
    Previews do not pass through `serve`, so editors never get a cached preview.

    How long caches keep it: `cache_policy_kind` ("listing" by default; "article" pages age,
    see core.http.cache_policy); the site's root page is "front". Which changes purge it:
    `cache_tags()`.
    """

    cache_policy_kind = "listing"

    def get_context(self, request, *args, **kwargs):
        """Wagtail's context and what the builder registered for this page model adds
        (core.pages)."""
        context = super().get_context(request, *args, **kwargs)
        if builder := context_builders.get(self._meta.label):
            builder(self, request, context)
        return context

    def get_view_restrictions(self):
        """Wagtail's check before serving, without its two queries on a site that has no
        view restriction at all (core.restrictions)."""
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if is_restricted(self):
            # Served to a reader who may see it (a password given, logged in, in a group):
            # for them alone, never kept by a shared cache or tagged for one.
            return _private(response)
        if response.status_code == 200:
            public_cache_control(response, self.get_cache_policy(request))
            if hasattr(response, "add_post_render_callback"):
                # The tags name what the template showed, so they are read after rendering.
                response.add_post_render_callback(self._tag_response)
            else:
                set_cache_tags(response, self.cache_tags({}))
        return response

    def serve_password_required_response(self, request, form, action_url):
        """Wagtail's password prompt for a restricted page: for this reader only."""
        return _private(super().serve_password_required_response(request, form, action_url))

    def _tag_response(self, response):
        set_cache_tags(response, self.cache_tags(response.context_data or {}))

    def get_cache_policy(self, request):
        site = Site.find_for_request(request)  # cached on the request by Wagtail's routing
        if site is not None and site.root_page_id == self.pk:
            return cache_policy(kind="front")
        return cache_policy(kind=self.cache_policy_kind, published_at=self.first_published_at)

    def cache_tags(self, context) -> set[str]:
        """The tags of everything this response shows (core.http): the page itself, every page
        the template rendered from the context (authors, topics, regions, teasers …), the
        navigation. Listing pages add their list's tag (articles.listing.ArticleListingMixin,
        the home page).

        The context is walked after rendering: only lists and querysets the template already
        evaluated are read, so tagging costs no query. Override to add more.
        """
        tags = {page_tag(self.pk), NAV}  # base.html shows the sections (a context processor)
        for key, value in context.items():
            if key not in _SKIPPED_CONTEXT:
                tags.update(page_tag(page.pk) for page in _pages_in(value, depth=4))
        return tags


def _private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def _pages_in(value, *, depth):
    """Wagtail pages in a context value: a page, an evaluated list, queryset or paginator page
    of them, or a dataclass holding them (such as articles.selectors.ArticleDetail), down to
    `depth` levels (the home page's layout holds modules that hold teasers)."""
    if isinstance(value, LazyObject):
        value = value._wrapped
        if value is empty:  # never used by the template
            return
    if isinstance(value, Page):
        yield value
        return
    if depth == 0:
        return
    if isinstance(value, PaginatorPage):
        value = value.object_list
    if isinstance(value, QuerySet):
        value = value._result_cache or ()  # not evaluated: the template did not show it
    if isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _pages_in(item, depth=depth - 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _pages_in(getattr(value, field.name), depth=depth - 1)
