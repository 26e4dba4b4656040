"""Poll endpoints. The poll in the article is the same HTML for everyone; whether the reader
voted, and the results, come from here (DESIGN.md §3)."""

from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from engagement.http import json_answer, json_error
from engagement.identity import guest_remember, reader_from_request
from polls.models import Poll
from polls.selectors import poll_results, poll_vote_of
from polls.services import VoteRefused, poll_vote


def _state(poll: Poll, voted: int | None) -> dict:
    """What a reader may see: the results only after voting or once the poll is closed."""
    state = {"ok": True, "closed": poll.is_closed, "voted": voted}
    if voted is not None or poll.is_closed:
        state["results"] = poll_results(poll=poll).as_json()
    return state


@require_GET
def poll_state(request, poll_id: int):
    poll = Poll.objects.prefetch_related("answers").filter(pk=poll_id).first()
    if poll is None:
        return json_error(_("This poll does not exist (any more)."), status=404)
    reader = reader_from_request(request)
    return json_answer(_state(poll, poll_vote_of(poll=poll, reader_key=reader.key)))


@require_POST
def poll_vote_view(request, poll_id: int):
    """A vote from the page's script (JSON answer) or from the plain poll page's form (the
    page again, with the results or the reason)."""
    reader = reader_from_request(request)
    wants_json = "application/json" in request.headers.get("Accept", "")
    try:
        poll, answer_id = poll_vote(
            poll_id=poll_id,
            answer_id=request.POST.get("answer"),
            article_id=request.POST.get("article"),
            reader=reader,
        )
    except VoteRefused as refused:
        if wants_json:
            extra = {}
            if refused.poll is not None:
                voted = poll_vote_of(poll=refused.poll, reader_key=reader.key)
                extra = {
                    key: value for key, value in _state(refused.poll, voted).items() if key != "ok"
                }
            if refused.retry_after is not None:
                extra["retry_after"] = refused.retry_after
            response = json_error(refused.message, status=refused.status, **extra)
            if refused.retry_after is not None:
                response["Retry-After"] = str(refused.retry_after)
            return response
        if refused.poll is None:
            return json_error(refused.message, status=refused.status)
        return _poll_page(request, refused.poll, reader, refused.message, refused.status)
    if wants_json:
        response = json_answer(
            {**_state(poll, answer_id), "message": _("Thank you for your vote.")}
        )
    else:
        response = _poll_page(request, poll, reader, _("Thank you for your vote."), 200)
    return guest_remember(response, reader)


@require_GET
def poll_page(request, poll_id: int):
    """The poll on a page of its own, for readers without JavaScript."""
    poll = get_object_or_404(Poll.objects.prefetch_related("answers"), pk=poll_id)
    return _poll_page(request, poll, reader_from_request(request), "", 200)


def _poll_page(request, poll, reader, message: str, status: int):
    voted = poll_vote_of(poll=poll, reader_key=reader.key)
    article = request.POST.get("article") or request.GET.get("article") or ""
    response = render(
        request,
        "polls/poll_page.html",
        {
            "poll": poll,
            "state": _state(poll, voted),
            "message": message,
            "article_id": article if article.isdigit() else "",
        },
        status=status,
    )
    add_never_cache_headers(response)
    return response
