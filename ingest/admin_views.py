"""The agencies in the Wagtail admin: «Agenturmeldungen», the editors' inbox of wire items
(list with filters, an item's detail, «Als Artikel übernehmen», «Ignorieren», the «neue
Agenturversion» diff with «Übernehmen»), and «Jetzt abrufen» for a provider. Plain admin
views like the comments' queue: the inbox is a decision on a list, not rows to edit.
Providers themselves are a snippet (ingest/wagtail_hooks.py)."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from articles.admin_views import works_on_pages
from core.errors import Refused
from core.params import page_number, whole_number
from ingest.models import AgencyItem, ItemStatus, Provider
from ingest.tasks import provider_poll_task
from ingest.wires import item_ignore, item_pending_take, item_take, pending_diff

PER_PAGE = 50
PERIODS = [
    ("1", gettext_lazy("last hour")),
    ("6", gettext_lazy("last 6 hours")),
    ("24", gettext_lazy("last 24 hours")),
    ("168", gettext_lazy("last 7 days")),
]


def _editors_only(request):
    if not works_on_pages(request.user):
        raise PermissionDenied


@require_safe
def inbox(request):
    _editors_only(request)
    items = AgencyItem.objects.select_related("provider", "article").order_by("-received_at", "-pk")
    status = request.GET.get("status", ItemStatus.INBOX)
    if status not in ItemStatus.values and status != "all":
        raise Http404
    if status != "all":
        items = items.filter(status=status)
    provider_id = whole_number(request.GET.get("provider")) if request.GET.get("provider") else None
    if request.GET.get("provider") and provider_id is None:
        raise Http404
    if provider_id:
        items = items.filter(provider_id=provider_id)
    urgency = request.GET.get("urgency", "")
    if urgency:
        level = whole_number(urgency, maximum=9)
        if level is None:
            raise Http404
        items = items.filter(urgency__lte=level)
    period = request.GET.get("period", "")
    if period:
        if period not in dict(PERIODS):
            raise Http404
        items = items.filter(received_at__gte=timezone.now() - timedelta(hours=int(period)))
    number = page_number(request.GET.get("page")) if request.GET.get("page") else 1
    if number is None:
        raise Http404
    page = Paginator(items, PER_PAGE).get_page(number)
    return render(
        request,
        "ingest/admin/inbox.html",
        {
            "page": page,
            "statuses": [("all", _("All")), *ItemStatus.choices],
            "status": status,
            "providers": Provider.objects.order_by("name"),
            "provider_id": provider_id,
            "urgency": urgency,
            "urgencies": range(1, 10),
            "periods": PERIODS,
            "period": period,
            "page_title": _("Agency items"),
            "can_poll": request.user.has_perm("ingest.change_provider"),
        },
    )


@require_safe
def item(request, item_id: int):
    _editors_only(request)
    found = get_object_or_404(AgencyItem.objects.select_related("provider", "article"), pk=item_id)
    record = found.record or {}
    return render(
        request,
        "ingest/admin/item.html",
        {
            "item": found,
            "record": record,
            "body": [_block_text(block) for block in record.get("body") or []],
            "diff": "\n".join(pending_diff(found)),
            "page_title": found.headline or found.uri,
        },
    )


@require_POST
def item_action(request, item_id: int, action: str):
    _editors_only(request)
    found = get_object_or_404(AgencyItem, pk=item_id)
    back = reverse("ingest_admin:item", kwargs={"item_id": found.pk})
    try:
        if action == "take":
            item_take(item=found, user=request.user)
            messages.success(request, _("The item is an article now; it opens in the editor."))
            return redirect("wagtailadmin_pages:edit", found.article_id)
        if action == "ignore":
            item_ignore(item=found, user=request.user)
            messages.success(request, _("The item is ignored."))
            return redirect("ingest_admin:inbox")
        if action == "pending":
            item_pending_take(item=found, user=request.user)
            messages.success(request, _("The new agency version is in the article."))
            return redirect("wagtailadmin_pages:edit", found.article_id)
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect(back)
    raise Http404


@require_POST
def provider_poll(request, provider_id: int):
    if not request.user.has_perm("ingest.change_provider"):
        raise PermissionDenied
    provider = get_object_or_404(Provider, pk=provider_id)
    provider_poll_task.enqueue(provider_id=provider.pk)
    provider.refresh_from_db()
    if provider.last_error and provider.failures:
        messages.error(
            request,
            _("«%(name)s» could not be polled: %(error)s")
            % {"name": provider.name, "error": provider.last_error},
        )
    else:
        messages.success(request, _("«%(name)s» is being polled.") % {"name": provider.name})
    return redirect("ingest_admin:inbox")


def _block_text(block) -> str:
    from ingest.wires import _stream_text

    return _stream_text([block]) if isinstance(block, dict) else ""
