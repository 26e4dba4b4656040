"""Thin views: sitemaps, robots.txt, the publisher logo and the ninjs rendering. Each answer
is public and cacheable (core.http.public_cache_control) and sets no cookie."""

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.http import FEEDS, public_cache_control
from distribution import ninjs, selectors
from distribution.logo import logo_png
from distribution.site import site_root_for_request
from distribution.sitemaps import SITEMAPS, sitemaps_for


def news_language() -> str:
    """The publication language as Google News wants it: ISO 639 ("de" for de-ch)."""
    return settings.LANGUAGE_CODE.split("-")[0]


@require_safe
@x_robots_tag
def sitemap_index(request):
    """/sitemap.xml: one <sitemap> per page of each sitemap. Django's own index view takes
    the address from the request's host; this one from the Wagtail site, like the sitemaps.
    One COUNT per sitemap, whatever the archive size."""
    site = site_root_for_request(request)
    entries = []
    for name, sitemap in sitemaps_for(site=site).items():
        paginator = sitemap.paginator  # a new Paginator (and COUNT) on every access
        if not paginator.count:
            continue  # an empty <urlset> is not a valid sitemap
        location = site.absolute(reverse("distribution:sitemap", args=[name]))
        entries.append(SitemapIndexItem(location, None))
        for page in range(2, paginator.num_pages + 1):
            entries.append(SitemapIndexItem(f"{location}?p={page}", None))
    response = render(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )
    return public_cache_control(response, tags=[FEEDS])


@require_safe
def sitemap_section(request, section: str):
    """/sitemap-<section>.xml?p=N through Django's sitemap view (a bad or too large `p` is a
    404)."""
    if section not in SITEMAPS:
        raise Http404("No such sitemap.")
    site = site_root_for_request(request)
    sitemaps = sitemaps_for(site=site)
    response = django_sitemap(request, sitemaps={section: sitemaps[section]}, section=section)
    response.render()
    return public_cache_control(response, tags=[FEEDS])


@require_safe
@x_robots_tag
def news_sitemap(request):
    """/sitemap-news.xml: the Google News sitemap of the last 48 hours."""
    site = site_root_for_request(request)
    articles = selectors.news_sitemap_articles(site=site)
    urls = [
        {
            "location": site.page_url(article.url_path),
            "title": article.title,
            "published": article.first_published_at,
        }
        for article in articles
    ]
    context = {
        "urls": urls,
        "publication_name": settings.WAGTAIL_SITE_NAME,
        "language": news_language(),
    }
    response = render(
        request, "distribution/sitemap_news.xml", context, content_type="application/xml"
    )
    return public_cache_control(response, tags=[FEEDS])


@require_safe
def robots_txt(request):
    """/robots.txt: everything but the newsroom may be crawled; where the sitemaps are."""
    site = site_root_for_request(request)
    context = {
        "sitemaps": [
            site.absolute(reverse("distribution:sitemap_index")),
            site.absolute(reverse("distribution:news_sitemap")),
        ]
    }
    response = render(
        request, "distribution/robots.txt", context, content_type="text/plain; charset=utf-8"
    )
    return public_cache_control(response)


@require_safe
def publisher_logo(request):
    return public_cache_control(HttpResponse(logo_png(), content_type="image/png"))


@require_safe
def ninjs_article(request, pk: int):
    """/api/ninjs/articles/<id>/: one article in IPTC ninjs 2.1 for syndication partners."""
    site = site_root_for_request(request)
    document = ninjs.article_ninjs(pk=pk, site=site, request=request)
    response = JsonResponse(
        document,
        content_type="application/json; charset=utf-8",
        json_dumps_params={"ensure_ascii": False},
    )
    # The article with its authors, topics, regions, pictures and ticker: purged with the
    # feeds, on every change.
    return public_cache_control(response, tags=[FEEDS])
