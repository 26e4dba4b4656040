"""The desk's numbers in the Wagtail admin: the «Zahlen» menu item and dashboard, the CSV
export, one article's report and the «Zahlen» tab of the article editor
(docs/newsroom.md). Every admin user sees them: they are aggregates only."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from engagement import admin_views
from engagement.panels import ArticleNumbersPanel


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.dashboard, name="dashboard"),
        path("export.csv", admin_views.export, name="export"),
        path("articles/<id:article_id>/", admin_views.article_report, name="article"),
    ]
    return [path("numbers/", include((urls, "numbers_admin"), namespace="numbers_admin"))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(_("Numbers"), reverse("numbers_admin:dashboard"), icon_name="table", order=240)


@hooks.register("register_article_editor_panels")
def article_numbers_panel():
    return ArticleNumbersPanel(heading=_("Numbers"))
