"""What a page tells search engines and social networks: the canonical URL, Open Graph and
Twitter card tags, and on articles schema.org NewsArticle (LiveBlogPosting while a live
ticker has started) and BreadcrumbList as JSON-LD
(https://developers.google.com/search/docs/appearance/structured-data/article,
https://ogp.me/).

Everything is built from the page and the data its template already has (the article page's
`article_detail`, the header's section navigation), plus one query for the article's topics
and regions. Absolute URLs come from the Wagtail site (distribution.site), so the page is the
same bytes for every reader.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, to_locale

from articles.corrections import corrections_latest
from articles.subjects import pages_public
from articles.video import video_embed, video_file_type
from core.fragments import keeper, kept_get_many
from core.http import NAV
from distribution import live, selectors
from distribution.logo import LOGO_SIZE
from distribution.media import SHARE_RENDITION, STRUCTURED_DATA_RENDITIONS, rendition_or_none
from distribution.paths import feed_path
from distribution.site import SiteRoot
from home.models import InfoPage, InfoPurpose

SCHEMA = "https://schema.org"
# schema.org types of depesche's topic kinds (taxonomy.TopicPage.Kind).
TOPIC_TYPES = {"person": "Person", "organisation": "Organization", "place": "Place"}

# Characters that would let text end the <script> element or open a comment in it; JSON
# allows them as \u escapes (the same escapes as Django's json_script).
# The rendition of a video's preview picture that the page shows (blocks/video_block.html).
VIDEO_POSTER_RENDITION = "fill-1200x675"

JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element that no text in `data` can break out
    of ("</script>", "<!--")."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped above
    )


@dataclass
class HeadData:
    """What the head of one page carries; rendered by distribution/head.html."""

    canonical: str = ""
    meta: list[tuple[str, str, str]] = field(default_factory=list)  # (attribute, key, value)
    feeds: list[tuple[str, str, str]] = field(default_factory=list)  # (type, title, href)
    json_ld: list[SafeString] = field(default_factory=list)


def site_root_for_page(page, request) -> tuple[SiteRoot, str] | None:
    """The site a page belongs to and its canonical URL, from Wagtail's URL parts (root
    paths cached on the request: no query)."""
    parts = page.get_url_parts(request=request)
    if not parts or parts[1] is None:
        return None
    site_id, root_url, page_path = parts
    # The root page's url_path is what the page's url_path has beyond its path on the site
    # ("/home/news/x/" served at "/news/x/"): no second look at the root paths.
    root_path = page.url_path[: len(page.url_path) - len(page_path) + 1]
    site = SiteRoot(
        site_id=site_id, root_url=root_url.rstrip("/"), root_path=root_path, only_site=False
    )
    return site, site.root_url + page_path


def og_locale() -> str:
    return to_locale(get_language() or settings.LANGUAGE_CODE)


def page_head(
    *,
    page,
    request,
    navigation=(),
    article=None,
    page_number: int = 1,
    corrections=(),
    breadcrumbs=(),
) -> HeadData:
    """The head data of any reader page; articles get the full set (article_head), with
    their correction notes (`corrections`, articles.corrections.corrections_of). A page that
    shows a breadcrumb (`breadcrumbs`: the pages above it and itself, as a region page
    does) has it as BreadcrumbList too."""
    found = site_root_for_page(page, request)
    if found is None:
        return HeadData()
    site, canonical = found
    if page_number > 1:
        canonical = f"{canonical}?page={page_number}"
    from articles.models import ArticlePage

    if isinstance(page, ArticlePage) and article is not None:
        return article_head(
            page=page,
            article=article,
            site=site,
            canonical=canonical,
            navigation=navigation,
            corrections=corrections,
            request=request,
        )
    description = (
        page.search_description
        or getattr(page, "description", "")
        or getattr(page, "bio", "")
        or settings.WAGTAIL_SITE_NAME
    )
    title = page.seo_title or page.title
    head = HeadData(canonical=canonical)
    head.meta = [
        ("property", "og:site_name", settings.WAGTAIL_SITE_NAME),
        ("property", "og:locale", og_locale()),
        ("property", "og:type", "website"),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", canonical),
        ("name", "twitter:card", "summary"),
    ]
    head.feeds = feed_links(page=page, site=site)
    if breadcrumbs:
        crumbs = [(settings.WAGTAIL_SITE_NAME, site.root_url + "/")]
        crumbs += [(crumb.title, site.page_url(crumb.url_path)) for crumb in breadcrumbs]
        head.json_ld = [json_ld(breadcrumb_list(crumbs))]
    return head


def feed_links(*, page, site: SiteRoot, section=None) -> list[tuple[str, str, str]]:
    """<link rel="alternate"> for the page's own feed (a section, topic, region or author)
    and the site-wide feed; an article names its section's."""
    links = []
    subject = section or page
    own = feed_path(subject, "rss") if subject is not None else None
    if own:
        links.append(("application/rss+xml", f"{subject.title} (RSS)", site.absolute(own)))
        links.append(
            (
                "application/atom+xml",
                f"{subject.title} (Atom)",
                site.absolute(feed_path(subject, "atom")),
            )
        )
    name = settings.WAGTAIL_SITE_NAME
    links.append(
        ("application/rss+xml", f"{name} (RSS)", site.absolute(reverse("distribution:feed_rss")))
    )
    links.append(
        ("application/atom+xml", f"{name} (Atom)", site.absolute(reverse("distribution:feed_atom")))
    )
    return links


