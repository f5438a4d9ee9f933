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
