"""Reads of the article page that render its HTML or reach above the articles: its kept
content parts (with the page head of distribution and the navigation of taxonomy) and its
reader counters (engagement). Each runs a fixed number of queries (docs/design.md §5)."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from articles.corrections import corrections_of
from articles.models import ArticlePage
from core.fragments import keeper, kept_get_many
from core.http import NAV, page_tag
from distribution.structured_data import page_head
from engagement.models import ArticleStats
from taxonomy.selectors import section_navigation


def article_stats(*, page: ArticlePage, read=None) -> ArticleStats:
    """The article's reader counters (zeros when nothing was counted yet): from `read` (the
    counters read with the modules' teasers, by article id) or one query."""
    if read is not None and page.pk in read:
        return read[page.pk] or ArticleStats(article_id=page.pk)
    return ArticleStats.objects.filter(pk=page.pk).first() or ArticleStats(article_id=page.pk)


@dataclass(frozen=True)
class RenderedArticle:
    """The parts of an article page that change only with its content, as HTML: the head's
    canonical link, sharing tags and JSON-LD; the header's kicker, headline and byline; the
    dateline's place; the hero picture, key points and body. The times, the reader counters
    and the comment section are not in it: they are rendered per request. `page_ids` are the
    pages the parts show (authors, topics, regions): the page's cache tags name them."""

    head: str
    header: str
    place: str
    content: str
    page_ids: tuple[int, ...]
    # The correction notes shown above and below the content (articles.corrections).
    corrections_top: str = ""
    corrections_bottom: str = ""


def article_rendered(*, page: ArticlePage, article, request, tags=()) -> RenderedArticle:
    """The content parts of an article page, rendered; kept per article, site and language
    (never for a preview) as long as nothing they show changes (core.fragments): the article
    itself, its authors, topics and regions, the navigation, and the extra `tags` (the live
    ticker's, whose entries are in the JSON-LD).

    Rendering them (the body's blocks with their pictures and poll, the byline, the JSON-LD)
    is most of the page's time and 8 of its queries. A comment approved or a new article
    elsewhere leaves them kept.

    `article` is the page's `article_detail`, read only when the parts are rendered (pass a
    lazy object to save its queries when they are kept)."""
    preview = getattr(request, "is_preview", False)
    key = parts_key(page=page, request=request)
    if not preview and (kept := kept_get_many([key], request=request).get(key)) is not None:
        return kept
    with keeper(request) as keep:
        # Not a RequestContext: the parts need no context processor, only the request for
        # the pages' URLs ({% pageurl %}).
        context = {"page": page, "article": article, "request": request}
        # First: reading `article` loads the hero image with its renditions onto the page.
        shown = (*article.authors, *article.topics, *article.regions, article.kicker_topic)
        page_ids = tuple(sorted({other.pk for other in shown if other is not None}))
        # An article has one canonical URL whatever the query string: page 1.
        notes = corrections_of(page=page)  # one query
        head = page_head(
            page=page,
            request=request,
            navigation=section_navigation(request),
            article=article,
            corrections=notes,
        )
        rendered = RenderedArticle(
            head=render_to_string("distribution/head.html", {"head": head}),
            header=render_to_string("articles/article_header.html", context),
            place=render_to_string("articles/article_place.html", context),
            content=render_to_string("articles/article_content.html", context),
            page_ids=page_ids,
            corrections_top=_notes_html(notes, position="top"),
            corrections_bottom=_notes_html(notes, position="bottom"),
        )
        if not preview:
            shows = {page_tag(page.pk), NAV, *map(page_tag, page_ids), *tags}
            keep(key, rendered, tags=shows)
    return rendered


def parts_key(*, page, request) -> str:
    """The key of an article's kept content parts: per article, site and language."""
    site = Site.find_for_request(request)  # cached on the request by Wagtail's routing
    return _parts_key(page.pk, site.pk if site else 0, get_language())


def _parts_key(page_id: int, site_id: int, language: str) -> str:
    return f"article-parts:{page_id}:{site_id}:{language}"


def _notes_html(notes, *, position: str) -> str:
    shown = [note for note in notes if note.position == position]
    if not shown:
        return ""
    return render_to_string(
        "articles/article_corrections.html", {"notes": shown, "position": position}
    )