def image_objects(image, site: SiteRoot) -> list[dict]:
    """The hero picture in the sizes search engines ask for (16:9, 4:3, 1:1), from the
    renditions the page already fetched with the image."""
    renditions = image.renditions_or_none(*STRUCTURED_DATA_RENDITIONS)
    if renditions is None:
        return []
    return [
        {
            "@type": "ImageObject",
            "url": site.absolute(renditions[spec].url),
            "width": renditions[spec].width,
            "height": renditions[spec].height,
        }
        for spec in STRUCTURED_DATA_RENDITIONS
    ]


def topic_thing(topic, site: SiteRoot) -> dict:
    return {
        "@type": TOPIC_TYPES.get(topic.kind, "Thing"),
        "name": topic.title,
        "url": site.page_url(topic.url_path),
    }


def policy_urls(site: SiteRoot, request=None) -> dict[str, str]:
    """The publisher's policy pages on this site (home.InfoPage with a purpose), as
    schema.org properties: one query, then kept per site with the `nav` tag (an InfoPage
    is a child of the home page: publishing, unpublishing, moving or deleting one renews
    `nav`, edge.purge.purge_plan)."""
    key = f"policy-urls:{site.site_id}"
    if (kept := kept_get_many([key], request=request).get(key)) is not None:
        return kept
    properties = {
        InfoPurpose.CORRECTIONS_POLICY: "correctionsPolicy",
        InfoPurpose.PUBLISHING_PRINCIPLES: "publishingPrinciples",
    }
    with keeper(request) as keep:
        pages = pages_public(
            InfoPage.objects.filter(
                purpose__in=list(properties), url_path__startswith=site.root_path
            )
        ).only("purpose", "url_path")
        urls = {properties[page.purpose]: site.page_url(page.url_path) for page in pages}
        keep(key, urls, tags={NAV})
    return urls


def publisher(site: SiteRoot, policies: dict[str, str] | None = None) -> dict:
    return {
        **(policies or {}),
        "@type": "NewsMediaOrganization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": site.root_url + "/",
        "logo": {
            "@type": "ImageObject",
            "url": site.absolute(reverse("distribution:publisher_logo")),
            "width": LOGO_SIZE,
            "height": LOGO_SIZE,
        },
    }


