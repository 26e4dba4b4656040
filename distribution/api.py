"""The read-only JSON API: Wagtail API v2 endpoints for articles, sections, topics, regions
and authors under /api/v2/ (https://docs.wagtail.org/en/stable/advanced_topics/api/v2/).

Only live pages outside private sections, only the fields listed here: no drafts, no
`external_id` or import fingerprint, no owner or revision data. Every bad query parameter is
a 400 with a message, never a 500. Answers are public and cacheable: the endpoints use no
authentication, so they never read the session. Like the feeds, they carry the `feeds` tag:
every change purges them at the edge (core.http).
"""

from django.core.exceptions import FieldError, ValidationError
from django.db import DatabaseError, DataError
from django.db.models import Prefetch
from django.http import Http404
from rest_framework import serializers
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import AllowAny
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from articles.models import (
    ArticleAuthor,
    ArticlePage,
    ArticleRegion,
    ArticleTopic,
    CorrectionNote,
)
from articles.subjects import (
    SUBJECT_MODELS,
    articles_of_subject,
    pages_public,
    subject_filters,
    subject_model,
)
from authors.models import AuthorPage
from core.http import FEEDS, public_cache_control
from core.params import MAX_ID, whole_number
from distribution import live
from distribution.media import SHARE_RENDITION, rendition_or_none
from distribution.selectors import article_ticker, sections_attach, ticker_entries
from distribution.site import site_root_for_site_id
from images.models import NewsRendition
from taxonomy.models import RegionPage, SectionPage, TopicPage

MAX_OFFSET = 10_000_000


def positive_id(name: str, raw: str) -> int:
    value = whole_number(raw.strip() if isinstance(raw, str) else raw, maximum=MAX_ID)
    if value is None:
        raise BadRequestError(f"{name} must be a positive integer id")
    return value


class Pagination(WagtailPagination):
    """Wagtail's limit/offset pagination, with an upper bound on the offset."""

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.GET.get("offset", "0")
        if whole_number(raw, minimum=0, maximum=MAX_OFFSET) is None:
            raise BadRequestError(f"offset must be a whole number from 0 to {MAX_OFFSET}")
        return list(super().paginate_queryset(queryset, request, view))


# -- Fields ------------------------------------------------------------------------------------


def html_url(page, context) -> str | None:
    """The page's URL on the Wagtail site (root paths cached on the request)."""
    return page.get_full_url(request=context.get("request"))


class PageLinkField(serializers.Field):
    """A related page as {id, title, html_url} (plus `kind` where the page has one)."""

    def __init__(self, *args, attribute: str, **kwargs):
        self.attribute = attribute
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(*args, **kwargs)

    def link(self, page) -> dict:
        data = {"id": page.pk, "title": page.title, "html_url": html_url(page, self.context)}
        if hasattr(page, "kind"):
            data["kind"] = page.kind
        return data

    def to_representation(self, instance):
        target = getattr(instance, self.attribute, None)
        return None if target is None else self.link(target)


class ArticleLinksField(PageLinkField):
    """The article's authors, topics or regions (`target` of the prefetched link rows), in
    the editors' order."""

    def __init__(self, *args, target: str, **kwargs):
        self.target = target
        super().__init__(*args, **kwargs)

    def to_representation(self, instance):
        links = getattr(instance, self.attribute)
        items = [self.link(getattr(link, self.target)) for link in links]
        if self.target == "topic":
            for item in items:
                item["primary"] = item["id"] == instance.primary_topic_id
        return items


class RenditionField(serializers.Field):
    """A picture as {url, width, height, alt, credit}: the 16:9 rendition used for sharing,
    absolute on the Wagtail site."""

    def __init__(self, *args, attribute: str, **kwargs):
        self.attribute = attribute
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(*args, **kwargs)

    def to_representation(self, instance):
        image = getattr(instance, self.attribute)
        rendition = rendition_or_none(image, SHARE_RENDITION)
        if rendition is None:
            return None
        request = self.context.get("request")
        url = rendition.url
        if not url.startswith(("http://", "https://")):
            site = instance.get_url_parts(request=request)
            url = (site[1] or "").rstrip("/") + url if site else url
        data = {
            "url": url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
            "credit": image.credit,
        }
        if self.attribute == "hero_image":
            data["credit"] = instance.hero_credit or image.credit
            data["caption"] = instance.hero_caption or image.default_caption
        return data


