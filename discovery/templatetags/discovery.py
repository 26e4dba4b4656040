"""Template helpers of the reader site's discovery parts: teaser counts, the modules under
an article, highlighted search matches."""

import re
from functools import lru_cache

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

from core.templatetags.depesche import compact_number

register = template.Library()


def _stats(article):
    """The `stats` row the teaser query selected with the article (None: nothing counted)."""
    try:
        return article.stats
    except (ObjectDoesNotExist, AttributeError):
        return None


def interactions_text(count: int) -> str:
    return _count_text("interactions", count, get_language())


def views_text(count: int) -> str:
    return _count_text("views", count, get_language())


@lru_cache(maxsize=4096)
def _count_text(kind: str, count: int, language: str) -> str:
    """A count as readers read it in the active `language` (a page fills in some 25 of them
    per request, mostly the same small numbers)."""
    if kind == "views":
        return ngettext("%(count)s view", "%(count)s views", count) % {
            "count": compact_number(count)
        }
    return ngettext("%(count)s interaction", "%(count)s interactions", count) % {
        "count": compact_number(count)
    }


@register.filter
def interactions(article) -> str:
    """«172 Interaktionen», «1,2 Mio. Interaktionen»: comments, poll votes and reactions, read
    from the `stats` row the teaser query selected with the article (none yet: 0)."""
    stats = _stats(article)
    return interactions_text(stats.interactions if stats is not None else 0)


@register.filter
def teaser_count(article) -> str:
    """The count a teaser shows: «12'400 Views», «13 Mio. Views» for an article that shows
    its view count (`show_view_count`, as the reference page's video teaser does), else its
    interactions. Both come with the teaser's row: no query."""
    if not getattr(article, "show_view_count", False):
        return interactions(article)
    stats = _stats(article)
    return views_text(stats.views if stats is not None else 0)


@register.simple_tag(takes_context=True)
def teaser_count_slot(context, article) -> str:
    """The teaser's count, or in a fragment the app keeps (`kept` in the context) a slot that
    each request fills with the count of now (discovery.teasers.counts_fill): counters are
    never part of kept HTML."""
    if not context.get("kept"):
        return teaser_count(article)
    kind = "v" if getattr(article, "show_view_count", False) else "i"
    return mark_safe(f"<!--count:{int(article.pk)}:{kind}-->")  # noqa: S308 - numbers only


def _marks(text: str, terms) -> re.Pattern | None:
    stems = sorted(
        {term.casefold()[: max(3, len(term) - 2)] for term in terms if len(term) > 1},
        key=len,
        reverse=True,
    )
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.I)


@register.filter
def highlight(text, terms) -> str:
    """`text` with the words that match a search term in <mark>: every piece of the text is
    escaped first, only the <mark> tags are ours. A word matches when it starts like a term
    (its last two letters dropped: "Velos" marks "Velo-Route"), roughly as stemming does."""
    text = str(text or "")
    pattern = _marks(text, terms or ())
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of user text is escaped


@register.simple_tag(takes_context=True)
def page_link(context, number) -> str:
    """The address of page `number` of the current listing: its path and query string
    with other parameters (a search's) kept, page 1 without `page=`; escaped by the
    template."""
    request = context["request"]
    query = request.GET.copy()
    query.pop("page", None)
    if int(number) > 1:
        query["page"] = str(number)
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path
