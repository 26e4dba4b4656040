"""Bringing pictures into the image library from outside (imports, the demo newsroom)."""

import base64
import binascii
import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from images.models import NewsImage

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


class ImageSourceError(ValueError):
    """An image reference that cannot be used; the message says why, for the person importing."""


def image_source_read(*, path: str = "", data_url: str = "", base_dir: Path) -> tuple[bytes, str]:
    """The bytes of a picture named by a local path (inside `base_dir`, the import file's
    folder) or a data URL, checked to be a whole JPEG, PNG, WebP or GIF within the limits.

    Returns the bytes and a file extension. Raises ImageSourceError.
    """
    if bool(path) == bool(data_url):
        raise ImageSourceError(_("give either «path» or «data_url»"))
    if path:
        folder = base_dir.resolve()
        file = (folder / path).resolve()
        if not file.is_relative_to(folder):
            raise ImageSourceError(_("a path must stay inside the import file's folder"))
        if not file.is_file():
            raise ImageSourceError(_("no file at %(path)s") % {"path": file})
        if file.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            raise ImageSourceError(_("the file is larger than the upload limit"))
        content = file.read_bytes()
    else:
        header, _sep, payload = data_url.partition(",")
        if not (header.startswith("data:image/") and header.endswith(";base64") and payload):
            raise ImageSourceError(_("a data URL must look like data:image/…;base64,…"))
        try:
            content = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise ImageSourceError(_("the data URL is not valid base64")) from None
        if len(content) > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            raise ImageSourceError(_("the image is larger than the upload limit"))
    try:
        with PILImage.open(io.BytesIO(content)) as picture:
            image_format = picture.format
            # Decode every pixel: verify() alone lets a truncated JPEG through.
            picture.load()
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        PILImage.DecompressionBombError,
    ):
        raise ImageSourceError(_("not a readable picture")) from None
    if image_format not in ALLOWED_FORMATS:
        raise ImageSourceError(
            _("pictures must be JPEG, PNG, WebP or GIF, not %(format)s") % {"format": image_format}
        )
    return content, ALLOWED_FORMATS[image_format]


def image_get_or_create(
    *,
    content: bytes,
    extension: str,
    title: str,
    alt: str = "",
    credit: str = "",
    caption: str = "",
) -> tuple[NewsImage, bool]:
    """The library image with exactly these bytes, created if it is new.

    The same picture imported twice is one image (Wagtail's SHA-1 `file_hash`). The values
    given fill an existing image's empty fields only: what editors wrote in the library wins,
    and a caption or credit for one use belongs to that use (the article), not the picture.
    Returns the image and whether it was created.
    """
    file_hash = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    image = NewsImage.objects.filter(file_hash=file_hash).first()
    values = {"title": title[:255], "description": alt[:255], "credit": credit[:255]}
    if caption:
        values["default_caption"] = caption
    if image is not None:
        blank = [name for name, value in values.items() if value and not getattr(image, name)]
        if blank:
            for name in blank:
                setattr(image, name, values[name])
            image.save(update_fields=blank)
        return image, False

    with PILImage.open(io.BytesIO(content)) as picture:
        width, height = picture.size
    image = NewsImage(
        **values,
        width=width,
        height=height,
        file_size=len(content),
        file_hash=file_hash,
        file=ImageFile(io.BytesIO(content), name=f"{file_hash[:16]}.{extension}"),
    )
    try:
        image.save()
    except BaseException:
        # The file reaches storage before the row does; leave no orphan behind.
        if image.file.name:
            image.file.storage.delete(image.file.name)
        raise
    return image, True
