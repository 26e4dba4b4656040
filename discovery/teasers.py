"""Teasers kept rendered, one per article and look (docs/architecture.md «Kept fragments»).

A teaser shows an article's headline, kicker, picture and, while its live ticker runs, the
«Live» badge with the newest entry's time. It is kept (core.fragments) with the tags of what
it shows: the article's page tag (an edit, a move, a new picture, unpublishing renew it) and
its ticker's tag (every entry moves the badge's time). Its count is a slot that each request
fills (`counts_fill`): counters are never part of kept HTML.

So the modules under an article, the home page and the listings draw the teasers of the
articles they show from the cache in one round trip, and load and render only those of
articles that changed: a publication that reorders a list costs the new article's teaser,
not the list's 20.
"""

import re
from dataclasses import dataclass, replace

from django.core.exceptions import ObjectDoesNotExist
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from articles.selectors import article_teasers_by_ids
from core.fragments import keeper, kept_get_many
from core.http import page_tag, ticker_tag
from engagement.models import ArticleStats

TEMPLATE = "components/teaser.html"
LEAD, PLAIN = "lead", "plain"  # the home page's lead story has a larger picture


@dataclass(frozen=True)
class Teaser:
    """A teaser's HTML, its count still a slot, and the article it shows."""

    pk: int
    html: SafeString
    loaded: bool = False  # rendered now, not kept: its counters came with it
    stats: object | None = None  # then its ArticleStats (None: nothing counted yet)

    def __str__(self):
        return self.html

    def __html__(self):
        return self.html


def _key(pk: int, look: str, language: str) -> str:
    return f"teaser:{pk}:{look}:{language}"


def teasers(ids, *, request, look: str = PLAIN, loaded=()) -> dict[int, Teaser]:
    """The teasers of the public articles among `ids`, by id: kept ones in one round trip
    to the cache, the others loaded (2 queries for all of them; none for those among
    `loaded`, articles read with `teaser_columns` already), rendered and kept. An id that is
    not (or no longer) a public article has none. Callers keep their own order."""
    ids = list(dict.fromkeys(int(pk) for pk in ids))
    if not ids:
        return {}
    language = get_language()
    preview = getattr(request, "is_preview", False)
    keys = {pk: _key(pk, look, language) for pk in ids}
    kept = {} if preview else kept_get_many(keys.values())
    found = {pk: Teaser(pk, kept[key]) for pk, key in keys.items() if key in kept}
    missing = [pk for pk in ids if pk not in found]
    if not missing:
        return found
    template = get_template(TEMPLATE)
    articles = {article.pk: article for article in loaded if article.pk in missing}
    articles.update(article_teasers_by_ids(ids=[pk for pk in missing if pk not in articles]))
    with keeper(request) as keep:
        for pk, article in articles.items():
            html = template.render(
                {"teaser": article, "lead": look == LEAD, "kept": True}, request=request
            )
            found[pk] = Teaser(pk, mark_safe(html), loaded=True, stats=_stats_of(article))  # noqa: S308
            if not preview:
                tags = {page_tag(pk)}
                if article.live_latest is not None:
                    tags.add(ticker_tag(pk))
                keep(keys[pk], found[pk].html, tags=tags)
    return found


def teasers_counted(ids, *, request, look: str = PLAIN) -> list[Teaser]:
    """The teasers of the public articles among `ids`, in their order, each with its count
    of now (one query for those that were kept)."""
    found = teasers(ids, request=request, look=look)
    shown = [found[int(pk)] for pk in ids if int(pk) in found]
    stats = stats_read(ids=[t.pk for t in shown], stats=loaded_stats(shown))
    return [replace(t, html=counts_fill(t.html, ids=[t.pk], stats=stats)) for t in shown]


def _stats_of(article):
    try:
        return article.stats
    except ObjectDoesNotExist:
        return None


def stats_read(*, ids, stats=None) -> dict:
    """`stats` (ArticleStats by article id) with those of the other `ids` read in one query;
    None for an article that counted nothing yet."""
    stats = dict(stats or {})
    if wanted := [pk for pk in ids if pk not in stats]:
        stats.update(dict.fromkeys(wanted))
        stats.update(
            {row.article_id: row for row in ArticleStats.objects.filter(article_id__in=wanted)}
        )
    return stats


_COUNT_SLOT = re.compile(r"<!--count:(\d+):([iv])-->")


def loaded_stats(shown) -> dict:
    """The counters that came with the teasers among `shown` that were rendered now."""
    return {teaser.pk: teaser.stats for teaser in shown if getattr(teaser, "loaded", False)}


def counts_fill(html: str, *, ids, stats: dict | None = None) -> SafeString:
    """`html` with each teaser's count of now in its slot (discovery.templatetags.discovery.
    teaser_count_slot): one query for the articles `ids`, none for those whose ArticleStats
    come along in `stats` (by article id; None: counted nothing yet)."""
    if "<!--count:" not in html:
        return mark_safe(html)  # noqa: S308 - it was safe HTML
    from discovery.templatetags.discovery import interactions_text, views_text

    stats = stats_read(ids=ids, stats=stats)

    def text(match) -> str:
        row = stats.get(int(match.group(1)))
        if match.group(2) == "v":
            return views_text(row.views if row else 0)
        return interactions_text(row.interactions if row else 0)

    return mark_safe(_COUNT_SLOT.sub(text, html))  # noqa: S308 - the slots held numbers only
