"""One refusal type (core.errors.Refused), turned into an answer in one place
(core.middleware.RefusedMiddleware)."""

import json

from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import ResolverMatch

from core.errors import Refused, refusal_answer
from core.middleware import RefusedMiddleware


def _answer(view, request):
    request.resolver_match = ResolverMatch(view, (), {"thing_id": 7})
    middleware = RefusedMiddleware(lambda request: view(request, thing_id=7))
    try:
        return middleware(request)
    except Exception as error:  # what Django's handler does with process_exception
        return middleware.process_exception(request, error)


def test_a_refusal_is_a_json_answer_no_cache_keeps():
    def view(request, thing_id):
        raise Refused("Das geht nicht.", code="nope", status=409, remaining=3)

    response = _answer(view, RequestFactory().post("/x/"))
    assert response.status_code == 409
    assert json.loads(response.content) == {
        "ok": False,
        "error": "Das geht nicht.",
        "code": "nope",
        "remaining": 3,
    }
    assert "no-store" in response["Cache-Control"]


def test_a_view_may_answer_its_refusals_itself():
    def page(request, refusal, *, thing_id):
        return HttpResponse(f"{thing_id}: {refusal.message}", status=refusal.status)

    @refusal_answer(page)
    def view(request, thing_id):
        raise Refused("Nicht so.", code="nope")

    response = _answer(view, RequestFactory().post("/x/"))
    assert response.status_code == 400 and response.content == b"7: Nicht so."


def test_other_errors_are_left_to_django():
    assert RefusedMiddleware(None).process_exception(None, ValueError("a bug")) is None


def test_the_engagement_endpoints_answer_through_it(client, article):
    response = client.get(f"/engagement/articles/{article.pk}/comments/?sort=nope")
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "query" and "unbekannte Sortierung" in data["error"]
