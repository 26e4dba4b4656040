"""The ticker desk in the Wagtail admin: its URLs, the «Liveticker» menu item, and a
«Liveticker» button on an article's header and in the page listing's menu."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from articles.admin_views import works_on_pages
from articles.models import ArticlePage
from tickers import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.running_tickers_list, name="index"),
        path("<id:article_id>/", admin_views.desk, name="desk"),
        path(
            "<id:article_id>/<str:action>/",
            admin_views.ticker_action,
            name="action",
        ),
        path("entries/<id:entry_id>/edit/", admin_views.entry_edit, name="entry_edit"),
        path("entries/<id:entry_id>/delete/", admin_views.entry_delete, name="entry_delete"),
    ]
    return [path("liveticker/", include((urls, "tickers_admin"), namespace="tickers_admin"))]


class TickersMenuItem(MenuItem):
    def is_shown(self, request):
        return works_on_pages(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return TickersMenuItem(
        _("Live tickers"), reverse("tickers_admin:index"), icon_name="time", order=160
    )


class TickerButton(PageMenuItem):
    label = _("Live ticker")
    icon_name = "time"
    priority = 63

    def is_shown(self, user):
        model = self.page.specific_class  # from the content type cache: no query
        return (
            model is not None
            and issubclass(model, ArticlePage)
            and self.page.permissions_for_user(user).can_edit()
        )

    @property
    def url(self):
        return reverse("tickers_admin:desk", kwargs={"article_id": self.page.pk})


@hooks.register("register_page_header_buttons")
def ticker_header_button(page, user, view_name, next_url=None):
    yield TickerButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def ticker_listing_button(page, user, next_url=None):
    yield TickerButton(page=page)
