"""Answers of the engagement endpoints: small JSON documents that no cache keeps. Refusals
are raised (core.errors.Refused) and answered by core.middleware.RefusedMiddleware."""

from django.http import JsonResponse

from core.errors import Refused, refusal_json
from core.errors import json_answer as json_answer


def json_error(message: str, *, status: int = 400, code: str = "refused", **extra) -> JsonResponse:
    """A refusal's answer where no view can raise one (the CSRF failure view); the same JSON
    as every other refusal."""
    return refusal_json(Refused(message, code=code, status=status, **extra))
