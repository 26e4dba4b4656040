"""The moderation queue in the Wagtail admin: lists by status, approve / reject / spam with a
reason code (one comment or many), a commenter's history and bans.

Written as plain admin views rather than a snippet viewset: moderation is a decision on a
list (check, choose, apply), not editing rows one by one, and comments are not content the
newsroom edits (no revisions, no edit form)."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from comments.models import AppealOutcome, Comment, CommentAppeal, CommentStatus, ModerationReason
from comments.services import ACTIONS, appeal_answer, comments_moderate
from core.errors import Refused
from core.params import page_number, whole_number
from engagement.guard import ban_create, ban_lift, bans_active
from engagement.models import Ban, Guest

PER_PAGE = 50
TABS = [
    ("pending", gettext_lazy("Pending")),
    ("reported", gettext_lazy("Reported")),
    ("approved", gettext_lazy("Approved")),
    ("rejected", gettext_lazy("Rejected")),
    ("spam", gettext_lazy("Spam")),
    ("appeals", gettext_lazy("Appeals")),
]


class ModerationForm(forms.Form):
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=[])
    action = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("reject", gettext_lazy("Reject")),
            ("spam", gettext_lazy("Spam")),
        ]
    )
    reason = forms.ChoiceField(choices=[("", "—"), *ModerationReason.choices], required=False)

    def __init__(self, *args, ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ids"].choices = [(pk, pk) for pk in ids]


class AppealAnswerForm(forms.Form):
    answer = forms.CharField(
        label=gettext_lazy("Answer to the author"), max_length=1000, widget=forms.Textarea
    )
    outcome = forms.ChoiceField(label=gettext_lazy("Decision"), choices=AppealOutcome.choices)


class BanForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=300, required=False)
    days = forms.IntegerField(
        label=gettext_lazy("Days (empty: for good)"), min_value=1, max_value=3650, required=False
    )


def queue_counts() -> dict[str, int]:
    """How many comments each tab holds: one query."""
    counts = Comment.objects.aggregate(
        **{
            status: Count("pk", filter=Q(status=status))
            for status in ("pending", "approved", "rejected", "spam")
        },
        reported=Count("pk", filter=Q(open_reports__gt=0)),
        # Appeals not answered yet (one-to-one: the join adds no rows).
        appeals=Count("appeal", filter=Q(appeal__answered_at__isnull=True)),
    )
    return counts


def _queue_queryset(tab: str):
    comments = Comment.objects.select_related(
        "article", "user__reader_profile", "guest", "moderated_by"
    )
    if tab == "reported":
        return comments.filter(open_reports__gt=0).prefetch_related("reports")
    return comments.filter(status=tab).prefetch_related("reports")


@require_http_methods(["GET", "HEAD", "POST"])
def queue(request):
    tab = request.GET.get("status", "pending")
    if tab not in dict(TABS):
        raise Http404
    if tab == "appeals":
        return _appeals(request)
    if request.method == "POST":
        return _moderate(request, tab)
    paginator = Paginator(_queue_queryset(tab).order_by("-pk"), PER_PAGE)
    page = paginator.get_page(page_number(request.GET.get("page")) or 1)
    counts = queue_counts()
    return render(
        request,
        "comments/admin/queue.html",
        {
            "tab": tab,
            "tabs": [(key, label, counts[key]) for key, label in TABS],
            "page": page,
            "reasons": ModerationReason.choices,
            "page_title": _("Comments"),
        },
    )


def _appeals(request):
    """Appeals against rejections: unanswered first (oldest first), then answered."""
    if request.method == "POST":
        raise Http404
    appeals = CommentAppeal.objects.select_related(
        "comment__article", "comment__user__reader_profile", "comment__guest", "answered_by"
    ).order_by(F("answered_at").asc(nulls_first=True), "pk")
    page = Paginator(appeals, PER_PAGE).get_page(request.GET.get("page"))
    counts = queue_counts()
    return render(
        request,
        "comments/admin/appeals.html",
        {
            "tab": "appeals",
            "tabs": [(key, label, counts[key]) for key, label in TABS],
            "page": page,
            "form": AppealAnswerForm(),
            "page_title": _("Comments"),
        },
    )


@require_POST
def appeal_answer_view(request, appeal_id: int):
    appeal = CommentAppeal.objects.filter(pk=appeal_id).first()
    if appeal is None:
        raise Http404
    back = reverse("comments_admin:queue") + "?status=appeals"
    form = AppealAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please write an answer and choose a decision."))
        return redirect(back)
    try:
        appeal_answer(
            appeal=appeal,
            moderator=request.user,
            answer=form.cleaned_data["answer"],
            outcome=form.cleaned_data["outcome"],
        )
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect(back)
    messages.success(request, _("The appeal is answered; the author sees the answer."))
    return redirect(back)


def _moderate(request, tab: str):
    ids = request.POST.getlist("ids")
    ids = [number for number in map(whole_number, ids) if number is not None]
    form = ModerationForm(request.POST, ids=ids)
    back = reverse("comments_admin:queue") + f"?status={tab}"
    if not form.is_valid():
        messages.error(request, _("Choose at least one comment and an action."))
        return redirect(back)
    result = comments_moderate(
        comment_ids=form.cleaned_data["ids"],
        action=form.cleaned_data["action"],
        reason=form.cleaned_data["reason"],
        moderator=request.user,
    )
    status_label = CommentStatus(ACTIONS[form.cleaned_data["action"]]).label
    messages.success(
        request,
        ngettext(
            "%(count)s comment is now «%(status)s».",
            "%(count)s comments are now «%(status)s».",
            result.changed,
        )
        % {"count": result.changed, "status": status_label},
    )
    return redirect(back)


def _reader(request):
    """The commenter of a history page: an account or a guest, from the query string."""
    from django.contrib.auth import get_user_model

    for key, model in (("user", get_user_model()), ("guest", Guest)):
        raw = request.GET.get(key, "")
        if raw:
            reader_id = whole_number(raw)
            if reader_id is None:
                raise Http404
            reader = model.objects.filter(pk=reader_id).first()
            if reader is None:
                raise Http404
            return key, reader
    raise Http404


@require_safe
def history(request):
    """Everything one commenter wrote, newest first, with their bans."""
    key, reader = _reader(request)
    comments = (
        Comment.objects.filter(**{key: reader})
        .select_related("article", "user__reader_profile", "guest", "appeal__answered_by")
        .order_by("-pk")
    )
    page = Paginator(comments, PER_PAGE).get_page(page_number(request.GET.get("page")) or 1)
    bans = Ban.objects.filter(**{key: reader}).order_by("-created_at")
    active = bans_active(**{key: reader}).first()
    summary = comments.aggregate(
        total=Count("pk"),
        approved=Count("pk", filter=Q(status=CommentStatus.APPROVED)),
        rejected=Count("pk", filter=Q(status__in=[CommentStatus.REJECTED, CommentStatus.SPAM])),
    )
    name = reader.get_username() if key == "user" else str(reader)
    return render(
        request,
        "comments/admin/history.html",
        {
            "key": key,
            "reader": reader,
            "reader_query": f"{key}={reader.pk}",
            "name": name,
            "page": page,
            "summary": summary,
            "bans": bans,
            "active_ban": active,
            "ban_form": BanForm(),
            "page_title": _("Comments by %(name)s") % {"name": name},
        },
    )


@require_POST
def ban(request):
    key, reader = _reader(request)
    back = reverse("comments_admin:history") + f"?{key}={reader.pk}"
    if request.POST.get("lift"):
        ban_lift(**{key: reader})
        messages.success(request, _("The ban is lifted."))
        return redirect(back)
    form = BanForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please check the ban's reason and duration."))
        return redirect(back)
    ban_create(
        **{key: reader},
        reason=form.cleaned_data["reason"],
        days=form.cleaned_data["days"],
        moderator=request.user,
    )
    messages.success(request, _("The commenter is banned."))
    return redirect(back)
