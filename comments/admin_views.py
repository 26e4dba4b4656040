"""The moderation queue in the Wagtail admin: lists by status, approve / reject / spam with a
reason code (one comment or many), a commenter's history and bans.

Written as plain admin views rather than a snippet viewset: moderation is a decision on a
list (check, choose, apply), not editing rows one by one, and comments are not content the
newsroom edits (no revisions, no edit form)."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from comments.models import Comment, CommentStatus, ModerationReason
from comments.services import ACTIONS, comments_moderate
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
        .select_related("article", "user__reader_profile", "guest")
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