class KeyPointsField(serializers.Field):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(*args, **kwargs)

    def to_representation(self, value):
        return [str(point.value) for point in value]


class CorrectionsField(serializers.Field):
    """The article's correction notes, oldest first: {kind, label, text, date, position}, and
    `withdrawn_at` with `withdrawal_reason` for a withdrawn one (readers see its trace)."""

    def __init__(self, *args, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(*args, **kwargs)

    def to_representation(self, instance):
        notes = []
        for note in instance.api_corrections:
            data = {
                "kind": note.kind,
                "label": str(note.get_kind_display()),
                "text": note.text,
                "date": note.shown_at.isoformat(),
                "position": note.position,
            }
            if note.withdrawn:
                data["withdrawn_at"] = note.withdrawn_at.isoformat()
                data["withdrawal_reason"] = note.withdrawal_reason
            notes.append(data)
        return notes


class NinjsUrlField(serializers.Field):
    def __init__(self, *args, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(*args, **kwargs)

    def to_representation(self, instance):
        from django.urls import reverse

        parts = instance.get_url_parts(request=self.context.get("request"))
        root = (parts[1] or "").rstrip("/") if parts else ""
        return root + reverse("distribution:ninjs_article", args=[instance.pk])


class TickerField(serializers.Field):
    """The article's live ticker (distribution.live), null without one: `status`
    (`not_started`, `running`, `ended`), `started_at`, `ended_at`, `last_posted_at` and, once
    started, `feed_url`. The detail adds `entries`: the newest visible entries, newest first
    (at most distribution.selectors.TICKER_ENTRIES), each {id, url, posted_at, updated_at
    (null unless edited), title, headline, is_key, is_pinned, text, html}."""

    def __init__(self, *args, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(*args, **kwargs)

    def to_representation(self, instance):
        ticker = article_ticker(page=instance)  # selected with the article: no query
        if ticker is None:
            return None
        status = live.ticker_status(ticker)
        data = {
            "status": status,
            "started_at": _iso(ticker.started_at),
            "ended_at": _iso(ticker.ended_at),
            "last_posted_at": _iso(ticker.last_posted_at),
        }
        if status != live.NOT_STARTED:
            from django.urls import reverse

            parts = instance.get_url_parts(request=self.context.get("request"))
            root = (parts[1] or "").rstrip("/") if parts else ""
            data["feed_url"] = root + reverse("distribution:feed_atom_ticker", args=[instance.pk])
        entries = getattr(instance, "api_ticker_entries", None)
        if entries is not None:
            data["entries"] = [
                {
                    "id": item.entry.pk,
                    "url": item.url,
                    "posted_at": _iso(item.entry.posted_at),
                    "updated_at": _iso(item.modified),
                    "title": item.entry.title,
                    "headline": item.headline,
                    "is_key": item.entry.is_key,
                    "is_pinned": item.entry.is_pinned,
                    "text": item.text,
                    "html": item.html,
                }
                for item in entries
            ]
        return data


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def ticker_entries_attach(article, request) -> None:
    """Put the newest entries of the article's started ticker on it for TickerField (the
    detail only): 1 or 2 queries (entries, their pictures' renditions), none without a
    started ticker."""
    ticker = article_ticker(page=article)
    if not live.is_started(ticker):
        return
    # The site from the page's URL parts (cached root paths: no query).
    parts = article.get_url_parts(request=request)
    if not parts:
        return
    site = site_root_for_site_id(parts[0])
    article.api_ticker_entries = live.machine_entries(
        ticker_entries(ticker=ticker, pictures=True),
        article_url=site.page_url(article.url_path),
        site=site,
    )


# -- Filters -----------------------------------------------------------------------------------


class ArticleFilter(BaseFilterBackend):
    """?section=, ?topic=, ?region= (sub-regions included), ?author=: an id or a slug of a
    public subject; the articles of it as articles.subjects selects them everywhere."""

    PARAMETERS = tuple(SUBJECT_MODELS)

    def target(self, name: str, raw: str):
        model = subject_model(name)
        raw = raw.strip()
        if raw.isdigit():
            found = model.objects.filter(pk=positive_id(name, raw))
        elif raw and len(raw) <= 255 and "\x00" not in raw:
            found = model.objects.filter(slug=raw)
        else:
            raise BadRequestError(f"{name} must be an id or a slug")
        return pages_public(found).only("pk", "path", "depth").first()

    def filter_queryset(self, request, queryset, view):
        for name in self.PARAMETERS:
            if name not in request.GET:
                continue
            target = self.target(name, request.GET[name])
            if target is None:
                return queryset.none()
            queryset = articles_of_subject(queryset, **subject_filters(target))
        return queryset


# -- Endpoints ---------------------------------------------------------------------------------


class PublicPagesEndpoint(PagesAPIViewSet):
    """Wagtail's pages endpoint restricted to one page model, without authentication (so
    without session: responses are cacheable) and with 400s for every bad parameter."""

    authentication_classes = []
    permission_classes = [AllowAny]
    pagination_class = Pagination
    # The model is fixed per endpoint: ?type= would let one endpoint list any page type.
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"type"}

    def get_base_queryset(self):
        """Wagtail's live pages of the site without any view-restricted page, computed once
        per request (Wagtail asks for it three times). Wagtail's own exclusion lets a
        reader's session widen it (a password given): not for a public, cacheable answer, so
        the pages are narrowed to the public ones of articles.subjects as well."""
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = pages_public(super().get_base_queryset())
        return self._base_queryset

    def listing_view(self, request):
        try:
            return super().listing_view(request)
        except Http404 as error:
            # ?locale=xx, ?site=nope, ?child_of=<unknown>: a bad parameter, not a missing page.
            raise BadRequestError(f"invalid query parameter: {error}") from None
        except DatabaseError:
            if "search" not in request.GET:
                raise
            # A search string the database's full-text syntax refuses.
            raise BadRequestError("search: this query cannot be searched") from None

    def get_queryset(self):
        return self.model.objects.filter(
            pk__in=self.get_base_queryset().values_list("pk", flat=True)
        ).order_by("title", "pk")

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for name, value in self.request.GET.items():
            if "\x00" in value:
                raise BadRequestError(f"{name}: null characters are not allowed")
        for name in ("id", "child_of", "descendant_of", "ancestor_of", "translation_of"):
            raw = self.request.GET.get(name)
            if raw is not None and raw not in ("root",):
                positive_id(name, raw)

    def filter_queryset(self, queryset):
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, FieldError, ValueError, OverflowError) as error:
            raise BadRequestError(f"invalid query parameter: {error}") from None

    def get_object(self):
        try:
            return super().get_object()
        except (OverflowError, DataError):
            raise Http404("not found") from None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            # What articles, sections … list and show: every change may alter it, as for
            # the feeds (edge.purge.ALWAYS_PURGED_TAGS).
            public_cache_control(response, tags=[FEEDS])
        return response


class ArticlesEndpoint(PublicPagesEndpoint):
    model = ArticlePage
    name = "articles"
    known_query_parameters = PublicPagesEndpoint.known_query_parameters | set(
        ArticleFilter.PARAMETERS
    )
    filter_backends = [ArticleFilter, *PagesAPIViewSet.filter_backends]
    body_fields = [
        *PagesAPIViewSet.body_fields,
        "kicker",
        "lead",
        APIField("section", serializer=PageLinkField(attribute="section")),
        APIField("authors", serializer=ArticleLinksField(attribute="api_authors", target="author")),
        APIField("topics", serializer=ArticleLinksField(attribute="api_topics", target="topic")),
        APIField("regions", serializer=ArticleLinksField(attribute="api_regions", target="region")),
        APIField("hero_image", serializer=RenditionField(attribute="hero_image")),
        "hero_is_archive",
        APIField("key_points", serializer=KeyPointsField()),
        "body",
        APIField("corrections", serializer=CorrectionsField()),
        APIField("ninjs_url", serializer=NinjsUrlField()),
        APIField("ticker", serializer=TickerField()),
    ]
    meta_fields = [*PublicPagesEndpoint.meta_fields, "last_published_at"]
    listing_default_fields = [
        *PublicPagesEndpoint.listing_default_fields,
        "last_published_at",
        "kicker",
        "lead",
        "section",
        "authors",
        "topics",
        "regions",
        "hero_image",
        "corrections",
        "ticker",
    ]

    def get_queryset(self):
        return (
            self.model.objects.filter(pk__in=self.get_base_queryset().values_list("pk", flat=True))
            .select_related("hero_image", "ticker")
            .prefetch_related(
                Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
                    to_attr="api_authors",
                ),
                Prefetch(
                    "article_topics",
                    queryset=ArticleTopic.objects.select_related("topic").order_by("sort_order"),
                    to_attr="api_topics",
                ),
                Prefetch(
                    "article_regions",
                    queryset=ArticleRegion.objects.select_related("region").order_by("sort_order"),
                    to_attr="api_regions",
                ),
                Prefetch("hero_image__renditions", queryset=NewsRendition.objects.all()),
                Prefetch(
                    "correction_notes",
                    queryset=CorrectionNote.objects.order_by("shown_at", "pk"),
                    to_attr="api_corrections",
                ),
            )
            .order_by("-first_published_at", "-pk")
        )

    def paginate_queryset(self, queryset):
        articles = super().paginate_queryset(queryset)
        sections_attach(articles)
        return articles

    def get_object(self):
        # Wagtail asks twice (for the serializer's class, then its data): read once.
        if not hasattr(self, "_article"):
            self._article = super().get_object()
            sections_attach([self._article])
            ticker_entries_attach(self._article, self.request)
        return self._article


