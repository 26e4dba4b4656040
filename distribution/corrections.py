"""/korrekturen/: every correction note on a public article, newest first, each linked to its
article, and its RSS and Atom feeds (docs/distribution.md, docs/newsroom.md).

Public and cacheable like every reader page: the same bytes for everyone, tagged `feeds`
(purged on every change: an article that is unpublished or made private leaves the list)
and `corrections` (purged by every note added or withdrawn, articles.corrections).
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from articles.corrections import CORRECTIONS_TAG, corrections_public
from core.http import FEEDS, NAV, public_cache_control
from core.pagination import paginate_newest
from distribution.feeds import ArticlesRssFeed
from distribution.site import site_root_for_request

PER_PAGE = 20
MAX_PAGES = 25
FEED_SIZE = 50
TAGS = (FEEDS, CORRECTIONS_TAG, NAV)


def _attach_urls(notes, site) -> None:
    for note in notes:
        note.article_url = site.page_url(note.article.url_path)


@require_safe
def corrections_page(request):
    site = site_root_for_request(request)
    page = paginate_newest(
        corrections_public(), request=request, per_page=PER_PAGE, max_pages=MAX_PAGES
    )
    _attach_urls(page.object_list, site)
    context = {
        "notes": page.object_list,
        "page_obj": page,
        "feed_rss": site.absolute(reverse("distribution:corrections_rss")),
        "feed_atom": site.absolute(reverse("distribution:corrections_atom")),
        "canonical": site.absolute(reverse("distribution:corrections"))
        + (f"?page={page.number}" if page.number > 1 else ""),
    }
    response = render(request, "distribution/corrections.html", context)
    return public_cache_control(response, tags=TAGS)


def note_title(note) -> str:
    when = formats.date_format(timezone.localtime(note.shown_at), "DATETIME_FORMAT")
    return f"{note.get_kind_display()} ({when}): {note.article.title}"


class CorrectionsRssFeed(ArticlesRssFeed):
    """The newest correction notes (not the articles) as RSS 2.0; Atom below."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return public_cache_control(response, tags=TAGS)

    def get_object(self, request):
        return site_root_for_request(request)

    def title(self, obj) -> str:
        return gettext("Corrections – %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}

    def link(self, obj) -> str:
        return obj.absolute(reverse("distribution:corrections"))

    def feed_url(self, obj) -> str:
        return obj.absolute(reverse(f"distribution:corrections_{self.format_name}"))

    def description(self, obj) -> str:
        return gettext("Corrections, clarifications and updates to the articles of %(site)s") % {
            "site": settings.WAGTAIL_SITE_NAME
        }

    subtitle = description

    def items(self, obj):
        notes = list(corrections_public()[:FEED_SIZE])
        _attach_urls(notes, obj)
        return notes

    def item_title(self, item) -> str:
        return note_title(item)

    def item_description(self, item) -> str:
        if item.withdrawn:
            when = formats.date_format(timezone.localtime(item.withdrawn_at), "DATETIME_FORMAT")
            text = gettext("Withdrawn on %(when)s") % {"when": when}
            if item.withdrawal_reason:
                text += f": {item.withdrawal_reason}"
            return escape(text)
        return escape(item.text)

    def item_link(self, item) -> str:
        return item.article_url

    def item_guid(self, item) -> str:
        return f"{item.article_url}#korrektur-{item.pk}"

    def item_guid_is_permalink(self, item) -> bool:
        return False

    def item_pubdate(self, item):
        return item.shown_at

    def item_updateddate(self, item):
        return item.withdrawn_at or item.shown_at

    def item_categories(self, item) -> list[str]:
        return [str(item.get_kind_display())]

    def item_enclosures(self, item):
        return []

    def item_extra_kwargs(self, item) -> dict:
        return {}


class CorrectionsAtomFeed(CorrectionsRssFeed):
    feed_type = Atom1Feed
    format_name = "atom"
