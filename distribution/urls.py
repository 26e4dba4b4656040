"""Distribution's URLs (docs/distribution.md). Included by depesche/urls.py before Wagtail's
catch-all page route."""

from django.urls import include, path, re_path
from django.views.decorators.http import require_safe

from distribution import corrections, views
from distribution.api import api_router
from distribution.feeds import ArticlesAtomFeed, ArticlesRssFeed, TickerAtomFeed

app_name = "distribution"

KINDS = "section|topic|region|author"

urlpatterns = [
    path("feeds/rss/", ArticlesRssFeed(), name="feed_rss"),
    path("feeds/atom/", ArticlesAtomFeed(), name="feed_atom"),
    path("feeds/atom/live/<id:pk>/", require_safe(TickerAtomFeed()), name="feed_atom_ticker"),
    re_path(
        rf"^feeds/rss/(?P<kind>{KINDS})/(?P<path>[-\w]+(?:/[-\w]+)*)/$",
        ArticlesRssFeed(),
        name="feed_rss_subject",
    ),
    re_path(
        rf"^feeds/atom/(?P<kind>{KINDS})/(?P<path>[-\w]+(?:/[-\w]+)*)/$",
        ArticlesAtomFeed(),
        name="feed_atom_subject",
    ),
    path("korrekturen/", corrections.corrections_page, name="corrections"),
    path("korrekturen/rss/", corrections.CorrectionsRssFeed(), name="corrections_rss"),
    path("korrekturen/atom/", corrections.CorrectionsAtomFeed(), name="corrections_atom"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-news.xml", views.news_sitemap, name="news_sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("publisher-logo.png", views.publisher_logo, name="publisher_logo"),
    path("api/ninjs/articles/<id:pk>/", views.ninjs_article, name="ninjs_article"),
    path("api/v2/", include((api_router.get_urlpatterns(), "wagtailapi"), namespace="wagtailapi")),
]
