"""The reader side of a live ticker: what open pages poll, and «Mehr laden»
(docs/distribution.md, «Live ticker updates»). Both are the same bytes for every reader, kept
by the edge cache and purged by the ticker's tag on every entry (tickers.services)."""

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from articles.subjects import public_q
from core import params
from core.errors import Refused, refusal_answer, refusal_json, wants_json
from core.http import NAV, CachePolicy, cache_policy, page_tag, public_cache_control
from tickers.models import Ticker
from tickers.selectors import (
    entries_page,
    entries_url,
    entries_with_media,
    entry_cursor,
    ticker_changes,
    ticker_running,
    ticker_tag,
)


def _public_ticker(article_id: int) -> Ticker | None:
    """The ticker of a published, public article that was started; one query."""
    return (
        Ticker.objects.filter(
            public_q(prefix="article__"), article_id=article_id, started_at__isnull=False
        )
        .select_related("article")
        .first()
    )


def updates_policy() -> CachePolicy:
    """A few seconds everywhere (DEPESCHE_TICKER_CACHE_SECONDS): a cache nobody purges keeps
    an answer no longer than that; Varnish is purged on every entry anyway."""
    seconds = settings.DEPESCHE_TICKER_CACHE_SECONDS
    return CachePolicy(
        browser=1,
        shared=seconds,
        edge=seconds,
        stale_while_revalidate=seconds,
        stale_if_error=settings.DEPESCHE_CACHE_STALE_IF_ERROR,
    )


@require_safe
def updates(request, article_id: int):
    """The ticker's latest changes (tickers.selectors.ticker_changes). An article without a
    started ticker: 404, cached as briefly and purged by the same tag when it starts."""
    ticker = _public_ticker(article_id)
    if ticker is None:
        response = JsonResponse(
            {"ok": False, "error": _("This article has no live ticker."), "code": "no_ticker"},
            status=404,
            json_dumps_params={"ensure_ascii": False},
        )
    else:
        response = JsonResponse(
            ticker_changes(ticker=ticker), json_dumps_params={"ensure_ascii": False}
        )
    return public_cache_control(response, updates_policy(), tags=[ticker_tag(article_id)])


def _bad_cursor(request, refusal: Refused, **kwargs):
    if wants_json(request) or request.GET.get("fragment") == "1":
        return refusal_json(refusal)
    return render(request, "tickers/entries_refused.html", {"message": refusal.message}, status=400)


@require_safe
@refusal_answer(_bad_cursor)
def entries(request, article_id: int):
    """«Mehr laden»: the entries older than the cursor `before` (an entry's id), as a fragment
    for the page's script (`fragment=1`) or, without JavaScript, as a page of its own."""
    raw = request.GET.get("before")
    cursor_id = params.whole_number(raw)
    if cursor_id is None:
        raise Refused(
            _("«before» must be the number of an entry, e.g. ?before=123."), code="bad_cursor"
        )
    ticker = _public_ticker(article_id)
    if ticker is None:
        raise Http404
    cursor = entry_cursor(ticker=ticker, entry_id=cursor_id)
    if cursor is None:
        raise Refused(_("This entry is not in this live ticker."), code="unknown_cursor")
    shown, has_more = entries_page(ticker=ticker, before=cursor)
    entries_with_media(shown)
    context = {
        "article": ticker.article,
        "ticker": ticker,
        "running": ticker_running(ticker),
        "entries": shown,
        "page": {"pk": article_id},
        "more_url": entries_url(article_id, before=shown[-1].pk) if has_more and shown else None,
    }
    fragment = request.GET.get("fragment") == "1"
    template = "tickers/entries_fragment.html" if fragment else "tickers/entries_page.html"
    response = render(request, template, context)
    policy = cache_policy(kind="article", published_at=ticker.article.first_published_at)
    tags = [ticker_tag(article_id), page_tag(article_id)]
    if not fragment:
        tags.append(NAV)
    return public_cache_control(response, policy, tags=tags)
