"""Reads for the engagement endpoints."""

from django.utils.translation import ngettext

from core.templatetags.depesche import compact_number
from engagement.models import ArticleStats


def interactions_text(count: int) -> str:
    """«172 Interaktionen», «1 Interaktion», «1.2 Mio. Interaktionen»."""
    return ngettext("%(count)s interaction", "%(count)s interactions", count) % {
        "count": compact_number(count)
    }


def views_text(count: int) -> str:
    return ngettext("%(count)s view", "%(count)s views", count) % {"count": compact_number(count)}


def article_counts(stats: ArticleStats | None, *, show_views: bool) -> dict:
    stats = stats or ArticleStats()
    counts = {
        "interactions": stats.interactions,
        "interactions_text": interactions_text(stats.interactions),
        "comments": stats.comments,
    }
    if show_views:
        counts |= {"views": stats.views, "views_text": views_text(stats.views)}
    return counts
