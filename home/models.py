from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.models import PublicPageMixin


class HomePage(PublicPageMixin, Page):
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

    def get_context(self, request, *args, **kwargs):
        from articles.selectors import article_teasers

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = article_teasers()
        return context