class SectionsEndpoint(PublicPagesEndpoint):
    model = SectionPage
    name = "sections"
    body_fields = [*PagesAPIViewSet.body_fields, "description"]
    listing_default_fields = [*PublicPagesEndpoint.listing_default_fields, "description"]

    def get_queryset(self):
        return super().get_queryset().order_by("path")


class TopicsEndpoint(PublicPagesEndpoint):
    model = TopicPage
    name = "topics"
    body_fields = [*PagesAPIViewSet.body_fields, "kind", "other_names", "description"]
    listing_default_fields = [*PublicPagesEndpoint.listing_default_fields, "kind"]


class RegionsEndpoint(PublicPagesEndpoint):
    model = RegionPage
    name = "regions"
    body_fields = [*PagesAPIViewSet.body_fields, "kind", "description"]
    listing_default_fields = [*PublicPagesEndpoint.listing_default_fields, "kind"]

    def get_queryset(self):
        return super().get_queryset().order_by("path")


class AuthorsEndpoint(PublicPagesEndpoint):
    model = AuthorPage
    name = "authors"
    body_fields = [
        *PagesAPIViewSet.body_fields,
        "role",
        "bio",
        APIField("photo", serializer=RenditionField(attribute="photo")),
    ]
    listing_default_fields = [*PublicPagesEndpoint.listing_default_fields, "role"]

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("photo")
            .prefetch_related(Prefetch("photo__renditions", queryset=NewsRendition.objects.all()))
        )


api_router = WagtailAPIRouter("distribution:wagtailapi")
for endpoint in (
    ArticlesEndpoint,
    SectionsEndpoint,
    TopicsEndpoint,
    RegionsEndpoint,
    AuthorsEndpoint,
):
    api_router.register_endpoint(endpoint.name, endpoint)
