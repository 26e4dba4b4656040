"""The public articles of a subject, and the subjects of an article: the one vocabulary that
listings, the modules under an article, the home page, feeds, sitemaps, the API, ninjs, search
and the edge-cache purge plan share (docs/architecture.md, «Public articles and subjects»).

A subject is a section, a topic, a region (with every region within it), an author, or the
whole site. An article is public when it is live and neither it nor an ancestor has a view
restriction (Wagtail's privacy setting: a password, login or group). The restricted pages'
tree paths are kept in the cache (`core.restrictions.restricted_paths`), so leaving them out
is a path-prefix condition on the row (no query, no query per teaser) and nothing at all on a
site without restrictions. A condition on `path`, not a sub-query: Wagtail's search backends
accept it (`path` is a `FilterField` of every page).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page

from articles.models import ArticleAuthor, ArticlePage, ArticleRegion, ArticleTopic
from core.restrictions import restricted_paths

# The kinds of subject, their page models (the URL segment of feeds, the API's parameters).
SUBJECT_MODELS = {
    "section": "taxonomy.SectionPage",
    "topic": "taxonomy.TopicPage",
    "region": "taxonomy.RegionPage",
    "author": "authors.AuthorPage",
}


def subject_model(kind: str):
    """The page model of a kind of subject; None for an unknown kind."""
    label = SUBJECT_MODELS.get(kind)
    return apps.get_model(label) if label else None


def subject_kind(page) -> str | None:
    """The kind of a section, topic, region or author page; None for any other page."""
    for kind in SUBJECT_MODELS:
        if isinstance(page, subject_model(kind)):
            return kind
    return None


def public_q(*, prefix: str = "", paths: tuple[str, ...] | None = None) -> Q:
    """Live pages that are not at or below a restricted page. `prefix` reaches the page
    through a relation (`"page__"` from a link row); `paths` defaults to the restricted paths
    now (`core.restrictions`)."""
    paths = restricted_paths() if paths is None else paths
    condition = Q(**{f"{prefix}live": True})
    for path in paths:
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition


def pages_public(queryset):
    """The pages of `queryset` that anonymous readers may see (any page type)."""
    return queryset.filter(public_q())


def region_ids_within(region) -> list[int]:
    """A region's id and those of the live regions within it: one query on the page tree."""
    model = subject_model("region")
    within = model.objects.descendant_of(region).live().values_list("pk", flat=True)
    return [region.pk, *within]


def subject_filters(subject) -> dict:
    """The `articles_public` arguments that select the articles of a subject page (None: the
    whole site). A region costs one query (the regions within it)."""
    kind = subject_kind(subject) if subject is not None else None
    if subject is None:
        return {}
    if kind == "region":
        return {"region_ids": region_ids_within(subject)}
    if kind is None:
        raise ValueError(f"not a subject: {subject!r}")
    return {kind: subject}


def articles_public(*, queryset=None, section=None, topic=None, region_ids=None, author=None):
    """The public articles of a subject: of one section (its children), topic, set of
    regions (a region page passes its own id and its sub-regions', `region_ids_within`) or
    author, or of the whole site. Lazy and unordered; `queryset` (articles) adds its own
    columns and relations.

    Regions are given by id, not by path prefix: PostgreSQL estimates `region_id IN (…)` from
    its statistics, while a join on the regions' paths looked like 15 rows when it was
    98'000 and made it hash the whole archive (bench/explain_queries.py).
    """
    articles = (ArticlePage.objects.all() if queryset is None else queryset).filter(public_q())
    return articles_of_subject(
        articles, section=section, topic=topic, region_ids=region_ids, author=author
    )


def articles_of_subject(articles, *, section=None, topic=None, region_ids=None, author=None):
    """The articles of `articles` (already public) that belong to a subject: the filter part
    of `articles_public`, for a queryset that left out restricted articles already (the
    API's base)."""
    if section is not None:
        articles = articles.filter(path__startswith=section.path, depth=section.depth + 1)
    if topic is not None:
        articles = articles.filter(article_topics__topic=topic)
    if author is not None:
        articles = articles.filter(article_authors__author=author)
    if region_ids is not None:
        articles = articles.filter(
            pk__in=ArticleRegion.objects.filter(region_id__in=list(region_ids)).values("page_id")
        )
    return articles


@dataclass(frozen=True)
class Subjects:
    """The ids of the subjects whose article lists hold some articles, by kind: their
    sections, topics, authors, and regions with every region above them (a region lists the
    articles of the regions within it)."""

    section: frozenset[int] = field(default_factory=frozenset)
    topic: frozenset[int] = field(default_factory=frozenset)
    region: frozenset[int] = field(default_factory=frozenset)
    author: frozenset[int] = field(default_factory=frozenset)

    def ids(self) -> set[int]:
        return {*self.section, *self.topic, *self.region, *self.author}


def article_subjects(*, articles) -> Subjects:
    """The subjects of these articles (pages with `pk` and `path`): 4 queries for any number
    of articles (topics, authors, region paths, sections and regions by path)."""
    articles = list(articles)
    if not articles:
        return Subjects()
    ids = [article.pk for article in articles]
    steplen = Page.steplen
    parent_paths = {article.path[:-steplen] for article in articles}
    region_paths = set(
        ArticleRegion.objects.filter(page_id__in=ids).values_list("region__path", flat=True)
    )
    region_paths |= {
        path[:end] for path in region_paths for end in range(steplen, len(path), steplen)
    }
    section_model, region_model = subject_model("section"), subject_model("region")
    sections, regions = set(), set()
    for pk, content_type in Page.objects.filter(path__in=parent_paths | region_paths).values_list(
        "pk", "content_type__model"
    ):
        if content_type == section_model._meta.model_name:
            sections.add(pk)
        elif content_type == region_model._meta.model_name:
            regions.add(pk)
    return Subjects(
        section=frozenset(sections),
        topic=frozenset(
            ArticleTopic.objects.filter(page_id__in=ids).values_list("topic_id", flat=True)
        ),
        region=frozenset(regions),
        author=frozenset(
            ArticleAuthor.objects.filter(page_id__in=ids).values_list("author_id", flat=True)
        ),
    )
