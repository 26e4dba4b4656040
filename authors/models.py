from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.models import Page
from wagtail.search import index

from articles.listing import ArticleListingMixin
from core.models import PublicPageMixin


class AuthorIndexPage(PublicPageMixin, Page):
    """The newsroom's staff list; every author page lives below it."""

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["authors.AuthorPage"]

    class Meta:
        verbose_name = _("author list")
        verbose_name_plural = _("author lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = (
            AuthorPage.objects.child_of(self).live().select_related("photo").order_by("title")
        )
        return context


class AuthorPage(ArticleListingMixin, PublicPageMixin, Page):
    """A journalist: the byline links here. The page title is the author's name."""

    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("e.g. «Redaktorin Inland»")
    )
    photo = models.ForeignKey(
        "images.NewsImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short biography"), max_length=600, blank=True)

    listing_filter = "author"

    content_panels = [
        TitleFieldPanel("title", heading=_("Name")),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("bio")]
    parent_page_types = ["authors.AuthorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