def article_section(page, navigation):
    """The article's section, found in the header's section list (already loaded for the
    page); a section hidden from the menu costs one query."""
    for section in navigation:
        if page.url_path.startswith(section.url_path):
            return section
    return page.get_parent()


def correction_comments(notes) -> list[dict]:
    """schema.org CorrectionComment of each note in force (withdrawn ones are not)."""
    return [
        {
            "@type": "CorrectionComment",
            "text": note.text,
            "datePublished": note.shown_at.isoformat(),
        }
        for note in notes
        if not note.withdrawn
    ]


def live_blog(*, page, canonical: str) -> dict | None:
    """What a started live ticker adds to the article's JSON-LD, which becomes a
    schema.org LiveBlogPosting (https://developers.google.com/search/docs/appearance/
    structured-data/article, https://schema.org/LiveBlogPosting): the coverage's start, its
    end once ended, and the newest visible entries as BlogPosting `liveBlogUpdate`s. None
    for an article without a ticker, or with one not started. One query for the ticker
    (none when the page holds it), one for its entries."""
    ticker = selectors.article_ticker(page=page)
    if not live.is_started(ticker):
        return None
    entries = selectors.ticker_entries(ticker=ticker)
    updates = []
    for entry in entries:
        text = live.entry_text(entry)
        update = {
            "@type": "BlogPosting",
            "@id": live.entry_url(canonical, entry),
            "url": live.entry_url(canonical, entry),
            "headline": live.entry_headline(entry, text),
            "datePublished": entry.posted_at.isoformat(),
            "articleBody": text,
        }
        if modified := live.entry_modified(entry):
            update["dateModified"] = modified.isoformat()
        updates.append(update)
    data = {
        "@type": "LiveBlogPosting",
        "coverageStartTime": ticker.started_at.isoformat(),
        "liveBlogUpdate": updates,
    }
    if ticker.ended_at:
        data["coverageEndTime"] = ticker.ended_at.isoformat()
    changed = [t for t in (live.entries_changed_at(entries), ticker.ended_at) if t]
    return {"data": data, "changed_at": max(changed, default=None)}


def video_objects(*, page, site: SiteRoot, published) -> list[dict]:
    """schema.org VideoObject of each video in the body (https://developers.google.com/
    search/docs/appearance/structured-data/video): a file's address as contentUrl, a platform
    video's player as embedUrl (articles.video), uploaded when the article was first
    published. thumbnailUrl is the editor's preview picture, in the rendition the page shows
    (the body's pictures come with their renditions); a video without one has none, as
    depesche never takes a platform's picture: search engines then show it without a
    preview. Videos on other sites, which the page only links to, are left out."""
    videos = []
    for block in page.body:
        if block.block_type != "video":
            continue
        value = block.value
        embed = video_embed(value["url"])
        if embed is None and not video_file_type(value["url"]):
            continue
        video = {
            "@type": "VideoObject",
            "name": value["title"],
            "description": value["caption"] or value["title"],
        }
        if value["poster"]:
            poster = value["poster"].get_rendition(VIDEO_POSTER_RENDITION)
            video["thumbnailUrl"] = site.absolute(poster.url)
        if published:
            video["uploadDate"] = published.isoformat()
        if embed is None:
            video["contentUrl"] = value["url"]
        else:
            video["embedUrl"] = embed.embed_url
        videos.append(video)
    return videos


