"""Security headers: the Content-Security-Policy of reader pages and of the newsroom, and the
Permissions-Policy (docs/operations.md, «Security headers»).

django-csp builds and sets the CSP header (https://django-csp.readthedocs.io/); this module
only chooses which of the two policies a response gets and adds the hashes of the stylesheets
the pages inline:

- Reader pages are the same bytes for every reader and kept by shared caches (docs/design.md §3),
  so a per-response nonce is no use: scripts come only from the site (`script-src 'self'`,
  no inline script, no event handler attribute), and the inlined stylesheets are allowed by
  their SHA-256, computed once per process from the same templates the pages include.
- The newsroom (Wagtail's admin, `DEPESCHE_CSP_NEWSROOM_PATHS`) gets
  `DEPESCHE_CSP_NEWSROOM_DIRECTIVES`, which allows what Wagtail's admin needs and no more.

A view can still change its own policy with django-csp's decorators (`csp_update`,
`csp_replace`, `csp_override`, `csp_exempt`).
"""

import base64
import hashlib
from functools import cache

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.template.loader import get_template

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def source_hash(text: str) -> str:
    """A CSP hash source for an inline `<style>` or `<script>` element's exact text."""
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def inline_style_hashes() -> tuple[str, ...]:
    """The hashes of `DEPESCHE_CSP_INLINE_STYLES`, the templates that pages include inside a
    `<style>` element (base.html: `<style>{% include "css/site.css" %}</style>`): rendered
    here as the include renders them, once per process, not per request."""
    return tuple(
        source_hash(get_template(name).render()) for name in settings.DEPESCHE_CSP_INLINE_STYLES
    )


def is_newsroom(request) -> bool:
    return request.path_info.startswith(tuple(settings.DEPESCHE_CSP_NEWSROOM_PATHS))


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware, with the newsroom's own policy, the inlined stylesheets'
    hashes on reader pages, and the Permissions-Policy header on every response."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts  # report-only, or the view chose its whole policy (csp_override)
        if is_newsroom(request):
            parts.config = default_config(settings.DEPESCHE_CSP_NEWSROOM_DIRECTIVES)
        else:
            update = dict(parts.update or {})
            update["style-src"] = [*update.get("style-src", ()), *inline_style_hashes()]
            parts.update = update
            if getattr(request, "is_preview", False):
                # Wagtail renders a preview through this middleware with the page's own path
                # (a dummy request) and shows it in a frame of the admin.
                parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if PERMISSIONS_POLICY_HEADER not in response:
            response[PERMISSIONS_POLICY_HEADER] = settings.DEPESCHE_PERMISSIONS_POLICY
        return response
