"""Platform videos in the body (articles/video.py): the addresses editors paste, and a page that
asks nothing of the platform before the reader presses play."""

import re

import pytest
from django.test import RequestFactory

from articles.video import video_embed

YOUTUBE = "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
VIMEO = "https://player.vimeo.com/video/76979871"
SRF_ID = "c4927fcf-e1a0-0001-7edd-1ef01d441651"
SRF = f"https://www.srf.ch/play/embed?urn=urn:srf:video:{SRF_ID}&subdivisions=false"


@pytest.mark.parametrize(
    ("url", "embed_url"),
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", f"{YOUTUBE}?rel=0"),
        ("https://youtube.com/watch?v=aqz-KE-bpKQ&t=90", f"{YOUTUBE}?rel=0&start=90"),
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=1m30s", f"{YOUTUBE}?rel=0&start=90"),
        ("https://m.youtube.com/watch?feature=share&v=aqz-KE-bpKQ", f"{YOUTUBE}?rel=0"),
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ#t=1h2s", f"{YOUTUBE}?rel=0&start=3602"),
        ("https://youtu.be/aqz-KE-bpKQ", f"{YOUTUBE}?rel=0"),
        ("https://youtu.be/aqz-KE-bpKQ?si=abc&t=42", f"{YOUTUBE}?rel=0&start=42"),
        ("https://www.youtube.com/shorts/aqz-KE-bpKQ", f"{YOUTUBE}?rel=0"),
        ("https://www.youtube.com/live/aqz-KE-bpKQ?feature=shared", f"{YOUTUBE}?rel=0"),
        ("https://www.youtube.com/embed/aqz-KE-bpKQ?start=10", f"{YOUTUBE}?rel=0&start=10"),
        ("http://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", f"{YOUTUBE}?rel=0"),
        ("https://vimeo.com/76979871", f"{VIMEO}?dnt=1"),
        ("https://vimeo.com/76979871#t=30s", f"{VIMEO}?dnt=1#t=30s"),
        ("https://vimeo.com/76979871/0a1b2c3d4e", f"{VIMEO}?dnt=1&h=0a1b2c3d4e"),
        ("https://player.vimeo.com/video/76979871", f"{VIMEO}?dnt=1"),
        ("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e", f"{VIMEO}?dnt=1&h=0a1b2c3d4e"),
        ("https://vimeo.com/channels/staffpicks/76979871", f"{VIMEO}?dnt=1"),
        ("https://vimeo.com/groups/name/videos/76979871", f"{VIMEO}?dnt=1"),
        ("https://vimeo.com/showcase/1234/video/76979871", f"{VIMEO}?dnt=1"),
        (
            f"https://www.srf.ch/play/tv/tagesschau/video/hauptausgabe?urn=urn:srf:video:{SRF_ID}",
            SRF,
        ),
        (f"https://www.srf.ch/play/tv/-/video/-?urn=urn%3Asrf%3Avideo%3A{SRF_ID}", SRF),
        (f"https://www.srf.ch/play/embed?urn=urn:srf:video:{SRF_ID}&startTime=20", SRF),
        (f"https://tp.srgssr.ch/p/srf/embed?urn=urn:srf:video:{SRF_ID}", SRF),
        (f"https://www.srf.ch/play/tv/redirect/detail/{SRF_ID}", SRF),
    ],
)
def test_platform_addresses_give_the_privacy_friendly_player(url, embed_url):
    embed = video_embed(url)
    assert embed is not None and embed.embed_url == embed_url


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/videos/clip.mp4",
        "https://www.youtube.com/",
        "https://www.youtube.com/@srf",
        "https://www.youtube.com/channel/UC0123456789",
        "https://www.youtube.com/playlist?list=PL0123",
        "https://www.youtube.com/watch?v=too-short",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ%22onload%3D",
        "https://youtu.be/",
        "https://vimeo.com/",
        "https://vimeo.com/about",
        "https://www.srf.ch/news/schweiz/ein-artikel",
        "https://www.srf.ch/play/tv/sendung?urn=urn:srf:audio:c4927fcf-e1a0-0001-7edd-1ef01d441651",
        "https://www.srf.ch/play/tv/-/video/-?urn=urn:srf:video:x%22%3E",
        "https://www.dailymotion.com/video/x8abcd",
        "javascript:alert(1)//youtu.be/aqz-KE-bpKQ",
        "ftp://youtu.be/aqz-KE-bpKQ",
        "https://[::1",
    ],
)
def test_other_addresses_are_no_platform_video(url):
    assert video_embed(url) is None


