"""The ticker desk in the newsroom (docs/newsroom.md, «Liveticker»): start, end and reopen an
article's ticker, post entries with one short form, edit and delete them, see each entry's
history. Plain admin views, not the page editor: an entry needs no page revision, no publish
and no review round. Every write goes through tickers.services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from articles.models import ArticlePage
from core.errors import Refused
from tickers import services
from tickers.forms import EntryForm
from tickers.models import Entry, EntryVersion, Ticker
from tickers.selectors import ticker_running

# The desk lists this many entries, newest first (older ones: on the reader page).
DESK_ENTRIES = 100


def _editable_article(request, article_id: int) -> ArticlePage:
    article = get_object_or_404(ArticlePage, pk=article_id)
    if not article.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return article


def _entry_fields(form: EntryForm) -> dict:
    return dict(form.cleaned_data)


def running_tickers_list(request):
    """«Liveticker» in the admin menu: the running tickers, then the last ended ones."""
    tickers = Ticker.objects.filter(started_at__isnull=False).select_related("article")
    running = list(tickers.filter(ended_at__isnull=True).order_by("-started_at"))
    ended = list(tickers.filter(ended_at__isnull=False).order_by("-ended_at")[:20])
    return render(
        request,
        "tickers/admin/index.html",
        {"running": running, "ended": ended, "page_title": _("Live tickers")},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def desk(request, article_id: int):
    article = _editable_article(request, article_id)
    ticker = Ticker.objects.filter(article=article).first()
    form = EntryForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if ticker is None:
            form.add_error(None, _("The live ticker has not been started."))
        elif form.is_valid():
            try:
                services.entry_post(ticker=ticker, user=request.user, **_entry_fields(form))
            except Refused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _("The entry is on the ticker."))
                return redirect("tickers_admin:desk", article_id=article.pk)
        status = 400
    entries = []
    if ticker is not None:
        versions = Prefetch(
            "versions", queryset=EntryVersion.objects.select_related("user").order_by("-at", "-pk")
        )
        entries = list(
            Entry.objects.filter(ticker=ticker)
            .select_related("created_by")
            .prefetch_related(versions)
            .order_by("-posted_at", "-pk")[:DESK_ENTRIES]
        )
    return render(
        request,
        "tickers/admin/desk.html",
        {
            "article": article,
            "ticker": ticker,
            "running": ticker_running(ticker),
            "form": form,
            "entries": entries,
            "page_title": _("Live ticker: %(title)s") % {"title": article.title},
        },
        status=status,
    )


@require_POST
def ticker_action(request, article_id: int, action: str):
    if action not in ("start", "end", "reopen"):
        raise Http404
    article = _editable_article(request, article_id)
    ticker = Ticker.objects.filter(article=article).first()
    try:
        if action == "start":
            services.ticker_start(article=article, user=request.user)
            messages.success(request, _("The live ticker is running."))
        elif ticker is None:
            raise Refused(_("The live ticker has not been started."), code="ticker_not_started")
        elif action == "end":
            services.ticker_end(ticker=ticker, user=request.user)
            messages.success(request, _("The live ticker has ended."))
        else:
            services.ticker_reopen(ticker=ticker, user=request.user)
            messages.success(request, _("The live ticker is running again."))
    except Refused as refusal:
        messages.error(request, refusal.message)
    return redirect("tickers_admin:desk", article_id=article.pk)


@require_http_methods(["GET", "HEAD", "POST"])
def entry_edit(request, entry_id: int):
    entry = get_object_or_404(Entry.objects.select_related("ticker"), pk=entry_id)
    article = _editable_article(request, entry.ticker.article_id)
    if entry.deleted_at is not None:
        messages.error(request, _("A deleted entry cannot be edited."))
        return redirect("tickers_admin:desk", article_id=article.pk)
    form = EntryForm.for_entry(entry, request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            fields = _entry_fields(form)
            fields["posted_at"] = fields["posted_at"] or entry.posted_at
            try:
                services.entry_edit(entry=entry, user=request.user, **fields)
            except Refused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _("The entry is changed on the ticker."))
                return redirect("tickers_admin:desk", article_id=article.pk)
        status = 400
    return render(
        request,
        "tickers/admin/entry_edit.html",
        {
            "article": article,
            "entry": entry,
            "form": form,
            "page_title": _("Edit entry: %(title)s") % {"title": article.title},
        },
        status=status,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def entry_delete(request, entry_id: int):
    entry = get_object_or_404(Entry.objects.select_related("ticker"), pk=entry_id)
    article = _editable_article(request, entry.ticker.article_id)
    if request.method == "POST":
        try:
            services.entry_delete(entry=entry, user=request.user)
        except Refused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("The entry is deleted; open pages remove it."))
        return redirect("tickers_admin:desk", article_id=article.pk)
    return render(
        request,
        "tickers/admin/entry_delete.html",
        {"article": article, "entry": entry, "page_title": _("Delete entry")},
    )
