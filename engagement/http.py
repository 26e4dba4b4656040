"""Answers of the engagement endpoints: small JSON documents that no cache keeps."""

from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers


def json_answer(data: dict, *, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    add_never_cache_headers(response)
    return response


def json_error(message: str, *, status: int = 400, **extra) -> JsonResponse:
    """A refusal the page shows to the reader as it is: `message` is in the reader's
    language and says what to do."""
    return json_answer({"ok": False, "error": str(message), **extra}, status=status)
