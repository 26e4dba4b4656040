import re

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from comments.views import comments_page_plain
from core.views import media_serve
from discovery import views as discovery_views
from edge.views import health

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Feeds, sitemaps, robots.txt and the API (docs/distribution.md).
    path("", include("distribution.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("engagement/polls/", include("polls.urls")),
    path("engagement/", include("engagement.urls")),
    path("healthz", health, name="health"),
    path("engagement/", include("comments.urls")),
    path("kommentare/<id:article_id>/", comments_page_plain, name="comments_page"),
    # Live tickers: what open pages poll, «Mehr laden» (docs/distribution.md).
    path("live/", include("tickers.urls")),
    path("konto/", include("accounts.urls")),
    path("konto/", include("allauth.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.DEPESCHE_SERVE_MEDIA:
    # Uploaded pictures and renditions; in production the web server or object storage serves
    # them (README: DEPESCHE_SERVE_MEDIA).
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            media_serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("suche/", discovery_views.search, name="search")]

# Wagtail serves every other path from the page tree; this must stay last.
urlpatterns += [path("", include(wagtail_urls))]
