"""Geometry for the server-drawn SVG bar charts (budget, indicators, progress).

Charts are drawn on the server so they need no JavaScript and no other host;
the template puts the same numbers in a table beside each chart, which is what
screen readers and spreadsheets use.
"""

from dataclasses import dataclass

WIDTH = 640
HEIGHT = 260
TOP = 28  # room for the value printed above the tallest bar
BOTTOM = 32  # room for the labels under the bars
SIDE = 12


@dataclass
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    highlight: bool
    pattern: bool

    @property
    def centre(self):
        return self.x + self.width / 2


def bar_chart(items, reference=None):
    """Lay out bars for (label, value, highlight[, pattern]) items against an optional line.

    `highlight` marks a bar that needs attention (e.g. over budget); `pattern`
    draws it hatched (e.g. a target rather than a measured value), so meaning
    never rests on colour alone.
    """
    values = [float(item[1] or 0) for item in items]
    top_value = max([*values, float(reference or 0), 0.0]) or 1.0
    plot_height = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - 2 * SIDE) / max(len(items), 1)
    bar_width = min(slot * 0.6, 80)
    bars = []
    for index, (item, value) in enumerate(zip(items, values, strict=True)):
        bar_height = plot_height * value / top_value
        bars.append(
            Bar(
                label=str(item[0]),
                value=value,
                x=round(SIDE + index * slot + (slot - bar_width) / 2, 1),
                y=round(TOP + plot_height - bar_height, 1),
                width=round(bar_width, 1),
                height=round(bar_height, 1),
                highlight=bool(item[2]),
                pattern=bool(item[3]) if len(item) > 3 else False,
            )
        )
    reference_y = None
    if reference is not None:
        reference_y = round(TOP + plot_height - plot_height * float(reference) / top_value, 1)
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "axis_y": TOP + plot_height,
        "label_y": HEIGHT - BOTTOM / 3,
        "reference_y": reference_y,
        "reference": reference,
        "plot_right": WIDTH - SIDE,
    }


ROW_HEIGHT = 28
LABEL_WIDTH = 40


@dataclass
class Segment:
    category: str
    count: int
    x: float
    width: float


def stacked_bar_chart(rows, categories):
    """Horizontal bars, one per (label, counts) row, split into one segment per category.

    Each category gets its own fill class and pattern in the template, so the
    split is readable without colour; the table beside the chart has the numbers.
    """
    top = max([sum(counts) for _label, counts in rows] + [1])
    plot_width = WIDTH - LABEL_WIDTH - 2 * SIDE - 40  # room for the total at the end
    laid_out = []
    for index, (label, counts) in enumerate(rows):
        x = LABEL_WIDTH + SIDE
        segments = []
        for category, count in zip(categories, counts, strict=True):
            width = round(plot_width * count / top, 1)
            if count:
                segments.append(Segment(category, count, round(x, 1), width))
            x += width
        laid_out.append(
            {
                "label": str(label),
                "y": index * ROW_HEIGHT + 8,
                "text_y": index * ROW_HEIGHT + 8 + ROW_HEIGHT * 0.45,
                "segments": segments,
                "total": sum(counts),
                "end_x": round(x + 6, 1),
            }
        )
    return {
        "width": WIDTH,
        "height": len(rows) * ROW_HEIGHT + 16,
        "bar_height": ROW_HEIGHT * 0.6,
        "label_x": LABEL_WIDTH,
        "rows": laid_out,
    }


@dataclass
class Point:
    label: str
    value: float
    x: float
    y: float
    target: bool


def line_chart(points, targets=()):
    """A line through measured (date, value) `points` by time, and hatched markers for the
    `targets` (date, value) with a dashed path from the newest value to them.

    The x axis is proportional to time, so a gap in the figures shows as a gap; the y
    axis starts at zero, so a small change does not look large.
    """
    everything = sorted([*points, *targets])
    if not everything:
        return None
    first, last = everything[0][0].toordinal(), everything[-1][0].toordinal()
    span = (last - first) or 1
    top_value = max([float(value) for _date, value in everything] + [0.0]) or 1.0
    plot_height = HEIGHT - TOP - BOTTOM
    left, right = SIDE + 24, WIDTH - SIDE - 24  # room for the first and last label

    def place(date, value, target=False):
        x = (
            left + (right - left) * (date.toordinal() - first) / span
            if last != first
            else ((left + right) / 2)
        )
        y = TOP + plot_height - plot_height * float(value) / top_value
        # A target is labelled with its year only: full dates collide on a phone, and the
        # table beside the chart gives the day.
        label = str(date.year) if target else _year_or_date(date)
        return Point(label, float(value), round(x, 1), round(y, 1), target)

    measured = [place(date, value) for date, value in points]
    aimed = [place(date, value, target=True) for date, value in targets]
    path_to_target = [measured[-1], *aimed] if measured and aimed else []
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "points": measured,
        "targets": aimed,
        "line": " ".join(f"{p.x},{p.y}" for p in measured),
        "target_line": " ".join(f"{p.x},{p.y}" for p in path_to_target),
        "axis_y": TOP + plot_height,
        "label_y": HEIGHT - BOTTOM / 3,
        # Labels under the first and the last point only, and under every target: more
        # would collide on a 360 px screen; the table lists every value.
        "labels": [*measured[:1], *measured[1:][-1:], *aimed],
    }


def _year_or_date(date):
    from django.utils.formats import date_format

    if date.month == 12 and date.day == 31:
        return str(date.year)
    return date_format(date, "SHORT_DATE_FORMAT")
