from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.models import Page
from wagtail.search import index

from articles.listing import ArticleListingMixin
from articles.models import CommentMode
from core.models import PublicPageMixin


class SectionPage(ArticleListingMixin, PublicPageMixin, Page):
    """A Ressort (News, Schweiz, Sport …). Articles live below it: /<section>/<article>/."""

    description = models.TextField(_("description"), blank=True)
    # Comment settings of every article in the section; an article can only be stricter.
    comment_mode = models.CharField(
        _("comments"),
        max_length=20,
        choices=CommentMode.choices,
        default=CommentMode.OPEN,
        help_text=_("For every article of the section; an article's own setting can be stricter."),
    )
    comments_close_after_days = models.PositiveIntegerField(
        _("close comments after (days)"),
        null=True,
        blank=True,
        help_text=_("Days after publication; empty: comments stay open."),
    )

    listing_filter = "section"
    content_panels = [*Page.content_panels, FieldPanel("description")]
    settings_panels = [
        *Page.settings_panels,
        FieldPanel("comment_mode"),
        FieldPanel("comments_close_after_days"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")


class TopicIndexPage(PublicPageMixin, Page):
    """The list of topics; every topic page lives below it."""

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["taxonomy.TopicPage"]

    class Meta:
        verbose_name = _("topic list")
        verbose_name_plural = _("topic lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.child_of(self).live().order_by("title")
        return context


class TopicPage(ArticleListingMixin, PublicPageMixin, Page):
    """A person, organisation, place or theme the news is about ("Mehr Wladimir Putin")."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        PLACE = "place", _("Place")
        THEME = "theme", _("Theme")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.THEME)
    other_names = models.CharField(
        _("other names"),
        max_length=500,
        blank=True,
        help_text=_("Other names readers search for, separated by commas."),
    )
    description = models.TextField(_("description"), blank=True)

    listing_filter = "topic"
    content_panels = [
        TitleFieldPanel("title", heading=_("Name")),
        FieldPanel("kind"),
        FieldPanel("other_names"),
        FieldPanel("description"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("other_names"),
        index.SearchField("description"),
    ]
    parent_page_types = ["taxonomy.TopicIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class RegionPage(ArticleListingMixin, PublicPageMixin, Page):
    """A place in the region tree: world → continent → country → canton → municipality.

    The tree is Wagtail's page tree, so a region's sub-regions are its descendants
    (one indexed path-prefix query) and its URL reads like the tree: /welt/europa/schweiz/.
    """

    class Kind(models.TextChoices):
        WORLD = "world", _("World")
        CONTINENT = "continent", _("Continent")
        COUNTRY = "country", _("Country")
        CANTON = "canton", _("Canton")
        MUNICIPALITY = "municipality", _("Municipality")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("description")]
    parent_page_types = ["home.HomePage", "taxonomy.RegionPage"]
    subpage_types = ["taxonomy.RegionPage"]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def listing_filters(self) -> dict:
        return {"region_ids": [self.pk, *(region.pk for region in self._within)]}

    def get_context(self, request, *args, **kwargs):
        # Every region within this one, in one query: their ids select the articles (the
        # listing), the direct children are the sub-region links.
        self._within = list(
            RegionPage.objects.descendant_of(self)
            .live()
            .order_by("title")
            .only("title", "url_path", "depth")
        )
        context = super().get_context(request, *args, **kwargs)
        context["subregions"] = [r for r in self._within if r.depth == self.depth + 1]
        return context
