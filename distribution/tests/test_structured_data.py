import re

import extruct
import html5lib
import pytest
from django.test import override_settings

from .conftest import BASE


def extract(client, url) -> tuple[str, dict]:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    data = extruct.extract(html, base_url=BASE, syntaxes=["json-ld", "opengraph"])
    # Open Graph as {property: first value}; repeated properties through meta().
    data["og"] = {}
    for item in data["opengraph"]:
        for key, value in item["properties"]:
            data["og"].setdefault(key, value)
    return html, data


def by_type(data, schema_type):
    found = [item for item in data["json-ld"] if item.get("@type") == schema_type]
    assert len(found) == 1, data["json-ld"]
    return found[0]


def meta(html: str, key: str) -> list[str]:
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return [
        element.get("content")
        for element in document.iter("meta")
        if key in (element.get("property"), element.get("name"))
    ]


def test_article_page_has_news_article_json_ld(client, newsroom):
    authors = [{"name": "Anna Muster"}, {"name": "Beat Beispiel"}]
    page = newsroom(
        1,
        authors=authors,
        topics=["Verkehr", "Velo", "Wladimir Putin"],
        primary_topic="Verkehr",
        regions=["Europa > Schweiz > Zürich > Winterthur", "Europa > Schweiz > Bern"],
        updated_at="2026-01-05T10:30:00+01:00",
    ).pages[0]
    url = f"{BASE}{page.url}"
    _html, data = extract(client, page.url)
    article = by_type(data, "NewsArticle")

    assert article["headline"] == page.title
    assert article["description"] == page.lead
    assert article["url"] == url
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert article["datePublished"] == "2026-01-05T07:00:00+00:00"
    assert article["dateModified"] == "2026-01-05T09:30:00+00:00"
    assert article["isAccessibleForFree"] is True
    assert article["articleSection"] == "Schweiz"
    assert article["author"] == [
        {"@type": "Person", "name": "Anna Muster", "url": f"{BASE}/autoren/anna-muster/"},
        {"@type": "Person", "name": "Beat Beispiel", "url": f"{BASE}/autoren/beat-beispiel/"},
    ]
    images = article["image"]
    # 16:9, 4:3 and 1:1, as large as the 1600×1067 original allows.
    assert [(image["width"], image["height"]) for image in images][:2] == [(1200, 675), (1200, 900)]
    assert abs(images[2]["width"] - images[2]["height"]) <= 1 and images[2]["width"] > 1000
    assert all(image["@type"] == "ImageObject" for image in images)
    assert all(image["url"].startswith(f"{BASE}/media/images/") for image in images)
    for image in images:  # the renditions exist and are served
        assert client.get(image["url"].removeprefix(BASE)).status_code == 200

    publisher = article["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization"
    assert publisher["name"] == "depesche"
    logo = publisher["logo"]
    assert logo["@type"] == "ImageObject" and logo["width"] == logo["height"] == 512
    response = client.get(logo["url"].removeprefix(BASE))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")

    assert article["about"] == {
        "@type": "Thing",
        "name": "Verkehr",
        "url": f"{BASE}/themen/verkehr/",
    }
    assert [thing["name"] for thing in article["mentions"]] == ["Velo", "Wladimir Putin"]
    assert article["contentLocation"] == [
        {
            "@type": "Place",
            "name": "Winterthur",
            "url": f"{BASE}/welt/europa/schweiz/zuerich/winterthur/",
        },
        {"@type": "Place", "name": "Bern", "url": f"{BASE}/welt/europa/schweiz/bern/"},
    ]

    breadcrumbs = by_type(data, "BreadcrumbList")["itemListElement"]
    assert [(crumb["position"], crumb["name"], crumb["item"]) for crumb in breadcrumbs] == [
        (1, "depesche", f"{BASE}/"),
        (2, "Schweiz", f"{BASE}/schweiz/"),
        (3, page.title, url),
    ]


def test_article_page_has_open_graph_twitter_and_canonical(client, article):
    html, data = extract(client, article.url)
    url = f"{BASE}{article.url}"
    assert f'<link rel="canonical" href="{url}">' in html
    og = data["og"]
    assert og["og:type"] == "article"
    assert og["og:title"] == article.title
    assert og["og:url"] == url
    assert og["og:description"] == article.lead
    assert og["og:site_name"] == "depesche"
    assert og["og:image"].startswith(f"{BASE}/media/images/")
    assert meta(html, "og:image:width") == ["1200"] and meta(html, "og:image:height") == ["675"]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    assert meta(html, "twitter:image") == [og["og:image"]]
    assert meta(html, "article:published_time") == ["2026-01-05T07:00:00+00:00"]
    assert meta(html, "article:tag") == ["Verkehr", "Velo"]
    feeds = [
        (link.get("type"), link.get("href"))
        for link in html5lib.parse(html, namespaceHTMLElements=False).iter("link")
        if link.get("rel") == "alternate"
    ]
    assert ("application/rss+xml", f"{BASE}/feeds/rss/section/schweiz/") in feeds
    assert ("application/atom+xml", f"{BASE}/feeds/atom/") in feeds


def test_json_ld_cannot_be_broken_out_of(client, newsroom):
    evil = "Ende</script><script>alert(1)</script><!--"
    page = newsroom(1, headline=evil, lead=evil).pages[0]
    html, data = extract(client, page.url)
    assert "<script>alert(1)" not in html
    assert by_type(data, "NewsArticle")["headline"] == evil
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)