def test_the_player_starts_when_the_reader_presses_play():
    embed = video_embed("https://vimeo.com/76979871#t=30s")
    assert embed.play_url == f"{VIMEO}?dnt=1&autoplay=1#t=30s"


def frame_src(response) -> list[str]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return next((values for name, *values in filter(None, directives) if name == "frame-src"), [])


def video_page(newsroom, url, **video):
    body = [
        {"type": "paragraph", "value": "Der Gemeinderat hat am Dienstag informiert."},
        {"type": "video", "value": {"url": url, "title": "Die Strecke im Video", **video}},
    ]
    return newsroom(1, body=body).pages[0]


def test_a_youtube_video_is_a_poster_and_a_button_and_nothing_from_youtube(client, newsroom):
    page = video_page(newsroom, "https://youtu.be/aqz-KE-bpKQ")
    response = client.get(page.url)
    html = response.content.decode()
    figure = re.search(r'<figure class="video">.*?</figure>', html, flags=re.S).group()

    assert f'data-video-embed="{YOUTUBE}?rel=0&amp;autoplay=1"' in figure
    assert '<button class="video__play" type="button"' in figure
    assert 'aria-label="Video abspielen: Die Strecke im Video" hidden>' in figure
    assert "Beim Abspielen werden Daten an YouTube übertragen." in figure
    assert '<a href="https://policies.google.com/privacy">' in figure
    # Without JavaScript, a link to the video.
    assert 'href="https://youtu.be/aqz-KE-bpKQ"' in figure
    # Nothing the browser would fetch from elsewhere: no frame, picture or script.
    assert "<iframe" not in html
    assert not re.search(r'<(img|script|video|source|iframe)\b[^>]*\bsrc="(https?:)?//', html)
    assert '<script src="/static/articles/video.js" defer></script>' in html
    assert frame_src(response) == ["https://www.youtube-nocookie.com"]


def test_the_poster_is_the_editors_picture(client, newsroom, tmp_path):
    from conftest import _picture

    (tmp_path / "poster.jpg").write_bytes(_picture(7))
    poster = {"path": "poster.jpg", "alt": "Velo", "credit": "zVg"}
    page = video_page(newsroom, "https://vimeo.com/76979871", poster=poster)
    html = client.get(page.url).content.decode()
    assert re.search(r'<img class="video__poster" src="/media/images/[^"]+\.fill-1200x675', html)
    assert "Daten an Vimeo übertragen" in html


def test_a_page_without_a_platform_video_keeps_frames_closed(client, newsroom):
    page = video_page(newsroom, "https://example.org/clip.webm")
    response = client.get(page.url)
    html = response.content.decode()
    assert frame_src(response) == ["'none'"]
    assert "articles/video.js" not in html and "video__play" not in html.split("</style>")[1]
    assert '<source src="https://example.org/clip.webm" type="video/webm">' in html


def test_a_video_on_another_site_stays_a_link(client, newsroom):
    page = video_page(newsroom, "https://www.dailymotion.com/video/x8abcd")
    response = client.get(page.url)
    html = response.content.decode()
    assert '<a href="https://www.dailymotion.com/video/x8abcd">Video ansehen:' in html
    assert frame_src(response) == ["'none'"]


def test_the_preview_lets_the_player_in_too(newsroom, admin_user):
    page = video_page(newsroom, "https://www.srf.ch/play/tv/redirect/detail/" + SRF_ID)
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1")
    request.user = admin_user
    response = page.make_preview_request(request)
    assert response.status_code == 200
    assert frame_src(response) == ["https://www.srf.ch"]
