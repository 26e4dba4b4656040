"""A database that does not answer: 503 at once, so that the edge serves its stale copy.

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
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

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
