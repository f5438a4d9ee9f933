"""The demo's pictures: simple, friendly drawings made here in code with Pillow (shapes, no
photos, no logos or coats of arms), the project's own work under the repository's licence.

Each drawing is deterministic: the same code draws the same PNG, so the demo's media need
not be kept in the repository. `demo_image` stores one as a Wagtail image, reusing an image
of the same title (load_demo may run twice). What each shows, its title and its alternative
text are data: data/pictures.yaml; the alternative texts' translations travel with the pages
that show them (translations/objects/…/<code>.po).
"""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from .data_files import load

DATA = load("pictures")
PICTURES = DATA["pictures"]
TEASERS = DATA["teasers"]
EVENTS = DATA["events"]
FORUM = DATA["forum"]

WIDTH, HEIGHT = 800, 450
SCALE = 2  # drawn at twice the size and scaled down: smooth edges

PAPER = (246, 241, 232)
BLUE = (27, 108, 168)
TEAL = (41, 161, 156)
ORANGE = (228, 87, 46)
YELLOW = (243, 167, 18)
PURPLE = (134, 70, 160)
GREEN = (76, 155, 80)
INK = (40, 48, 60)
WHITE = (255, 255, 255)
SKIN = [(141, 85, 36), (198, 134, 66), (241, 194, 125), (224, 172, 105), (92, 58, 33)]
COLOURS = [BLUE, ORANGE, TEAL, YELLOW, PURPLE, GREEN]


def _box(x0, y0, x1, y1):
    return [x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE]


def _points(*xy):
    return [(x * SCALE, y * SCALE) for x, y in xy]


def _person(draw, x, y, size, colour, skin):
    """A person as a head over rounded shoulders, (x, y) the centre of the head."""
    head = size * 0.32
    draw.ellipse(_box(x - head, y - head, x + head, y + head), fill=skin)
    draw.rounded_rectangle(
        _box(x - size * 0.6, y + head * 1.25, x + size * 0.6, y + size * 1.7),
        radius=size * 0.45 * SCALE,
        fill=colour,
    )


def speech_bubbles(draw):
    bubbles = [
        (90, 70, 380, 230, BLUE, (150, 230)),
        (330, 150, 620, 300, ORANGE, (560, 300)),
        (470, 40, 720, 170, TEAL, (520, 170)),
        (150, 260, 400, 390, YELLOW, (210, 390)),
        (560, 300, 730, 410, PURPLE, (600, 410)),
    ]
    for x0, y0, x1, y1, colour, (tx, ty) in bubbles:
        draw.polygon(_points((tx, ty - 10), (tx + 40, ty - 10), (tx - 10, ty + 35)), fill=colour)
        draw.rounded_rectangle(_box(x0, y0, x1, y1), radius=40 * SCALE, fill=colour)
        for row in range(2):
            y = y0 + (y1 - y0) * (0.38 + row * 0.28)
            end = x1 - 30 - row * (x1 - x0) * 0.3
            draw.line(_points((x0 + 30, y), (end, y)), fill=WHITE, width=12 * SCALE)


def forum(draw):
    draw.ellipse(_box(220, 250, 580, 400), fill=(222, 206, 180))
    seats = [(400, 150), (270, 190), (530, 190), (200, 290), (600, 290), (330, 330), (470, 330)]
    for n, (x, y) in enumerate(seats):
        _person(draw, x, y, 60, COLOURS[n % len(COLOURS)], SKIN[n % len(SKIN)])


def calendar(draw):
    draw.rounded_rectangle(_box(200, 60, 600, 410), radius=24 * SCALE, fill=WHITE)
    draw.rounded_rectangle(_box(200, 60, 600, 140), radius=24 * SCALE, fill=ORANGE)
    draw.rectangle(_box(200, 110, 600, 140), fill=ORANGE)
    for x in (280, 520):
        draw.rounded_rectangle(_box(x - 10, 35, x + 10, 90), radius=8 * SCALE, fill=INK)
    for row in range(4):
        for column in range(5):
            x, y = 235 + column * 70, 165 + row * 58
            fill = TEAL if (row, column) == (1, 3) else (221, 226, 232)
            draw.rounded_rectangle(_box(x, y, x + 50, y + 40), radius=8 * SCALE, fill=fill)


