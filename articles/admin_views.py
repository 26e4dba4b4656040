"""The articles' own admin views, reached from articles/wagtail_hooks.py:

- «Planung», the newsroom's calendar (articles/planning.py, docs/newsroom.md);
- «Korrektur hinzufügen»: an article's correction notes, reached from the article's header and
  listing buttons. A plain admin view, not a panel of the page form: a note must not need the
  page's review round, nor publish the draft with it (articles.corrections)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.permission_policies.pages import PagePermissionPolicy

from articles.corrections import correction_add, correction_withdraw, corrections_of
from articles.models import ArticlePage, CorrectionKind, CorrectionNote, CorrectionPosition
from articles.planning import RescheduleForm, article_reschedule, planning_calendar
from core.errors import Refused


class CorrectionForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=CorrectionKind.choices)
    text = forms.CharField(
        label=gettext_lazy("Text"),
        max_length=CorrectionNote.TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("What was wrong, and what is right. Readers see it as written."),
    )
    position = forms.ChoiceField(
        label=gettext_lazy("Shown at"),
        choices=CorrectionPosition.choices,
        initial=CorrectionPosition.TOP,
    )
    shown_at = forms.DateTimeField(
        label=gettext_lazy("Date and time"),
        required=False,
        widget=AdminDateTimeInput,
        help_text=gettext_lazy("Empty: now."),
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is the note withdrawn?"),
        max_length=CorrectionNote.REASON_MAX_LENGTH,
    )


def _editable_article(request, page_id: int) -> ArticlePage:
    article = get_object_or_404(ArticlePage, pk=page_id)
    if not article.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return article


@require_http_methods(["GET", "HEAD", "POST"])
def corrections(request, page_id: int):
    article = _editable_article(request, page_id)
    form = CorrectionForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                correction_add(article=article, user=request.user, **form.cleaned_data)
            except Refused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _("The note is on the article."))
                return redirect("articles_admin:corrections", page_id=article.pk)
        status = 400
    return render(
        request,
        "articles/admin/corrections.html",
        {
            "article": article,
            "form": form,
            "notes": corrections_of(page=article),
            "withdraw_form": WithdrawForm(auto_id=False),
            "page_title": _("Corrections: %(title)s") % {"title": article.title},
        },
        status=status,
    )


@require_POST
def withdraw(request, note_id: int):
    note = get_object_or_404(CorrectionNote, pk=note_id)
    article = _editable_article(request, note.article_id)
    back = reverse("articles_admin:corrections", kwargs={"page_id": article.pk})
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    try:
        correction_withdraw(note=note, user=request.user, reason=form.cleaned_data["reason"])
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect(back)
    messages.success(request, _("The note is withdrawn; readers see when."))
    return redirect(back)


# -- «Planung» --------------------------------------------------------------------------------

PAGE_WORK = ["add", "change", "publish"]


def works_on_pages(user) -> bool:
    """Editors and moderators: whoever may add, edit or publish pages somewhere."""
    return PagePermissionPolicy().user_has_any_permission(user, PAGE_WORK)


def planning_view(request):
    if not works_on_pages(request.user):
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
