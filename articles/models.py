from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from articles.blocks import ArticleBodyBlock, KeyPointsBlock
from articles.forms import ArticlePageForm
from articles.panels import RegisteredPanels
from articles.video import body_frame_origins
from core.changes import content_changed
from core.http import list_tag, page_tag
from core.models import CommentMode, PublicPageMixin
from core.text import german_stems

# SQLite's full-text search (FTS5) has no German stemmer: on the embedded default the articles
# are indexed with their word stems as well, and searches look for the stems of their words
# (discovery.selectors.backend_terms). PostgreSQL's German configuration stems by itself.
STEMMED_SEARCH_FIELD = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")


class ArticlePage(PublicPageMixin, Page):
    """A news article. The page title is the headline; it lives below its section."""

    external_id = models.CharField(
        _("external ID"),
        max_length=120,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Stable ID of the article in the system it was imported from."),
    )
    import_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    kicker = models.CharField(
        _("kicker"),
        max_length=80,
        blank=True,
        help_text=_("The line above the headline. Empty: the primary topic's name."),
    )
    lead = models.TextField(_("lead"), max_length=500)
    primary_topic = models.ForeignKey(
        "taxonomy.TopicPage",
        verbose_name=_("primary topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image = models.ForeignKey(
        "images.NewsImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.TextField(
        _("caption"),
        max_length=400,
        blank=True,
        help_text=_("Empty: the image's default caption."),
    )
    hero_credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Empty: the image's credit."),
    )
    hero_is_archive = models.BooleanField(
        _("archive picture"),
        default=False,
        help_text=_("The picture was not taken for this story; readers see «(Archivbild)»."),
    )
    # None for agency copy and archives (docs/import-format.md); the page then shows no box.
    key_points = StreamField(KeyPointsBlock(), verbose_name=_("key points"), blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    comment_mode = models.CharField(
        _("comments"), max_length=20, choices=CommentMode.choices, default=CommentMode.OPEN
    )
    show_view_count = models.BooleanField(
        _("show view count"),
        default=False,
        help_text=_("Readers see how often the article was viewed, e.g. «13 Mio. Views»."),
    )

    base_form_class = ArticlePageForm
    # Caches keep fresh news for seconds and older articles for minutes (core.http).
    cache_policy_kind = "article"
    # A copy is a new article: it must not claim the original's place in the import source.
    exclude_fields_in_copy = ["external_id", "import_fingerprint"]
    content_panels = [
        FieldPanel("kicker"),
        # The slug fills itself from the headline while the article is a draft.
        TitleFieldPanel("title", heading=_("Headline")),
        FieldPanel("lead"),
        MultipleChooserPanel("article_authors", chooser_field_name="author", heading=_("Authors")),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_caption"),
                FieldRowPanel([FieldPanel("hero_credit"), FieldPanel("hero_is_archive")]),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("key_points", heading=_("Key points (Das Wichtigste in Kürze)")),
        FieldPanel("body"),
    ]
    classification_panels = [
        MultipleChooserPanel("article_topics", chooser_field_name="topic", heading=_("Topics")),
        FieldPanel("primary_topic"),
        MultipleChooserPanel("article_regions", chooser_field_name="region", heading=_("Regions")),
    ]
    settings_panels = [
        *Page.settings_panels,
        FieldPanel("comment_mode"),
        FieldPanel("show_view_count"),
        FieldPanel("external_id"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Topics and regions")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
            RegisteredPanels(heading=_("Numbers")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("key_points"),
        index.SearchField("body"),
        *([index.SearchField("search_stems")] if STEMMED_SEARCH_FIELD else []),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["taxonomy.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def search_stems(self) -> str:
        """The German word stems of the headline, lead, key points and body (the search
        index's text on SQLite, STEMMED_SEARCH_FIELD)."""
        texts = [
            self.title,
            self.lead,
            *self.key_points.stream_block.get_searchable_content(self.key_points),
            *self.body.stream_block.get_searchable_content(self.body),
        ]
        return " ".join(german_stems(" ".join(texts)))

    def save(self, *args, **kwargs):
        """Save, and keep what the article's lists depend on in step (a full save is what
        writes the link rows: publishing a revision, an import; a draft saves only a few
        columns):

        - the link rows' copy of the first publication time (`SubjectLink`), whichever way the
          rows were written (`subject_links_dated`);
        - `lists_kept`: whether the save left every list the article is in, and what its
          own modules draw from, as it was (it was and is live, with the same first
          publication time, primary topic, topics, regions and dateline, authors): then
          publishing it changes what the article shows, not any list (edge.signals: only
          the pages that show it are renewed);
        - a topic, region or author the live article left: its list is renewed
          (the purge plan of the publication knows only the article's lists of now).
        """
        fields = kwargs.get("update_fields")
        self.lists_kept = False
        before = self.lists_state() if self.pk and fields is None else None
        result = super().save(*args, **kwargs)
        if fields is None or "first_published_at" in fields:
            subject_links_dated(self.pk, self.first_published_at)
        if before is not None and before[0]:
            after = self.lists_state()
            self.lists_kept = after == before
            subjects = {(kind, pk) for kind, pk, _order in after[2]}
            if left := {(kind, pk) for kind, pk, _order in before[2]} - subjects:
                tags = [list_tag(pk) for kind, pk in left if kind != "dateline"]
                content_changed(page_ids=[], reason="left lists", tags=tags)
        return result

    def lists_state(self) -> tuple:
        """What puts the article into lists and orders it there, and what its own modules
        draw from (discovery.selectors.article_modules), as stored: whether it is live, its
        first publication time and primary topic, its subjects (kind, id, place), the regions
        of its dateline. Two queries."""
        live, published, primary = (
            ArticlePage.objects.filter(pk=self.pk)
            .values_list("live", "first_published_at", "primary_topic_id")
            .get()
        )
        links = [
            model.objects.filter(page_id=self.pk, **where)
            .annotate(kind=models.Value(kind))
            .values_list("kind", f"{field}_id", "sort_order")
            .order_by()
            for model, kind, field, where in (
                (ArticleTopic, "topic", "topic", {}),
                (ArticleRegion, "region", "region", {}),
                (ArticleRegion, "dateline", "region", {"in_dateline": True}),
                (ArticleAuthor, "author", "author", {}),
            )
        ]
        return live, published, frozenset(links[0].union(*links[1:], all=True)), primary

    def serve(self, request, *args, **kwargs):
        return self._allow_video_players(super().serve(request, *args, **kwargs))

    def serve_preview(self, request, mode_name):
        return self._allow_video_players(super().serve_preview(request, mode_name))

    def _allow_video_players(self, response):
        """The page's Content-Security-Policy lets in the players of the platform videos in
        its body, and only those (django-csp reads `_csp_replace`); every other page keeps
        `frame-src 'none'`. From the body's raw data: no query."""
        if origins := body_frame_origins(self.body):
            replace = getattr(response, "_csp_replace", None) or {}
            response._csp_replace = {**replace, "frame-src": origins}
        return response

    def cache_tags(self, context) -> set[str]:
        """The page's own tags, and the pages its kept parts show: the authors, topics and
        regions of its content parts, the articles of its modules (they are HTML, not pages
        in the context: reader.selectors.RenderedArticle, discovery.selectors.RenderedModules).
        """
        tags = super().cache_tags(context)
        if rendered := context.get("rendered"):
            tags.update(page_tag(pk) for pk in rendered.page_ids)
        if modules := context.get("modules"):
            tags.update(page_tag(pk) for pk in modules.article_ids)
        if ticker := context.get("ticker_section"):
            tags.add(ticker.tag)  # purged by every entry (tickers.services)
        return tags


def subject_links_dated(page_id: int, published_at) -> None:
    """Give the article's topic and region links its first publication time (`SubjectLink`):
    one UPDATE each, writing only rows whose copy differs. For code that sets the time
    without `ArticlePage.save` (a queryset's update)."""
    for link in (ArticleTopic, ArticleRegion):
        link.objects.filter(page_id=page_id).exclude(published_at=published_at).update(
            published_at=published_at
        )


class ArticleAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        "authors.AuthorPage",
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_article_author")
        ]


class SubjectLink(Orderable):
    """An article's link to a topic or region, with a copy of the article's first publication
    time (`ArticlePage.save` keeps it): «the newest of a topic» is then one range of the
    index (subject, time) instead of a walk down every article's publication time until
    enough of that topic turn up (an article's five lists took 33 ms of PostgreSQL's time at
    100'000 articles, 5.5 ms with the index)."""

    published_at = models.DateTimeField(null=True, editable=False)

    class Meta(Orderable.Meta):
        abstract = True


class ArticleTopic(SubjectLink):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_topics")
    topic = models.ForeignKey(
        "taxonomy.TopicPage",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["page", "topic"], name="unique_article_topic")
        ]
        indexes = [
            models.Index(fields=["topic", "-published_at", "-page"], name="article_topic_newest")
        ]


class ArticleRegion(SubjectLink):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_regions")
    region = models.ForeignKey(
        "taxonomy.RegionPage",
        verbose_name=_("region"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )
    in_dateline = models.BooleanField(
        _("in dateline"),
        default=False,
        help_text=_(
            "Named before the time at the top of the article. If no region is marked, "
            "the first one is."
        ),
    )

    panels = [FieldPanel("region"), FieldPanel("in_dateline")]

    class Meta(Orderable.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["page", "region"], name="unique_article_region")
        ]
        indexes = [
            models.Index(fields=["region", "-published_at", "-page"], name="article_region_newest")
        ]


class CorrectionKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    CLARIFICATION = "clarification", _("Clarification")
    UPDATE = "update", _("Update")


class CorrectionPosition(models.TextChoices):
    TOP = "top", _("Top of the article")
    BOTTOM = "bottom", _("Bottom of the article")


class CorrectionNote(models.Model):
    """A correction, clarification or update shown on a published article (Swiss Press
    Council, Trust Project; docs/newsroom.md).

    Its own row, not a field of the page: adding one changes no page content, so it needs no
    review round and never publishes an editor's unpublished draft along with it. Notes are
    never deleted: withdrawing one leaves a dated trace for readers. Written only by
    `articles.corrections`."""

    TEXT_MAX_LENGTH = 1000
    REASON_MAX_LENGTH = 500

    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="correction_notes"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=CorrectionKind.choices)
    text = models.TextField(_("text"), max_length=TEXT_MAX_LENGTH)
    position = models.CharField(
        _("shown at"),
        max_length=10,
        choices=CorrectionPosition.choices,
        default=CorrectionPosition.TOP,
    )
    shown_at = models.DateTimeField(_("date and time"))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawal_reason = models.TextField(blank=True, max_length=REASON_MAX_LENGTH)

    class Meta:
        verbose_name = _("correction note")
        verbose_name_plural = _("correction notes")
        ordering = ["shown_at", "pk"]
        indexes = [models.Index(fields=["-shown_at", "-id"], name="correction_newest")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.shown_at:%Y-%m-%d %H:%M}"

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None
