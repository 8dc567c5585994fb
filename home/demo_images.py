"""Illustrations for demo content, drawn locally with Pillow (no downloads)."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ((11, 92, 138), (246, 241, 231), (164, 70, 31)),
    ((73, 96, 42), (240, 244, 232), (11, 92, 138)),
    ((164, 70, 31), (251, 239, 233), (27, 36, 48)),
    ((8, 63, 95), (238, 245, 250), (255, 191, 71)),
    ((46, 107, 48), (237, 245, 236), (164, 70, 31)),
]


def draw_city(seed, size=(1200, 675)):
    """A skyline over the sea under a sun: a calm, abstract Mediterranean city."""
    rng = random.Random(seed)
    main, light, accent = PALETTES[seed % len(PALETTES)]
    width, height = size
    image = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(image)
    sun_x, sun_y = rng.randint(200, width - 200), rng.randint(110, 220)
    draw.ellipse((sun_x - 80, sun_y - 80, sun_x + 80, sun_y + 80), fill=accent)
    horizon = int(height * 0.68)
    x = 40
    while x < width - 40:
        building_width = rng.randint(60, 130)
        building_height = rng.randint(90, 300)
        shade = tuple(max(0, c - rng.randint(0, 40)) for c in main)
        draw.rectangle(
            (x, horizon - building_height, x + building_width, horizon), fill=shade
        )
        for wy in range(horizon - building_height + 15, horizon - 20, 28):
            for wx in range(x + 12, x + building_width - 16, 24):
                if rng.random() > 0.35:
                    draw.rectangle((wx, wy, wx + 10, wy + 14), fill=light)
        x += building_width + rng.randint(6, 24)
    draw.rectangle((0, horizon, width, height), fill=main)
    for row in range(8):
        y = horizon + 18 + row * 22
        points = [
            (px, y + 6 * math.sin((px + row * 40) / 45))
            for px in range(0, width + 20, 20)
        ]
        draw.line(points, fill=light, width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


def demo_image(title, seed):
    """A Wagtail image with this title, drawn when it does not exist yet."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title)
    image.file = ImageFile(draw_city(seed), name=f"demo-{seed}.png")
    image.save()
    return image
