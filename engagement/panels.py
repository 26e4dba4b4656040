"""The article editor's «Zahlen» tab (articles.panels.RegisteredPanels): the totals readers
see and the charts of the article's report, read-only."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from engagement.admin_views import article_context


class ArticleNumbersPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "engagement/admin/numbers_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "pk", None))  # a new article has no numbers

        def get_context_data(self, parent_context=None):

            context = super().get_context_data(parent_context)
            context |= article_context(self.instance)
            context["report_url"] = reverse("numbers_admin:article", args=[self.instance.pk])
            return context
