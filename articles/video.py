"""Videos of the common platforms (YouTube, Vimeo, SRF) in an article's video block.

The block shows a local poster and a button; the platform's player is put in the page only
when the reader presses it (articles/static/articles/video.js), so no request goes to the
platform before that (docs/newsroom.md, «Video»). This module reads the addresses editors
paste in their many forms and names the player's address, which asks the platform not to
track: YouTube's youtube-nocookie.com, Vimeo's `dnt=1`. Any other address stays a link
(articles.blocks.VideoBlock). No request is made here: the poster is never the platform's.
"""

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import parse_qs, urlencode, urlsplit

# Files the page plays itself, by the suffix of the address's path (a query string may follow).
FILE_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}

YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com"}
# Paths whose next segment is the video's id (youtube.com/shorts/<id>, /embed/<id> …).
YOUTUBE_ID_PATHS = {"embed", "shorts", "live", "v", "e"}
YOUTUBE_TIME = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?")
VIMEO_ID = re.compile(r"\d{1,12}")
VIMEO_HASH = re.compile(r"[0-9a-f]{6,20}")
SRF_URN = re.compile(r"urn:srf:video:[0-9a-f-]{8,64}")
SRF_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# The origins the players load from: the article page's Content-Security-Policy allows them
# as frame-src only when its body embeds one (articles.models.ArticlePage.serve).
FRAME_ORIGINS = {
    "youtube": "https://www.youtube-nocookie.com",
    "vimeo": "https://player.vimeo.com",
    "srf": "https://www.srf.ch",
}
PLATFORM_NAMES = {"youtube": "YouTube", "vimeo": "Vimeo", "srf": "SRF"}
PRIVACY_URLS = {
    "youtube": "https://policies.google.com/privacy",
    "vimeo": "https://vimeo.com/privacy",
    "srf": "https://www.srf.ch/rechtliches-datenschutzerklaerung",
}


@dataclass(frozen=True)
class VideoEmbed:
    """A platform video: where its player is (`embed_url`, without autoplay: the structured
    data's embedUrl) and what the reader is told before it loads."""

    platform: str
    video_id: str
    embed_url: str

    @property
    def platform_name(self) -> str:
        return PLATFORM_NAMES[self.platform]

    @property
    def privacy_url(self) -> str:
        return PRIVACY_URLS[self.platform]

    @property
    def frame_origin(self) -> str:
        return FRAME_ORIGINS[self.platform]

    @property
    def play_url(self) -> str:
        """The player's address once the reader pressed play: it starts at once, so one
        press plays the video."""
        address, hash_sign, fragment = self.embed_url.partition("#")
        return f"{address}&autoplay=1{hash_sign}{fragment}"  # every embed_url has a query


def video_file_type(url: str) -> str | None:
    """The media type of a video file the page can play itself, or None."""
    return FILE_TYPES.get(PurePosixPath(urlsplit(url).path).suffix.lower())


def video_embed(url: str) -> VideoEmbed | None:
    """The platform video an address names, or None (a file, another site, a channel, a
    malformed id)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    segments = [segment for segment in parts.path.split("/") if segment]
    query = parse_qs(parts.query)
    if host in YOUTUBE_HOSTS or host == "youtu.be":
        return _youtube(host, segments, query, parts.fragment)
    if host in ("vimeo.com", "player.vimeo.com"):
        return _vimeo(segments, query, parts.fragment)
    if host == "srf.ch" or host == "tp.srgssr.ch":
        return _srf(segments, query)
    return None


def _first(query: dict, name: str) -> str:
    return (query.get(name) or [""])[0]


def _seconds(value: str) -> int:
    """A start time as YouTube writes it: «90», «90s», «1m30s», «1h2m3s»; 0 if unreadable."""
    match = YOUTUBE_TIME.fullmatch(value.strip())
    if not value or not match:
        return 0
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _youtube(host: str, segments: list[str], query: dict, fragment: str) -> VideoEmbed | None:
    if host == "youtu.be":
        video_id = segments[0] if segments else ""
    elif segments[:1] == ["watch"]:
        video_id = _first(query, "v")
    elif len(segments) >= 2 and segments[0] in YOUTUBE_ID_PATHS:
        video_id = segments[1]
    else:
        return None
    if not YOUTUBE_ID.fullmatch(video_id):
        return None
    fragment_time = fragment.removeprefix("t=") if fragment.startswith("t=") else ""
    start = _seconds(_first(query, "t") or _first(query, "start") or fragment_time)
    params = {"rel": 0}
    if start:
        params["start"] = start
    embed_url = f"https://www.youtube-nocookie.com/embed/{video_id}?{urlencode(params)}"
    return VideoEmbed(platform="youtube", video_id=video_id, embed_url=embed_url)


def _vimeo(segments: list[str], query: dict, fragment: str) -> VideoEmbed | None:
    # vimeo.com/<id>[/<hash>], player.vimeo.com/video/<id>, vimeo.com/channels/<name>/<id>,
    # vimeo.com/groups/<name>/videos/<id>, vimeo.com/showcase/<n>/video/<id>: the first
    # segment that is all digits and not a showcase's or album's number.
    video_id, private_hash = "", _first(query, "h")
    for position, segment in enumerate(segments):
        if VIMEO_ID.fullmatch(segment) and (
            position == 0 or segments[position - 1] not in ("showcase", "album")
        ):
            video_id = segment
            following = segments[position + 1 : position + 2]
            if following and VIMEO_HASH.fullmatch(following[0]):
                private_hash = following[0]
            break
    if not video_id:
        return None
    params = {"dnt": 1}
    if VIMEO_HASH.fullmatch(private_hash):
        params["h"] = private_hash
    embed_url = f"https://player.vimeo.com/video/{video_id}?{urlencode(params)}"
    if fragment.startswith("t=") and (start := _seconds(fragment.removeprefix("t="))):
        embed_url += f"#t={start}s"
    return VideoEmbed(platform="vimeo", video_id=video_id, embed_url=embed_url)


def _srf(segments: list[str], query: dict) -> VideoEmbed | None:
    # www.srf.ch/play/tv/<show>/video/<title>?urn=urn:srf:video:<id>, /play/embed?urn=…,
    # the player tp.srgssr.ch/p/srf/embed?urn=…, and /play/tv/redirect/detail/<id>.
    urn = _first(query, "urn").lower()
    if not urn and segments[:4] == ["play", "tv", "redirect", "detail"] and len(segments) == 5:
        urn = f"urn:srf:video:{segments[4].lower()}"
    if not SRF_URN.fullmatch(urn):
        return None
    video_id = urn.removeprefix("urn:srf:video:")
    if "-" in video_id and not SRF_ID.fullmatch(video_id):
        return None
    query_string = urlencode({"urn": urn, "subdivisions": "false"}, safe=":")
    embed_url = f"https://www.srf.ch/play/embed?{query_string}"
    return VideoEmbed(platform="srf", video_id=video_id, embed_url=embed_url)


def body_frame_origins(body) -> list[str]:
    """The player origins of the platform videos in an article body, from its raw data (no
    query): what the page's frame-src must allow."""
    origins = set()
    for block in body.raw_data:
        if block["type"] == "video" and (embed := video_embed(block["value"].get("url") or "")):
            origins.add(embed.frame_origin)
    return sorted(origins)