def test_article_without_picture_gets_a_summary_card(client, newsroom):
    page = newsroom(1, hero_image=None).pages[0]
    html, data = extract(client, page.url)
    assert "image" not in by_type(data, "NewsArticle")
    assert meta(html, "twitter:card") == ["summary"]


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/", "/feeds/rss/"),
        ("/schweiz/", "/feeds/rss/section/schweiz/"),
        ("/themen/verkehr/", "/feeds/rss/topic/verkehr/"),
        ("/welt/europa/schweiz/", "/feeds/rss/region/welt/europa/schweiz/"),
        ("/autoren/anna-muster/", "/feeds/rss/author/anna-muster/"),
    ],
)
def test_other_pages_have_canonical_og_basics_and_their_feed(client, article, path, feed):
    html, data = extract(client, path)
    assert f'<link rel="canonical" href="{BASE}{path}">' in html
    og = data["og"]
    assert og["og:type"] == "website" and og["og:url"] == f"{BASE}{path}"
    assert og["og:site_name"] == "depesche" and og["og:title"]
    hrefs = [
        link.get("href")
        for link in html5lib.parse(html, namespaceHTMLElements=False).iter("link")
        if link.get("rel") == "alternate"
    ]
    assert f"{BASE}{feed}" in hrefs
    # The linked feed exists.
    assert client.get(feed).status_code == 200


def test_head_is_the_same_bytes_whatever_the_host(client, article):
    first = client.get(article.url, HTTP_HOST="127.0.0.1").content
    second = client.get(article.url, HTTP_HOST="localhost").content
    assert first == second


@override_settings(LANGUAGE_CODE="en")
def test_locale_follows_the_language(client, article):
    _html, data = extract(client, article.url)
    assert data["og"]["og:locale"] == "en"


def test_the_videos_of_the_body_are_video_objects(client, newsroom, tmp_path):
    from conftest import _picture

    (tmp_path / "poster.jpg").write_bytes(_picture(3))
    body = [
        {
            "type": "video",
            "value": {
                "url": "https://youtu.be/aqz-KE-bpKQ?t=5",
                "title": "Die Strecke im Video",
                "caption": "Von oben gefilmt.",
                "poster": {"path": "poster.jpg", "alt": "Velo", "credit": "zVg"},
            },
        },
        {"type": "video", "value": {"url": "https://example.org/clip.mp4", "title": "Clip"}},
        # Only a link on the page: not a video of the article.
        {"type": "video", "value": {"url": "https://www.dailymotion.com/video/x8", "title": "D"}},
    ]
    page = newsroom(1, body=body).pages[0]
    html, data = extract(client, page.url)
    embedded, file = by_type(data, "NewsArticle")["video"]

    poster = re.search(r'<img class="video__poster" src="([^"]+)"', html).group(1)
    assert embedded == {
        "@type": "VideoObject",
        "name": "Die Strecke im Video",
        "description": "Von oben gefilmt.",
        "thumbnailUrl": f"{BASE}{poster}",
        "uploadDate": "2026-01-05T07:00:00+00:00",
        "embedUrl": "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0&start=5",
    }
    # Without a preview picture, no thumbnail: never the platform's.
    assert file == {
        "@type": "VideoObject",
        "name": "Clip",
        "description": "Clip",
        "uploadDate": "2026-01-05T07:00:00+00:00",
        "contentUrl": "https://example.org/clip.mp4",
    }
