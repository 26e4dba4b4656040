"""The articles in the Wagtail admin: «Planung», the newsroom's calendar (articles/planning.py,
docs/newsroom.md)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from articles.planning import RescheduleForm, article_reschedule, planning_calendar
from core.errors import Refused

PAGE_WORK = ["add", "change", "publish"]


def _works_on_pages(user) -> bool:
    """Editors and moderators: whoever may add, edit or publish pages somewhere."""
    return PagePermissionPolicy().user_has_any_permission(user, PAGE_WORK)


def planning_view(request):
    if not _works_on_pages(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = RescheduleForm(request.POST)
        if form.is_valid():
            try:
                page = article_reschedule(
                    page_id=form.cleaned_data["page"],
                    go_live_at=form.cleaned_data["go_live_at"],
                    user=request.user,
                )
            except Refused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(
                    request, _("«%(title)s» is rescheduled.") % {"title": page.draft_title}
                )
        else:
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
        return redirect("articles_planning")
    return render(
        request,
        "articles/admin/planning.html",
        {"planning": planning_calendar(user=request.user), "page_title": _("Planning")},
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("planung/", planning_view, name="articles_planning")]


class PlanningMenuItem(MenuItem):
    def is_shown(self, request):
        return _works_on_pages(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PlanningMenuItem(
        _("Planning"), reverse("articles_planning"), icon_name="date", order=150
    )