def signpost(draw):
    draw.rectangle(_box(0, 380, WIDTH, HEIGHT), fill=GREEN)
    draw.rectangle(_box(385, 60, 415, 390), fill=INK)
    arrows = [(90, BLUE, 1), (170, ORANGE, -1), (250, TEAL, 1)]
    for y, colour, side in arrows:
        if side > 0:
            shape = ((400, y), (600, y), (640, y + 30), (600, y + 60), (400, y + 60))
        else:
            shape = ((400, y), (200, y), (160, y + 30), (200, y + 60), (400, y + 60))
        draw.polygon(_points(*shape), fill=colour)


def steps(draw):
    for n in range(5):
        x, top = 120 + n * 115, 360 - n * 60
        draw.rectangle(_box(x, top, x + 115, 420), fill=COLOURS[n % len(COLOURS)])
    _person(draw, 405, 150, 55, PURPLE, SKIN[2])
    draw.polygon(_points((700, 60), (700, 170), (705, 170), (705, 60)), fill=INK)
    draw.polygon(_points((705, 60), (770, 85), (705, 110)), fill=ORANGE)


def together(draw):
    people = [(130, BLUE), (250, ORANGE), (370, TEAL), (490, PURPLE), (610, YELLOW)]
    for n, (x, colour) in enumerate(people):
        _person(draw, x + 30, 200, 70, colour, SKIN[n % len(SKIN)])
    for (x, _c), (next_x, _n) in zip(people, people[1:], strict=False):
        draw.line(_points((x + 75, 290), (next_x - 15, 290)), fill=INK, width=10 * SCALE)
    draw.ellipse(_box(360, 40, 440, 120), fill=YELLOW)


def newspaper(draw):
    draw.rounded_rectangle(_box(230, 90, 590, 400), radius=16 * SCALE, fill=(221, 226, 232))
    draw.rounded_rectangle(_box(200, 60, 560, 370), radius=16 * SCALE, fill=WHITE)
    draw.rectangle(_box(235, 95, 525, 140), fill=BLUE)
    draw.rectangle(_box(235, 165, 365, 265), fill=TEAL)
    for n in range(4):
        y = 170 + n * 25
        draw.line(_points((385, y), (525, y)), fill=INK, width=8 * SCALE)
    for n in range(3):
        y = 290 + n * 25
        draw.line(_points((235, y), (525 - n * 60, y)), fill=INK, width=8 * SCALE)
    draw.polygon(_points((600, 190), (700, 140), (700, 300), (600, 250)), fill=ORANGE)
    draw.rectangle(_box(575, 190, 605, 250), fill=ORANGE)


def path(draw):
    draw.rectangle(_box(0, 300, WIDTH, HEIGHT), fill=GREEN)
    stones = [(90, 400), (200, 360), (320, 330), (440, 310), (560, 290), (670, 270)]
    for n, (x, y) in enumerate(stones):
        draw.ellipse(_box(x - 45, y - 18, x + 45, y + 18), fill=COLOURS[n % len(COLOURS)])
    draw.rectangle(_box(665, 110, 675, 270), fill=INK)
    draw.polygon(_points((675, 110), (760, 140), (675, 170)), fill=YELLOW)
    draw.ellipse(_box(80, 50, 190, 160), fill=YELLOW)


DRAWINGS = {
    fn.__name__: fn
    for fn in (speech_bubbles, forum, calendar, signpost, steps, together, newspaper, path)
}


def draw_png(drawing):
    """The PNG bytes of one drawing (a name in DRAWINGS), always the same."""
    canvas = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), PAPER)
    DRAWINGS[drawing](ImageDraw.Draw(canvas))
    picture = canvas.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def demo_image(key, collection=None):
    """(the Wagtail image of picture `key` in data/pictures.yaml, whether it was made now):
    an image of the same title is reused. A new one goes into `collection` (else the root)."""
    from wagtail.images import get_image_model

    spec = PICTURES[key]
    model = get_image_model()
    image = model.objects.filter(title=spec["title"]).first()
    if image is not None:
        return image, False
    image = model(title=spec["title"], description=spec["alt"])
    if collection is not None:
        image.collection = collection
    image.file = ImageFile(io.BytesIO(draw_png(spec["drawing"])), name=f"demo-{key}.png")
    image.save()
    return image, True
