"""The articles in the Wagtail admin: «Planung», the newsroom's calendar (articles/planning.py,
docs/newsroom.md); a «Korrektur hinzufügen» button on a live article's header and in the page
listing's menu, the notes' admin URLs, and the history entries that adding and withdrawing a
note write (articles.corrections)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from articles import admin_views
from articles.corrections import ADDED, WITHDRAWN
from articles.models import ArticlePage


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("<id:page_id>/corrections/", admin_views.corrections, name="corrections"),
        path("corrections/<id:note_id>/withdraw/", admin_views.withdraw, name="withdraw"),
    ]
    return [
        path("planung/", admin_views.planning_view, name="articles_planning"),
        path("articles/", include((urls, "articles_admin"), namespace="articles_admin")),
    ]


class PlanningMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.works_on_pages(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PlanningMenuItem(
        _("Planning"), reverse("articles_planning"), icon_name="date", order=150
    )


class CorrectionButton(PageMenuItem):
    label = _("Add a correction")
    icon_name = "edit"
    priority = 62

    def is_shown(self, user):
        model = self.page.specific_class  # from the content type cache: no query
        return (
            model is not None
            and issubclass(model, ArticlePage)
            and self.page.live
            and self.page.permissions_for_user(user).can_edit()
        )

    @property
    def url(self):
        return reverse("articles_admin:corrections", kwargs={"page_id": self.page.pk})


@hooks.register("register_page_header_buttons")
def correction_header_button(page, user, view_name, next_url=None):
    yield CorrectionButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def correction_listing_button(page, user, next_url=None):
    yield CorrectionButton(page=page)


@hooks.register("register_log_actions")
def register_correction_log_actions(actions):
    @actions.register_action(ADDED)
    class Added(LogFormatter):
        label = _("Correction note added")

        def format_message(self, log_entry):
            return _("Correction note added: %(text)s") % {"text": log_entry.data.get("text", "")}

    @actions.register_action(WITHDRAWN)
    class Withdrawn(LogFormatter):
        label = _("Correction note withdrawn")

        def format_message(self, log_entry):
            return _("Correction note withdrawn (%(reason)s): %(text)s") % {
                "reason": log_entry.data.get("reason", ""),
                "text": log_entry.data.get("text", ""),
            }
