"""Reads for the reader site. Each runs a fixed number of queries, whatever the data size
(docs/design.md §5); tests pin the counts."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Case, F, Prefetch, When
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from articles.corrections import corrections_of
from articles.models import ArticlePage
from articles.subjects import articles_public
from core.fragments import keeper, kept_get_many
from core.http import NAV, page_tag
from engagement.models import ArticleStats
from images.models import NewsImage, NewsRendition

# Changes published within this time after first publication do not count as an update.
UPDATE_GRACE = timedelta(minutes=5)


@dataclass(frozen=True)
class ArticleDetail:
    """What the article page shows around the page's own fields."""

    kicker: str
    kicker_topic: object | None
    authors: list
    topics: list
    regions: list
    dateline_regions: list
    hero_caption: str
    hero_credit: str
    published_at: datetime | None
    updated_at: datetime | None


def publication_times(page: ArticlePage) -> tuple[datetime | None, datetime | None]:
    """When the article was first published, and when it was updated (None for changes
    within UPDATE_GRACE of the first publication)."""
    published = page.first_published_at
    updated = page.last_published_at
    if published is None or updated is None or updated - published < UPDATE_GRACE:
        updated = None
    return published, updated


def article_stats(*, page: ArticlePage) -> ArticleStats:
    """The article's reader counters: one query (zeros when nothing was counted yet)."""
    return ArticleStats.objects.filter(pk=page.pk).first() or ArticleStats(article_id=page.pk)


def has_polls(page: ArticlePage) -> bool:
    """Whether the body has a poll (its script is loaded then); no query."""
    return any(block["type"] == "poll" for block in page.body.raw_data)


def article_detail(*, page: ArticlePage) -> ArticleDetail:
    """Related rows for one article: 6 queries for a saved page (authors with their photos and
    the photos' renditions, topics, regions, the hero image and its renditions). For a preview
    the rows come from the unsaved revision (modelcluster keeps them in memory, and
    select_related is then a no-op). Renditions are fetched with their images, so the count
    does not depend on the renditions cache."""
    authors = [
        link.author
        for link in page.article_authors.select_related("author__photo").prefetch_related(
            "author__photo__renditions"
        )
    ]
    topics = [link.topic for link in page.article_topics.select_related("topic")]
    region_links = list(page.article_regions.select_related("region"))
    regions = [link.region for link in region_links]
    dateline = [link.region for link in region_links if link.in_dateline] or regions[:1]

    primary = next((t for t in topics if t.pk == page.primary_topic_id), None)
    if primary is None and page.primary_topic_id:
        primary = page.primary_topic
    hero = None
    if page.hero_image_id:
        hero = NewsImage.objects.prefetch_related("renditions").filter(pk=page.hero_image_id)
        page.hero_image = hero = hero.first()
    published, updated = publication_times(page)
    return ArticleDetail(
        kicker=page.kicker or (primary.title if primary else ""),
        kicker_topic=primary,
        authors=authors,
        topics=topics,
        regions=regions,
        dateline_regions=dateline,
        hero_caption=(page.hero_caption or (hero.default_caption if hero else "")).strip(),
        hero_credit=(page.hero_credit or (hero.credit if hero else "")).strip(),
        published_at=published,
        updated_at=updated,
    )


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
    site = Site.find_for_request(request)  # cached on the request by Wagtail's routing
    key = _parts_key(page.pk, site.pk if site else 0, get_language())
    if not preview and (kept := kept_get_many([key]).get(key)) is not None:
        return kept
    from distribution.structured_data import page_head
    from taxonomy.selectors import section_navigation

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


def _parts_key(page_id: int, site_id: int, language: str) -> str:
    return f"article-parts:{page_id}:{site_id}:{language}"


def _notes_html(notes, *, position: str) -> str:
    shown = [note for note in notes if note.position == position]
    if not shown:
        return ""
    return render_to_string(
        "articles/article_corrections.html", {"notes": shown, "position": position}
    )


# What a teaser reads of an article. An article page shows about 25 teasers: loading only
# these columns (not the body and Wagtail's other page fields) and the primary topic's name
# as a column (not as a second page object) saves time building them in Python. A field
# missing here would cost a query per teaser, which the query-count tests would show.
TEASER_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "locale_id",
    "first_published_at",
    "kicker",
    "lead",
    "hero_image",
    "primary_topic",
    "show_view_count",
    "stats",
)


# The renditions teasers use (components/teaser.html); the hero sizes of the article page are
# not loaded with them.
TEASER_RENDITIONS = ("fill-480x320", "fill-800x533")


def teaser_queryset():
    """Public articles (live, not view-restricted: articles.subjects) with what a teaser
    shows: picture, kicker (primary topic) and interaction count (`stats`, None when nothing
    was counted yet) in one query, the pictures' teaser renditions in a second."""
    return teaser_columns(articles_public())


def teaser_columns(articles):
    """`articles` (an ArticlePage queryset) with what a teaser shows, in 2 queries."""
    renditions = Prefetch(
        "hero_image__renditions",
        queryset=NewsRendition.objects.filter(filter_spec__in=TEASER_RENDITIONS),
    )
    return (
        articles.select_related("hero_image", "stats")
        .only(*TEASER_FIELDS)
        # The kicker needs the topic's name only: a column, not a second page object.
        .annotate(
            primary_topic_title=F("primary_topic__title"),
            # While the article's live ticker runs: its newest entry's time (or its start),
            # for the «Live» badge; None otherwise. A column of the same query (docs/newsroom.md).
            live_latest=Case(
                When(
                    ticker__started_at__isnull=False,
                    ticker__ended_at__isnull=True,
                    then=Coalesce("ticker__last_posted_at", "ticker__started_at"),
                ),
                default=None,
            ),
        )
        .prefetch_related(renditions)
    )


def article_teasers(*, section=None, topic=None, region_ids=None, author=None):
    """The newest public articles of a subject (articles.subjects.articles_public: a section,
    topic, set of regions, author, or the whole site), with what a teaser shows. A lazy
    queryset: a slice of it takes 2 queries (articles with image, primary topic and counts;
    image renditions)."""
    articles = articles_public(section=section, topic=topic, region_ids=region_ids, author=author)
    return teaser_columns(articles).order_by("-first_published_at", "-pk")


def article_teasers_by_ids(*, ids) -> dict[int, ArticlePage]:
    """The public articles among `ids`, ready for teasers, by primary key: 2 queries however
    many there are (none when `ids` is empty). Callers keep their own order."""
    ids = {int(pk) for pk in ids}
    if not ids:
        return {}
    return {article.pk: article for article in teaser_queryset().filter(pk__in=ids)}
