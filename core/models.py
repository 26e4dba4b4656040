from core.http import public_cache_control


class PublicPageMixin:
    """A reader-facing page: the same bytes for everyone, so shared caches may keep it.

    Templates of these pages must not touch the session, the CSRF token or the user: doing so
    would add a cookie or `Vary: Cookie` and make the page uncacheable (tests check the headers).
    Previews do not pass through `serve`, so editors never get a cached preview.
    """

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.status_code == 200:
            public_cache_control(response)
        return response
