"""The publisher logo that structured data names (schema.org NewsMediaOrganization.logo).

Search engines want a raster picture; it is drawn here with Pillow (the favicon's red
square with a white «d»), the same bytes on every run, so nothing is downloaded or kept in
the repository as a binary.
"""

import functools
import io

from PIL import Image, ImageDraw

LOGO_SIZE = 512
BRAND_RED = (179, 0, 27)


@functools.cache
def logo_png() -> bytes:
    size = LOGO_SIZE
    image = Image.new("RGB", (size, size), BRAND_RED)
    draw = ImageDraw.Draw(image)
    white = (255, 255, 255)
    # A «d»: a ring and, on its right, a stem reaching above it.
    ring = (size * 0.22, size * 0.40, size * 0.66, size * 0.84)
    stroke = int(size * 0.09)
    draw.ellipse(ring, outline=white, width=stroke)
    stem_left = ring[2] - stroke
    draw.rectangle((stem_left, size * 0.14, ring[2], size * 0.84), fill=white)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
