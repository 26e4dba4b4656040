from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from articles.listing import ArticleListingMixin
from core.models import PublicPageMixin


class HomePage(ArticleListingMixin, PublicPageMixin, Page):
    """The front page. Sections, the topic list, the region tree and the authors hang below it."""

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "taxonomy.SectionPage",
        "taxonomy.TopicIndexPage",
        "taxonomy.RegionPage",
        "authors.AuthorIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
