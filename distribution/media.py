"""Which picture sizes distribution uses, and facts about a rendition that feeds and ninjs
need (media type, size in bytes)."""

from pathlib import PurePosixPath

# The article page's largest srcset size: feed readers get a picture that usually exists
# already, so a feed rarely has to create renditions.
FEED_RENDITION = "fill-1200x800"
# Search engines ask for 16:9, 4:3 and 1:1 pictures of at least 1'200 pixels wide
# (https://developers.google.com/search/docs/appearance/structured-data/article).
STRUCTURED_DATA_RENDITIONS = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")
# Open Graph and Twitter's summary_large_image: the 16:9 one of the above.
SHARE_RENDITION = STRUCTURED_DATA_RENDITIONS[0]

MEDIA_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}


def rendition_or_none(image, spec: str):
    """The picture's rendition `spec`, or None when there is no picture or its original
    cannot be read (images.models.NewsImage.renditions_or_none): the feed, head or API answer
    goes without it."""
    renditions = image.renditions_or_none(spec) if image is not None else None
    return renditions[spec] if renditions else None


def media_type(rendition) -> str:
    """The IANA media type of a rendition, from its file name (renditions are WebP where
    Pillow can write it, see settings)."""
    suffix = PurePosixPath(rendition.file.name).suffix.lower()
    return MEDIA_TYPES.get(suffix, "application/octet-stream")


def size_in_bytes(rendition) -> int:
    """The rendition file's size: a stat of the local file (a request to object storage
    where media live there; feeds are cached at the edge, so this is rare)."""
    try:
        return rendition.file.size
    except OSError:
        return 0
