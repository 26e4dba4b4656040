"""Reads for the reader site. Each runs a fixed number of queries, whatever the data size
(docs/design.md §5); tests pin the counts."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Case, F, Prefetch, When
from django.db.models.functions import Coalesce

from articles.models import ArticlePage
from articles.subjects import articles_public
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


def has_polls(page: ArticlePage) -> bool:
    """Whether the body has a poll (its script is loaded then); no query."""
    return any(block["type"] == "poll" for block in page.body.raw_data)


def article_detail(*, page: ArticlePage) -> ArticleDetail:
    """Related rows for one article: 5 queries for a saved page (authors, topics, regions, the
    hero image and the authors' photos, their renditions). For a preview
    the rows come from the unsaved revision (modelcluster keeps them in memory, and
    select_related is then a no-op). Renditions are fetched with their images, so the count
    does not depend on the renditions cache."""
    authors = [link.author for link in page.article_authors.select_related("author")]
    topics = [link.topic for link in page.article_topics.select_related("topic")]
    region_links = list(page.article_regions.select_related("region"))
    regions = [link.region for link in region_links]
    dateline = [link.region for link in region_links if link.in_dateline] or regions[:1]

    primary = next((t for t in topics if t.pk == page.primary_topic_id), None)
    if primary is None and page.primary_topic_id:
        primary = page.primary_topic
    # The hero and the authors' photos with their renditions: two queries for all of them.
    image_ids = {page.hero_image_id, *(author.photo_id for author in authors)} - {None}
    images = {}
    if image_ids:
        found = NewsImage.objects.filter(pk__in=image_ids).prefetch_related("renditions")
        images = {image.pk: image for image in found}
    for author in authors:
        if author.photo_id is not None:
            author.photo = images.get(author.photo_id)
    hero = None
    if page.hero_image_id:
        page.hero_image = hero = images.get(page.hero_image_id)
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


def article_ids_newest(*, section=None, topic=None, region_ids=None, author=None):
    """The ids of the newest public articles of a subject (as `article_teasers`), newest
    first: a lazy queryset, a slice of it one query on the listing's index."""
    articles = articles_public(section=section, topic=topic, region_ids=region_ids, author=author)
    return articles.order_by("-first_published_at", "-pk").values_list("pk", flat=True)


def article_teasers_by_ids(*, ids) -> dict[int, ArticlePage]:
    """The public articles among `ids`, ready for teasers, by primary key: 2 queries however
    many there are (none when `ids` is empty). Callers keep their own order."""
    ids = {int(pk) for pk in ids}
    if not ids:
        return {}
    return {article.pk: article for article in teaser_queryset().filter(pk__in=ids)}
