"""Pictures for the demo newsroom, drawn with Pillow: nothing is downloaded at run time."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SIZE = (1600, 1067)
PALETTES = {
    "city": ((38, 70, 120), (233, 170, 120)),
    "mountains": ((70, 130, 200), (230, 240, 250)),
    "lake": ((60, 120, 170), (180, 220, 235)),
    "stadium": ((20, 40, 70), (90, 160, 80)),
    "parliament": ((120, 150, 190), (240, 230, 210)),
    "office": ((200, 205, 210), (90, 100, 115)),
    "chart": ((245, 245, 240), (30, 60, 110)),
    "concert": ((40, 10, 60), (230, 60, 120)),
    "laptop": ((30, 35, 45), (80, 170, 220)),
    "train": ((150, 190, 220), (200, 30, 40)),
    "snow": ((170, 190, 215), (250, 250, 252)),
    "field": ((120, 180, 230), (150, 180, 70)),
}


def _gradient(top, bottom) -> Image.Image:
    height = SIZE[1]
    column = Image.new("RGB", (1, height))
    for y in range(height):
        t = y / (height - 1)
        column.putpixel(
            (0, y), tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return column.resize(SIZE)


def motif_picture(motif: str, seed: str) -> bytes:
    """A JPEG of 1600×1067 pixels suggesting `motif`; the same seed draws the same picture."""
    rng = random.Random(seed)
    top, bottom = PALETTES.get(motif, PALETTES["city"])
    image = _gradient(top, bottom)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    if motif in ("mountains", "snow"):
        for layer in range(3):
            shade = 90 + layer * 50
            base = int(height * (0.55 + layer * 0.12))
            points = [(0, height)]
            for x in range(0, width + 200, 200):
                points.append((x, base - rng.randint(80, 320)))
            points.append((width, height))
            draw.polygon(points, fill=(shade, shade + 10, shade + 25))
    elif motif in ("city", "parliament", "office"):
        x = 0
        while x < width:
            w = rng.randint(90, 220)
            h = rng.randint(200, 650)
            tone = rng.randint(40, 110)
            draw.rectangle([x, height - h, x + w, height], fill=(tone, tone + 10, tone + 30))
            for wy in range(height - h + 20, height - 20, 40):
                for wx in range(x + 12, x + w - 20, 30):
                    if rng.random() < 0.5:
                        draw.rectangle([wx, wy, wx + 12, wy + 18], fill=(250, 220, 140))
            x += w + rng.randint(4, 20)
    elif motif in ("lake", "field"):
        horizon = int(height * 0.55)
        draw.rectangle([0, horizon, width, height], fill=bottom)
        for _ in range(40):
            y = rng.randint(horizon, height)
            draw.line([(rng.randint(0, width), y), (rng.randint(0, width), y)], fill=top, width=3)
    elif motif == "chart":
        bars = 9
        for index in range(bars):
            h = rng.randint(150, 800)
            x = 120 + index * 150
            draw.rectangle([x, height - 100 - h, x + 100, height - 100], fill=bottom)
    elif motif in ("stadium", "concert"):
        draw.ellipse([200, 500, 1400, 1200], fill=bottom)
        for _ in range(120):
            x, y = rng.randint(0, width), rng.randint(0, height // 2)
            draw.ellipse([x, y, x + 8, y + 8], fill=(255, 255, 220))
    else:  # laptop, train and anything else: a bold shape on the gradient
        draw.rounded_rectangle([300, 300, 1300, 850], radius=40, fill=bottom)
        draw.rectangle([350, 350, 1250, 800], fill=top)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def avatar_picture(name: str, color: str) -> bytes:
    """A square PNG with the person's initials on `color`."""
    size = 400
    image = Image.new("RGB", (size, size), color)
    draw = ImageDraw.Draw(image)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    font = ImageFont.load_default(size=170)
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
