"""WordPress's short links (`/?p=123`) answer 301 like the other old paths of a migrated site
(docs/ingest.md, «WordPress migration»).

Wagtail's RedirectMiddleware looks for a redirect only when a path answers 404, and `/` is the
home page, so the redirects `/?p=<id>` that `import_wordpress` stores would never be used.
This looks them up first, for the home page's path with a numeric `p` and nothing else: every
other request passes untouched, without a query.
"""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect


class ShortlinkRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        post_id = request.GET.get("p", "") if request.path_info == "/" else ""
        if post_id.isascii() and post_id.isdigit() and request.method in ("GET", "HEAD"):
            path = Redirect.normalise_path(f"/?p={post_id}", decode_unicode=False)
            redirect = get_redirect(request, path)
            if redirect is not None and redirect.link is not None:
                if redirect.is_permanent:
                    return HttpResponsePermanentRedirect(redirect.link)
                return HttpResponseRedirect(redirect.link)
        return self.get_response(request)
