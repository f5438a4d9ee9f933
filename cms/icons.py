"""The site's own mark, drawn once and written as the icons browsers and phones ask for.

Run `python -m cms.icons` after changing the drawing; the files in cms/static/icons/ are
committed. The mark: two linked rings, white on the site's accent blue (css/site.css,
--accent), no coat of arms and nothing of anyone else's. Pillow only (Wagtail needs it).

* icon.svg: the favicon modern browsers take, the same drawing as a vector.
* favicon.ico (16, 32, 48): for browsers and tools that ask for /favicon.ico.
* icon-192.png, icon-512.png: the manifest's icons, rounded like the SVG.
* icon-maskable-512.png: full-bleed, the mark inside the safe zone, for Android's masks.
* apple-touch-icon.png (180): full-bleed; iOS rounds the corners itself.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ACCENT = "#004b87"
INK = "#ffffff"
FOLDER = Path(__file__).parent / "static" / "icons"
# On a 64-unit square: corner radius, ring radius, ring width, the rings' centres.
SIZE, CORNER, RING, STROKE, CENTRES = 64, 12, 13, 5, ((25, 32), (39, 32))


def svg():
    rings = "".join(f'<circle cx="{x}" cy="{y}" r="{RING}"/>' for x, y in CENTRES)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f'<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{ACCENT}"/>'
        f'<g fill="none" stroke="{INK}" stroke-width="{STROKE}">{rings}</g></svg>\n'
    )


def png(pixels, rounded=True, scale=1.0):
    """The mark at `pixels` square; `scale` shrinks the rings towards the centre (the
    maskable icon's safe zone)."""
    big = pixels * 4  # drawn large and scaled down: smooth edges without an SVG renderer
    unit = big / SIZE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if rounded:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * unit, fill=ACCENT)
    else:
        draw.rectangle((0, 0, big, big), fill=ACCENT)
    middle = SIZE / 2
    for x, y in CENTRES:
        cx, cy = (middle + (x - middle) * scale) * unit, (middle + (y - middle) * scale) * unit
        outer = (RING + STROKE / 2) * scale * unit
        draw.ellipse(
            (cx - outer, cy - outer, cx + outer, cy + outer),
            outline=INK,
            width=round(STROKE * scale * unit),
        )
    return image.resize((pixels, pixels), Image.LANCZOS)


def main():
    FOLDER.mkdir(parents=True, exist_ok=True)
    (FOLDER / "icon.svg").write_text(svg(), encoding="utf-8")
    for pixels in (192, 512):
        png(pixels).save(FOLDER / f"icon-{pixels}.png", optimize=True)
    png(512, rounded=False, scale=0.8).save(FOLDER / "icon-maskable-512.png", optimize=True)
    png(180, rounded=False, scale=0.9).convert("RGB").save(
        FOLDER / "apple-touch-icon.png", optimize=True
    )
    png(48).save(FOLDER / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    for path in sorted(FOLDER.iterdir()):
        print(f"{path.relative_to(FOLDER.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
