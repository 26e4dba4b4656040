"""Structured data tests with articles of their own, not the one test_structured_data.py keeps
for its tests: the NewsArticle JSON-LD in full, a headline that would break out of it, an
article without a picture, the body's videos."""

import re

import html5lib

from .conftest import BASE
from .test_structured_data import by_type, extract, meta


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
