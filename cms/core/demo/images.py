"""Pictures for the demo museum, drawn at seed time with Pillow.

Nothing is downloaded: each object kind gets a simple, recognisable drawing
(a passport, a letter, a suitcase…) on a paper-coloured ground, and each
exhibit a landscape of sea, hills and sky in its own colours.
"""

import io
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 800
PAPER = (246, 240, 228)
INK = (52, 44, 38)


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _shade(rgb, factor):
    return tuple(max(0, min(255, int(channel * factor))) for channel in rgb)


def _lines(draw, box, rnd, count, colour=INK, width=4):
    left, top, right, bottom = box
    step = (bottom - top) / (count + 1)
    for index in range(1, count + 1):
        y = top + step * index
        end = right - rnd.randint(0, (right - left) // 3)
        draw.line((left, y, end, y), fill=colour, width=width)


def _passport(draw, rnd, colour):
    draw.rounded_rectangle((380, 120, 820, 680), radius=24, fill=colour)
    draw.ellipse((520, 260, 680, 420), outline=(214, 178, 92), width=8)
    draw.polygon(
        [
            (600, 285),
            (618, 335),
            (670, 335),
            (628, 365),
            (644, 415),
            (600, 385),
            (556, 415),
            (572, 365),
            (530, 335),
            (582, 335),
        ],
        outline=(214, 178, 92),
        width=5,
    )
    _lines(draw, (470, 470, 730, 600), rnd, 3, colour=(214, 178, 92), width=6)


def _letter(draw, rnd, colour):
    draw.polygon([(300, 140), (880, 110), (910, 690), (330, 710)], fill=(252, 249, 240))
    for index in range(12):
        y = 190 + index * 40
        draw.line(
            (360, y + index, 820 - rnd.randint(0, 160), y + index - 4),
            fill=colour,
            width=4,
        )
    draw.rectangle((760, 150, 850, 250), outline=colour, width=5)


def _photograph(draw, rnd, colour):
    draw.rectangle((280, 120, 920, 680), fill=(250, 248, 242))
    sepia = _shade(colour, 0.6)
    draw.rectangle((320, 160, 880, 600), fill=_shade(sepia, 1.6))
    draw.rectangle((320, 470, 880, 600), fill=_shade(sepia, 1.1))
    for x in (450, 560, 680):
        draw.ellipse((x - 30, 300, x + 30, 360), fill=sepia)
        draw.rounded_rectangle((x - 45, 360, x + 45, 520), radius=20, fill=sepia)


def _suitcase(draw, rnd, colour):
    draw.rounded_rectangle(
        (520, 170, 680, 260), radius=30, outline=_shade(colour, 0.6), width=18
    )
    draw.rounded_rectangle((260, 240, 940, 660), radius=36, fill=colour)
    draw.line((260, 330, 940, 330), fill=_shade(colour, 0.7), width=10)
    for x in (360, 840):
        draw.rectangle((x - 25, 300, x + 25, 360), fill=(200, 170, 90))


def _contract(draw, rnd, colour):
    draw.rectangle((360, 90, 840, 720), fill=(253, 251, 245), outline=INK, width=3)
    draw.rectangle((400, 130, 800, 180), fill=colour)
    _lines(draw, (400, 200, 800, 560), rnd, 9, width=3)
    draw.ellipse((640, 570, 780, 710), outline=(150, 40, 40), width=7)


def _ticket(draw, rnd, colour):
    draw.rounded_rectangle((200, 280, 1000, 540), radius=18, fill=colour)
    for y in range(300, 530, 28):
        draw.ellipse((742, y, 756, y + 14), fill=PAPER)
    _lines(draw, (250, 320, 700, 500), rnd, 4, colour=PAPER, width=6)
    draw.polygon([(820, 360), (940, 410), (820, 460)], fill=PAPER)


def _postcard(draw, rnd, colour):
    draw.rectangle((200, 160, 1000, 640), fill=(252, 250, 244), outline=INK, width=3)
    draw.rectangle((230, 190, 590, 610), fill=colour)
    draw.rectangle((230, 470, 590, 610), fill=_shade(colour, 0.7))
    draw.line((620, 190, 620, 610), fill=INK, width=2)
    _lines(draw, (650, 330, 960, 580), rnd, 4, width=3)
    draw.rectangle((880, 200, 960, 290), outline=INK, width=4)


def _cassette(draw, rnd, colour):
    draw.rounded_rectangle((240, 200, 960, 620), radius=30, fill=(40, 38, 36))
    draw.rectangle((290, 240, 910, 440), fill=colour)
    for x in (460, 740):
        draw.ellipse((x - 60, 280, x + 60, 400), fill=(246, 240, 228))
        draw.ellipse((x - 22, 318, x + 22, 362), fill=(40, 38, 36))
    draw.polygon([(380, 620), (420, 500), (780, 500), (820, 620)], fill=(70, 66, 62))


def _textile(draw, rnd, colour):
    draw.rectangle((160, 120, 1040, 680), fill=colour)
    accent = (238, 214, 140)
    for row in range(6):
        y = 160 + row * 90
        for column in range(9):
            x = 210 + column * 95
            draw.polygon(
                [(x, y), (x + 35, y + 35), (x, y + 70), (x - 35, y + 35)],
                outline=accent,
                width=5,
            )


def _tool(draw, rnd, colour):
    draw.rounded_rectangle((300, 300, 700, 520), radius=40, fill=colour)
    draw.rectangle((620, 240, 900, 300), fill=_shade(colour, 0.7))
    draw.rectangle((840, 300, 880, 470), fill=(120, 120, 120))
    draw.ellipse((380, 330, 520, 470), outline=(230, 230, 230), width=10)
    draw.rectangle((260, 520, 940, 560), fill=(90, 70, 50))


DRAWERS = {
    "passport": _passport,
    "letter": _letter,
    "photograph": _photograph,
    "suitcase": _suitcase,
    "contract": _contract,
    "ticket": _ticket,
    "postcard": _postcard,
    "cassette": _cassette,
    "textile": _textile,
    "tool": _tool,
}


def object_picture(kind: str, colour: str, seed: str) -> bytes:
    """A JPEG drawing of an object of ``kind`` in ``colour``."""
    rnd = random.Random(seed)  # noqa: S311 - decoration, not security
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    DRAWERS.get(kind, _letter)(draw, rnd, _hex(colour))
    return _jpeg(image)


def landscape_picture(colour: str, seed: str) -> bytes:
    """A JPEG landscape (sky, sun, hills, sea) for an exhibit's hero image."""
    rnd = random.Random(seed)  # noqa: S311 - decoration, not security
    base = _hex(colour)
    image = Image.new("RGB", (1600, 900), _shade(base, 1.9))
    draw = ImageDraw.Draw(image)
    for band in range(12):
        draw.rectangle(
            (0, band * 40, 1600, band * 40 + 40), fill=_shade(base, 1.9 - band * 0.04)
        )
    sun_x = rnd.randint(300, 1300)
    draw.ellipse((sun_x - 90, 140, sun_x + 90, 320), fill=(250, 214, 150))
    for layer, factor in enumerate((1.2, 0.95, 0.7)):
        points = [(0, 900)]
        for x in range(0, 1700, 100):
            points.append((x, 470 + layer * 80 + rnd.randint(-60, 60)))
        points.append((1600, 900))
        draw.polygon(points, fill=_shade(base, factor))
    draw.rectangle(
        (0, 760, 1600, 900), fill=_shade((40, 90, 120), 1 + rnd.random() * 0.2)
    )
    return _jpeg(image)


def _jpeg(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()
