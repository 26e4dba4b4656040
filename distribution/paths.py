"""Where a page appears outside its own URL: the paths of its feeds and sitemaps.

`feed_paths_for(article)` names every feed and sitemap path, relative to the site root, whose
content may change when an article is published, changed or unpublished: for a cache that
purges by URL. Varnish needs no list: it purges them all by their `feeds` tag (edge.purge).
"""

from django.urls import reverse

from articles.subjects import article_subjects, articles_public, subject_kind, subject_model

FORMATS = ("rss", "atom")


def feed_kind(page) -> str | None:
    """The feed kind of a section, topic, region or author page (None for other pages)."""
    return subject_kind(page)


def region_path(region) -> str:
    """A region's feed path segment: its URL path below the site root ("welt/europa"),
    since region slugs repeat in different countries."""
    segments = [segment for segment in region.url_path.split("/") if segment]
    return "/".join(segments[1:])  # without the site root page's own slug


def feed_path(page, feed_format: str = "rss") -> str | None:
    """The path of the feed of a section, topic, region or author page; None otherwise."""
    kind = feed_kind(page)
    if kind is None:
        return None
    # From url_path, not slug: the header's section list loads only title and url_path.
    key = region_path(page) if kind == "region" else page.url_path.rstrip("/").rsplit("/", 1)[-1]
    return reverse(f"distribution:feed_{feed_format}_subject", args=[kind, key])


def feed_paths_for(article) -> list[str]:
    """Every feed and sitemap path (relative to the site root, sorted) that lists `article`:
    the site-wide feeds, those of its section, topics, authors and regions with every region
    above them (a region's feed includes its sub-regions), the sitemap index, the article
    sitemap page that holds it, the Google News sitemap. A few queries; meant for the purge
    task, not for page views.

    The article sitemap is in primary-key order: publishing adds to the last page; unpublishing
    shifts the articles after it one place back, so a purge of the prefix
    /sitemap-articles.xml covers that case fully.
    """
    from distribution.sitemaps import PAGE_SIZE

    subjects: list = []
    for kind, ids in vars(article_subjects(articles=[article])).items():
        model = subject_model(kind)
        subjects += model.objects.filter(pk__in=ids).only("slug", "url_path")

    paths = {reverse(f"distribution:feed_{fmt}") for fmt in FORMATS}
    for subject in subjects:
        paths.update(feed_path(subject, fmt) for fmt in FORMATS)

    position = articles_public().filter(pk__lt=article.pk).count()
    page_number = position // PAGE_SIZE + 1
    sitemap = reverse("distribution:sitemap", args=["articles"])
    paths.add(sitemap if page_number == 1 else f"{sitemap}?p={page_number}")
    paths.add(reverse("distribution:sitemap_index"))
    paths.add(reverse("distribution:news_sitemap"))
    return sorted(paths)
