"""Poll endpoints. The poll in the article is the same HTML for everyone; whether the reader
voted, and the results, come from here (docs/design.md §3)."""

from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from core.errors import Refused, refusal_answer, refusal_json, wants_json
from core.params import whole_number
from engagement.http import json_answer
from engagement.identity import guest_remember, reader_from_request
from polls.models import Poll
from polls.selectors import poll_results, poll_vote_of
from polls.services import poll_vote


def _state(poll: Poll, voted: int | None) -> dict:
    """What a reader may see: the results only after voting or once the poll is closed."""
    state = {"ok": True, "closed": poll.is_closed, "voted": voted}
    if voted is not None or poll.is_closed:
        state["results"] = poll_results(poll=poll).as_json()
    return state


@require_safe
def poll_state(request, poll_id: int):
    poll = Poll.objects.prefetch_related("answers").filter(pk=poll_id).first()
    if poll is None:
        raise Refused(_("This poll does not exist (any more)."), code="not_found", status=404)
    reader = reader_from_request(request)
    return json_answer(_state(poll, poll_vote_of(poll=poll, reader_key=reader.key)))


def _vote_refused(request, refusal: Refused, *, poll_id: int):
    """A refused vote (core.middleware): the message with the poll's state, so that the
    page shows the results to a reader who voted already; without JavaScript, the poll page
    again with the message."""
    poll = Poll.objects.prefetch_related("answers").filter(pk=poll_id).first()
    if poll is None:
        return refusal_json(refusal)
    reader = reader_from_request(request)
    if wants_json(request):
        state = _state(poll, poll_vote_of(poll=poll, reader_key=reader.key))
        return refusal_json(refusal, **{key: value for key, value in state.items() if key != "ok"})
    return _poll_page(request, poll, reader, refusal.message, refusal.status)


@require_POST
@refusal_answer(_vote_refused)
def poll_vote_view(request, poll_id: int):
    """A vote from the page's script (JSON answer) or from the plain poll page's form (the
    page again, with the results or the reason)."""
    reader = reader_from_request(request)
    poll, answer_id = poll_vote(
        poll_id=poll_id,
        answer_id=request.POST.get("answer"),
        article_id=request.POST.get("article"),
        reader=reader,
    )
    if wants_json(request):
        response = json_answer(
            {**_state(poll, answer_id), "message": _("Thank you for your vote.")}
        )
    else:
        response = _poll_page(request, poll, reader, _("Thank you for your vote."), 200)
    return guest_remember(response, reader)


@require_safe
def poll_page(request, poll_id: int):
    """The poll on a page of its own, for readers without JavaScript."""
    poll = get_object_or_404(Poll.objects.prefetch_related("answers"), pk=poll_id)
    return _poll_page(request, poll, reader_from_request(request), "", 200)


def _poll_page(request, poll, reader, message: str, status: int):
    voted = poll_vote_of(poll=poll, reader_key=reader.key)
    article = request.POST.get("article") or request.GET.get("article")
    article_id = whole_number(article)
    response = render(
        request,
        "polls/poll_page.html",
        {
            "poll": poll,
            "state": _state(poll, voted),
            "message": message,
            "article_id": "" if article_id is None else article_id,
        },
        status=status,
    )
    add_never_cache_headers(response)
    return response
