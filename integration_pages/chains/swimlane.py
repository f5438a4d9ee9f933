"""The geometry of a process chain's swimlane diagram, drawn as SVG by a template.

Lanes are the responsible actors in the order they first act; each step is a box in its
actor's lane, one column per step in chain order; hand-offs are arrows. Right-to-left
pages get the mirror image, so the chain runs in their reading direction. The numbers
here only place things: every text the diagram shows also stands in the list beside it.
"""

import textwrap

LABEL_WIDTH = 170
BOX_WIDTH = 170
COLUMN_GAP = 46
PADDING = 16
LINE_HEIGHT = 16
WRAP = 20


def _lines(text):
    # Never cut: a box's text is its link's accessible name, so it shows all of it.
    return textwrap.wrap(text, WRAP) or [""]


def swimlane(chain):
    """Lanes, boxes and arrows with their coordinates, for `includes/swimlane.html`."""
    steps, rtl = chain["steps"], chain["rtl"]
    texts = [_lines(f"{step['number']}. {step['title']}") for step in steps]
    box_height = 44 + LINE_HEIGHT * max((len(lines) for lines in texts), default=1)
    lane_height = box_height + 36
    lanes = [*chain["lanes"]]
    if any(step["actor"] is None for step in steps):
        lanes.append(None)
    width = LABEL_WIDTH + len(steps) * (BOX_WIDTH + COLUMN_GAP) + PADDING
    height = max(len(lanes), 1) * lane_height + 2 * PADDING

    def x_of(left, box_width):
        return width - left - box_width if rtl else left

    lane_rows = []
    for index, actor in enumerate(lanes):
        top = PADDING + index * lane_height
        lane_rows.append(
            {
                "actor": actor,
                "y": top,
                # Text runs from its anchor in the page's direction.
                "label_x": width - PADDING if rtl else PADDING,
                "label_lines": _lines(actor.name if actor is not None else "–"),
                "stripe": index % 2 == 1,
            }
        )
    boxes, where = [], {}
    for column, step in enumerate(steps):
        lane = lanes.index(step["actor"])
        left = LABEL_WIDTH + column * (BOX_WIDTH + COLUMN_GAP)
        box = {
            "step": step,
            "x": x_of(left, BOX_WIDTH),
            "y": PADDING + lane * lane_height + (lane_height - box_height) // 2,
            "lines": texts[column],
            "text_x": x_of(left, BOX_WIDTH) + (BOX_WIDTH - 10 if rtl else 10),
            "flag_x": x_of(left, BOX_WIDTH) + (14 if rtl else BOX_WIDTH - 14),
            "obstacle": bool(step["obstacles"]),
        }
        boxes.append(box)
        where[step["number"]] = box
    arrows = []
    for box in boxes:
        for number in box["step"]["next"]:
            target = where.get(number)
            if target is None:
                continue
            # From the edge facing the target into the target's facing edge.
            if target["x"] >= box["x"]:
                start_x, end_x = box["x"] + BOX_WIDTH, target["x"]
            else:
                start_x, end_x = box["x"], target["x"] + BOX_WIDTH
            start_y = box["y"] + box_height // 2
            end_y = target["y"] + box_height // 2
            bend = (end_x - start_x) // 2
            arrows.append(
                {
                    "d": f"M{start_x},{start_y} C{start_x + bend},{start_y} "
                    f"{end_x - bend},{end_y} {end_x},{end_y}",
                    "source": box["step"]["number"],
                    "target": number,
                }
            )
    return {
        "width": width,
        "height": height,
        "lanes": lane_rows,
        "boxes": boxes,
        "arrows": arrows,
        "box_width": BOX_WIDTH,
        "box_height": box_height,
        "lane_height": lane_height,
        "line_height": LINE_HEIGHT,
    }
