"""The small uncached endpoints a cached article page calls (docs/design.md §3)."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from articles.models import ArticlePage
from core.errors import Refused
from engagement.counters import is_bot, view_record
from engagement.http import json_answer
from engagement.identity import MEMBER_COOKIE, ip_digest, member_cookie_set, reader_from_request
from engagement.selectors import article_counts


def _article_missing() -> Refused:
    return Refused(_("This article does not exist (any more)."), code="not_found", status=404)


def _live_article(article_id: int, *related):
    return ArticlePage.objects.live().select_related(*related).filter(pk=article_id).first()


@require_safe
def article_state(request, article_id: int):
    """What a reader's page adds to the cached article: fresh counts, who the reader is and
    the token their writes need."""
    article = _live_article(article_id, "stats")
    if article is None:
        raise _article_missing()
    reader = reader_from_request(request)
    response = json_answer(
        {
            "ok": True,
            "counts": article_counts(
                getattr(article, "stats", None), show_views=article.show_view_count
            ),
            "reader": {
                "authenticated": not reader.is_guest,
                "name": reader.name if reader.key else "",
            },
            "csrf_token": get_token(request),
        }
    )
    # The header's «logged in» cookie follows the session where they differ (a session that
    # expired, a login from before the cookie existed).
    member = not reader.is_guest
    if member != (request.COOKIES.get(MEMBER_COOKIE) == "1"):
        member_cookie_set(response, member=member)
    return response


# Whether a beacon's view was counted (1) or not (0: the reader's second view within the hour,
# the address's cap reached, a program): browsers ignore it; monitoring and the load
# benchmarks compare it with the counters (bench/mixed_spike.py).
VIEW_COUNTED_HEADER = "Depesche-View-Counted"


def _view_answer(counted: bool) -> HttpResponse:
    response = HttpResponse(status=204)
    response[VIEW_COUNTED_HEADER] = "1" if counted else "0"
    return response


@csrf_exempt  # a beacon from a cached page, which carries no token; it can only add a view
@require_POST
def article_view(request, article_id: int):
    """Count a reader's view of an article: at most one per reader and hour, and at most
    DEPESCHE_VIEWS_PER_ADDRESS per address (engagement.counters); programs that say they are
    programs are not counted."""
    if is_bot(request.headers.get("User-Agent", "")):
        return _view_answer(False)
    if not ArticlePage.objects.live().filter(pk=article_id).exists():
        raise _article_missing()
    reader = reader_from_request(request)
    # A reader who never wrote has no cookie: their address and browser stand for them.
    reader_key = reader.key or ip_digest(f"{reader.ip} {request.headers.get('User-Agent', '')}")
    counted = view_record(article_id=article_id, reader_key=reader_key, ip_hash=reader.ip_hash)
    return _view_answer(counted)
