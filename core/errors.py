"""The one refusal type: what an outside party (a reader, a partner's file) did wrong
(docs/architecture.md, «Reader input»; HackSoft's ApplicationError, Zulip's JsonableError).

Services and views raise `Refused` with a message in the reader's language; they never build
the refusal's answer. `core.middleware.RefusedMiddleware` turns it into one, in one place:
`{"ok": false, "error": message, "code": code, …extra}` with the refusal's status, never
cached. A view whose refusals need more (the poll page for readers without JavaScript, the
poll's results beside the message) names a function that answers them with
`refusal_answer`; it builds its JSON with `refusal_json` too.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers


class Refused(Exception):
    """Not done: `message` tells the reader why (in their language), `code` names the
    reason for scripts and tests, `status` is the HTTP status, `retry_after` the seconds until
    a rate limit lets the reader in again (the answer's `Retry-After` header and JSON field),
    `extra` goes into the JSON answer as it is. Nothing was stored."""

    def __init__(
        self, message, *, code: str, status: int = 400, retry_after: int | None = None, **extra
    ):
        super().__init__(str(message))
        self.message = message
        self.code = code
        self.status = status
        self.retry_after = retry_after
        self.extra = extra if retry_after is None else {**extra, "retry_after": retry_after}


def json_answer(data: dict, *, status: int = 200) -> JsonResponse:
    """A small JSON document that no cache keeps."""
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    add_never_cache_headers(response)
    return response


def refusal_json(refusal: Refused, **more) -> JsonResponse:
    """The JSON answer to a refusal (`more` adds fields, as a view's HTML hook may)."""
    data = {"ok": False, "error": str(refusal.message), "code": refusal.code}
    return json_answer({**data, **refusal.extra, **more}, status=refusal.status)


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


RefusalAnswer = Callable[..., HttpResponse]


def refusal_answer(answer: RefusalAnswer):
    """Declares how a view answers its refusals, instead of the plain JSON:
    `answer(request, refusal, **view_kwargs)`. Put it under the method decorators (their
    wrappers copy the attribute)."""

    def declare(view):
        view.refusal_answer = answer
        return view

    return declare


def refusal_response(request: HttpRequest, refusal: Refused) -> HttpResponse:
    """The answer to a refusal raised by the view of `request` (core.middleware)."""
    match = getattr(request, "resolver_match", None)
    answer = getattr(getattr(match, "func", None), "refusal_answer", None)
    if answer is not None:
        response = answer(request, refusal, **match.kwargs)
    else:
        response = refusal_json(refusal)
    if refusal.retry_after is not None:
        response["Retry-After"] = str(refusal.retry_after)
    return response
