"""Middleware of the whole site: refusals become answers (`RefusedMiddleware`), methods no
view takes are refused (`MethodsMiddleware`), and a database that does not answer is a 503.

A database that does not answer: 503 at once, so that the edge serves its stale copy.

Covers the errors PostgreSQL's driver reports as operational (refused or lost connections, a
server shutting down, timeouts, deadlocks): transient by nature, so «try again» is true.

Without this, a request during a PostgreSQL outage ends in Django's 500 page with a logged
traceback per request. Varnish treats every 5xx the same (ops/varnish/depesche.vcl: it
restarts the request with 24 hours of grace and serves the last good copy), but readers and
monitors without a stale copy deserve the truth: the service is unavailable for a while, try
again (Retry-After), and the log gets one line per failure instead of a traceback.
https://docs.djangoproject.com/en/5.2/topics/http/middleware/#process-exception
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from core.changes import content_generation
from core.errors import Refused, refusal_response
from core.fragments import versions_read_once
from core.restrictions import read_once

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable: %s %s: %s", request.method, request.path, exception)
        response = HttpResponse(
            _("The site is briefly unavailable. Please try again in a moment.") + "\n",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response


class RefusedMiddleware:
    """The one place a refusal (`core.errors.Refused`, raised by a service or a view)
    becomes an answer: JSON with the reader's message, or the view's own answer
    (core.errors.refusal_answer)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Refused):
            return refusal_response(request, exception)
        return None


# Methods the site answers; anything else (TRACE, which would echo a request's headers back,
# CONNECT, made-up ones) is refused before a view runs, whatever the URL.
ALLOWED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class MethodsMiddleware:
    """405 for TRACE, CONNECT and unknown methods on every URL (Wagtail's pages, the feeds
    and `/healthz` would otherwise answer them like a GET). Each view still says which of
    the allowed methods it takes (`require_safe`, `require_POST`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(["GET", "HEAD", "POST", "OPTIONS"])
        return self.get_response(request)


class ContentGenerationMiddleware:
    """Read the content generation (core.changes) before the view loads any page: a kept
    fragment rendered from a page that a change replaced meanwhile is then not kept
    (core.fragments.keeper). One cache read per request that reaches a view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # And the view-restricted paths (core.restrictions) and the kept fragments' tag
        # versions (core.fragments) are read once per request.
        with read_once(), versions_read_once():
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        content_generation(request)