def breadcrumb_list(crumbs: list[tuple[str, str]]) -> dict:
    """schema.org BreadcrumbList of (name, absolute URL) pairs, the site's home first."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def ticker_feed_link(*, page, site: SiteRoot) -> tuple[str, str, str]:
    title = gettext("%(title)s – live ticker (Atom)") % {"title": page.title}
    return (
        "application/atom+xml",
        title,
        site.absolute(reverse("distribution:feed_atom_ticker", args=[page.pk])),
    )


def article_head(
    *, page, article, site: SiteRoot, canonical: str, navigation, corrections=(), request=None
) -> HeadData:
    # `article_detail` loaded every topic and region already (a preview's unsaved ones too).
    subjects = selectors.ArticleSubjects(topics=article.topics, regions=article.regions)
    section = article_section(page, navigation)
    title = page.seo_title or page.title
    description = page.search_description or page.lead
    published = article.published_at or page.first_published_at
    ticker = live_blog(page=page, canonical=canonical)
    modified = max(
        (
            t
            for t in (
                page.last_published_at or published,
                corrections_latest(corrections),
                ticker and ticker["changed_at"],
            )
            if t
        ),
        default=None,
    )

    news_article = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "@id": canonical + "#article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "headline": page.title[:110],
        "description": description,
        "inLanguage": get_language() or settings.LANGUAGE_CODE,
        "isAccessibleForFree": True,
        "publisher": publisher(site, policy_urls(site, request)),
    }
    if notes := correction_comments(corrections):
        news_article["correction"] = notes
    if ticker:
        # A LiveBlogPosting is an Article: it keeps every property above.
        news_article.update(ticker["data"])
    if published:
        news_article["datePublished"] = published.isoformat()
    if modified:
        news_article["dateModified"] = modified.isoformat()
    if section is not None:
        news_article["articleSection"] = section.title
    if article.authors:
        news_article["author"] = [
            {"@type": "Person", "name": author.title, "url": site.page_url(author.url_path)}
            for author in article.authors
        ]
    if videos := video_objects(page=page, site=site, published=published):
        news_article["video"] = videos
    images = image_objects(page.hero_image, site) if page.hero_image else []
    if images:
        news_article["image"] = images
    primary = [t for t in subjects.topics if t.pk == page.primary_topic_id]
    others = [t for t in subjects.topics if t.pk != page.primary_topic_id]
    if primary:
        news_article["about"] = topic_thing(primary[0], site)
    if others:
        news_article["mentions"] = [topic_thing(topic, site) for topic in others]
    if subjects.regions:
        news_article["contentLocation"] = [
            {"@type": "Place", "name": region.title, "url": site.page_url(region.url_path)}
            for region in subjects.regions
        ]

    crumbs = [(settings.WAGTAIL_SITE_NAME, site.root_url + "/")]
    if section is not None:
        crumbs.append((section.title, site.page_url(section.url_path)))
    crumbs.append((page.title, canonical))

    head = HeadData(
        canonical=canonical, json_ld=[json_ld(news_article), json_ld(breadcrumb_list(crumbs))]
    )
    meta = [
        ("property", "og:site_name", settings.WAGTAIL_SITE_NAME),
        ("property", "og:locale", og_locale()),
        ("property", "og:type", "article"),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", canonical),
    ]
    card = "summary"
    share = rendition_or_none(page.hero_image, SHARE_RENDITION)
    if share:
        share_url = site.absolute(share.url)
        alt = page.hero_image.default_alt_text
        meta += [
            ("property", "og:image", share_url),
            ("property", "og:image:width", str(share.width)),
            ("property", "og:image:height", str(share.height)),
            ("property", "og:image:alt", alt),
            ("name", "twitter:image", share_url),
            ("name", "twitter:image:alt", alt),
        ]
        card = "summary_large_image"
    if published:
        meta.append(("property", "article:published_time", published.isoformat()))
    if modified:
        meta.append(("property", "article:modified_time", modified.isoformat()))
    if section is not None:
        meta.append(("property", "article:section", section.title))
    meta += [("property", "article:tag", topic.title) for topic in subjects.topics]
    meta += [
        ("property", "article:author", site.page_url(author.url_path)) for author in article.authors
    ]
    meta += [
        ("name", "twitter:card", card),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    head.meta = meta
    head.feeds = feed_links(page=page, site=site, section=section)
    if ticker:
        head.feeds.insert(0, ticker_feed_link(page=page, site=site))
    return head
