"""The comments in the Wagtail admin: the moderation queue, its counts on the dashboard, and
the word list the pipeline uses (a snippet, so editors manage it like any other list)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from comments import admin_views
from comments.models import ModerationWord

MODERATE = "comments.moderate_comment"


def _moderators_only(view):
    return permission_required(MODERATE)(view)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", _moderators_only(admin_views.queue), name="queue"),
        path("history/", _moderators_only(admin_views.history), name="history"),
        path("ban/", _moderators_only(admin_views.ban), name="ban"),
        path(
            "appeals/<id:appeal_id>/answer/",
            _moderators_only(admin_views.appeal_answer_view),
            name="appeal_answer",
        ),
    ]
    return [path("comments/", include((urls, "comments_admin"), namespace="comments_admin"))]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ModeratorMenuItem(
        _("Comments"), reverse("comments_admin:queue"), icon_name="comment", order=250
    )


class CommentsSummaryItem(SummaryItem):
    order = 400
    template_name = "comments/admin/summary_item.html"

    def is_shown(self):
        return self.request.user.has_perm(MODERATE)

    def get_context_data(self, parent_context):
        return {"counts": admin_views.queue_counts()}


@hooks.register("construct_homepage_summary_items")
def add_summary_item(request, items):
    items.append(CommentsSummaryItem(request))


class ModerationWordViewSet(SnippetViewSet):
    model = ModerationWord
    icon = "warning"
    menu_label = _("Comment word list")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["word", "kind", "note"]
    list_filter = ["kind"]
    search_fields = ["word", "note"]


register_snippet(ModerationWordViewSet)
