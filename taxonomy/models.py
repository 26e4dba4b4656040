import re

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.models import Page
from wagtail.search import index

from articles.listing import ArticleListingMixin
from core.changes import content_changed
from core.models import CommentMode, PublicPageMixin

# A trailing qualifier in parentheses, as in «Zürich (Stadt)» or «Wil (SG)».
QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


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
    # The name in datelines, kept with the row so that a dateline costs no query: a
    # municipality's title without its qualifier («Zürich (Stadt)» → «Zürich») when no other
    # municipality has that name; otherwise the title. region_short_titles_refresh keeps it.
    short_title = models.CharField(_("short name"), max_length=255, blank=True, editable=False)

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("description")]
    parent_page_types = ["home.HomePage", "taxonomy.RegionPage"]
    subpage_types = ["taxonomy.RegionPage"]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def save(self, *args, **kwargs):
        """Saves, then renews the short names of the regions that share the old or the new
        name. A save that does not write the title (Wagtail's draft revisions) changes none."""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" not in update_fields:
            return super().save(*args, **kwargs)
        previous = None
        if self.pk:
            previous = RegionPage.objects.filter(pk=self.pk).values_list("title", flat=True)
            previous = previous.first()
        result = super().save(*args, **kwargs)
        short_titles = region_short_titles_refresh({self.title, previous} - {None})
        self.short_title = short_titles.pop(self.pk, self.short_title)
        if short_titles:
            # Other regions' datelines changed with this one's name; this region's own
            # publication purges the pages that show it.
            content_changed(page_ids=short_titles, reason="region short title", listings=False)
        return result

    def listing_filters(self) -> dict:
        return {"region_ids": [self.pk, *(region.pk for region in self._within)]}

    def get_context(self, request, *args, **kwargs):
        # The regions within this one and those above it, in one query: the ids of those
        # within select the articles (the listing), its direct children are the sub-region
        # links, those above the breadcrumb (their paths are the prefixes of this one's).
        ancestor_paths = [self.path[: self.steplen * depth] for depth in range(1, self.depth)]
        regions = list(
            RegionPage.objects.filter(
                models.Q(path__startswith=self.path, depth__gt=self.depth)
                | models.Q(path__in=ancestor_paths)
            )
            .live()
            .order_by("title")
            .only("title", "url_path", "depth", "path")
        )
        self._within = [r for r in regions if r.depth > self.depth]
        context = super().get_context(request, *args, **kwargs)
        context["subregions"] = [r for r in self._within if r.depth == self.depth + 1]
        ancestors = sorted((r for r in regions if r.depth < self.depth), key=lambda r: r.depth)
        context["parent_region"] = ancestors[-1] if ancestors else None
        context["breadcrumbs"] = [*ancestors, self]
        return context


def region_base_name(title: str) -> str:
    """The name without a trailing qualifier in parentheses: «Zürich (Stadt)» → «Zürich»."""
    return QUALIFIER.sub("", title).strip() or title


def region_short_titles_refresh(titles) -> dict[int, str]:
    """Renews the short names of every region whose name is one of `titles` with or without
    a qualifier, and returns those that changed ({id: short name}): a queryset update, so
    no revision and no signal. A region deleted leaves its namesakes as they are (their full
    titles) until one of them is saved again."""
    changed = {}
    for base in {region_base_name(title) for title in titles}:
        namesakes = [
            region
            for region in RegionPage.objects.filter(
                models.Q(title=base) | models.Q(title__startswith=f"{base} (")
            ).only("title", "kind", "short_title")
            if region_base_name(region.title) == base
        ]
        municipalities = [r for r in namesakes if r.kind == RegionPage.Kind.MUNICIPALITY]
        for region in namesakes:
            unique = len(municipalities) == 1 and region.kind == RegionPage.Kind.MUNICIPALITY
            short_title = base if unique else region.title
            if region.short_title != short_title:
                RegionPage.objects.filter(pk=region.pk).update(short_title=short_title)
                changed[region.pk] = short_title
    return changed
