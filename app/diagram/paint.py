"""The layout turned into five drawing primitives (box, line, polygon, circle, text).

Each renderer (Qt canvas, PDF, SVG) only knows how to draw these five; icons, arrows and hatching
are computed here once, as shapes, never as Unicode glyphs (PDF fonts lack them).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians, sin

from app.diagram.shapes import (
    Circle,
    ElementBox,
    GrowthAxis,
    Label,
    Layout,
    Legend,
    Panel,
    Rect,
    StatusRow,
)
from app.diagram.text_fit import line_height

HATCH_SPACING = 8.0
HATCH_COLOUR = ("#A6A6A6", "#6E6E6E")  # normal, high contrast
BOX_RADIUS = 6.0
CAP_CENTRE = 0.36  # baseline below a line's middle, as a fraction of the size (half a capital)


@dataclass(frozen=True)
class Box:
    rect: Rect
    fill: str | None
    stroke: str | None
    width: float = 1.0
    dash: tuple[float, float] | None = None
    radius: float = 0.0


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str
    width: float = 1.0


@dataclass(frozen=True)
class Poly:
    points: tuple[tuple[float, float], ...]
    fill: str | None
    stroke: str | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Dot:
    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Text:
    """One line; y is the baseline, anchor says what x is (start, middle or end). A renderer whose
    font runs wider than max_width sets the line smaller (text_fit.shrink_to_fit)."""

    x: float
    y: float
    text: str
    size: float
    bold: bool
    colour: str
    anchor: str
    max_width: float


Op = Box | Line | Poly | Dot | Text


def label_ops(label: Label, colour: str) -> list[Text]:
    """The lines of a label, as a block centred vertically in its rect."""
    lh = line_height(label.size)
    top = label.rect.y + (label.rect.h - lh * len(label.lines)) / 2
    anchor, x = {"left": ("start", label.rect.x), "right": ("end", label.rect.right)}.get(
        label.align, ("middle", label.rect.cx)
    )
    return [
        Text(
            x,
            top + i * lh + lh / 2 + CAP_CENTRE * label.size,
            line,
            label.size,
            label.bold,
            colour,
            anchor,
            label.rect.w,
        )
        for i, line in enumerate(label.lines)
        if line
    ]


def wedge(c: Circle, fraction: float) -> tuple[tuple[float, float], ...]:
    """A pie slice from twelve o'clock, clockwise, as a polygon (y grows downward)."""
    steps = max(2, round(64 * fraction))
    pts = [(c.cx, c.cy)]
    for i in range(steps + 1):
        a = radians(-90 + 360 * fraction * i / steps)
        pts.append((c.cx + c.r * cos(a), c.cy + c.r * sin(a)))
    return tuple(pts)


def icon_ops(c: Circle, fraction: float | None, fill: str, colour: str) -> list[Op]:
    """The level icon: a circle filled for the fraction (0 empty … 1 full); None: a '?'."""
    if fraction is None:
        return [
            Dot(c.cx, c.cy, c.r, fill, colour, 1.5),
            Text(
                c.cx, c.cy + CAP_CENTRE * c.r * 1.5, "?", c.r * 1.5, True, colour, "middle", 2 * c.r
            ),
        ]
    ops: list[Op] = [Dot(c.cx, c.cy, c.r, fill, colour, 1.5)]
    if fraction >= 1:
        ops.append(Dot(c.cx, c.cy, c.r, colour, colour, 1.5))
    elif fraction > 0:
        ops.append(Poly(wedge(c, fraction), colour))
    return ops


def status_ops(row: StatusRow, fill: str, colour: str) -> list[Op]:
    """Badge (the number in the fill colour on a disc of the text colour), icon, level name."""
    b = row.badge_circle
    size = b.r * 1.25
    ops: list[Op] = []
    if row.badge:  # a numbered tile shows its element's number instead
        ops += [
            Dot(b.cx, b.cy, b.r, colour),
            Text(b.cx, b.cy + CAP_CENTRE * size, row.badge, size, True, fill, "middle", 2 * b.r),
        ]
    ops += icon_ops(row.icon_circle, row.icon, fill, colour)
    if row.label:
        ops += label_ops(row.label, colour)
    return ops


def hatch(rect: Rect, colour: str, spacing: float = HATCH_SPACING) -> list[Line]:
    """Diagonal lines (/) clipped to rect: the mark of 'not assessed'."""
    lines = []
    k = rect.x + rect.y + spacing
    while k < rect.right + rect.bottom:
        x1, x2 = max(rect.x, k - rect.bottom), min(rect.right, k - rect.y)
        lines.append(Line(x1, k - x1, x2, k - x2, colour, 1.0))
        k += spacing
    return lines


def _outline(
    rect: Rect, fill: str, border: str, width: float, colour: str, high_contrast: bool
) -> list[Op]:
    """A box's background and border in its level's style (solid, dashed, hatched)."""
    dash = (6 + 2 * width, 4 + width) if border == "dashed" else None
    ops: list[Op] = [Box(rect, fill, None, radius=BOX_RADIUS)]
    if border == "hatched":
        ops += hatch(rect.inset(width), HATCH_COLOUR[high_contrast])
    ops.append(Box(rect, None, colour, width, dash, BOX_RADIUS))
    return ops


def element_ops(box: ElementBox, high_contrast: bool = False) -> list[Op]:
    ops = _outline(
        box.rect, box.fill, box.border, box.border_width, box.border_colour, high_contrast
    )
    ops += label_ops(box.label, box.text_colour)
    ops += status_ops(box.status, box.fill, box.text_colour)
    if box.detail:
        ops += label_ops(box.detail, box.text_colour)
    for row in box.spread:
        ops += label_ops(row.label, box.text_colour)
        ops.append(Box(row.track, None, box.text_colour, 1.0))
        if row.fraction > 0:
            t = row.track
            ops.append(Box(Rect(t.x, t.y, t.w * row.fraction, t.h), box.text_colour, None))
        ops += label_ops(row.count_label, box.text_colour)
    return ops


def panel_ops(panel: Panel, colour: str) -> list[Op]:
    dash = (8.0, 5.0) if panel.dashed else None
    return [
        Box(panel.rect, panel.fill, panel.stroke, panel.stroke_width, dash, panel.radius),
        *label_ops(panel.title, colour),
    ]


def axis_ops(axis: GrowthAxis, colour: str) -> list[Op]:
    ops: list[Op] = list(label_ops(axis.heading, colour))
    last = axis.segments[-1].fill if axis.segments else "#FFFFFF"
    ops.append(Poly(axis.head, last, axis.stroke, axis.stroke_width))
    for seg in axis.segments:
        ops.append(Box(seg.rect, seg.fill, axis.stroke, axis.stroke_width))
        ops += label_ops(seg.label, colour)
    ops += label_ops(axis.start, colour) + label_ops(axis.end, colour)
    return ops


def legend_ops(legend: Legend, colour: str, high_contrast: bool = False) -> list[Op]:
    ops: list[Op] = list(label_ops(legend.title, colour))
    for e in legend.entries:
        ops += _outline(e.rect, e.fill, e.border, e.border_width, e.border_colour, high_contrast)
        ops += status_ops(e.status, e.fill, e.text_colour)
    return ops


def background_ops(layout: Layout) -> list[Op]:
    """Everything but the elements: background, panels, growth axis, legend."""
    ops: list[Op] = [Box(Rect(0, 0, layout.width, layout.height), layout.background, None)]
    for p in layout.panels:
        ops += panel_ops(p, layout.text_colour)
    ops += axis_ops(layout.axis, layout.text_colour)
    ops += legend_ops(layout.legend, layout.text_colour, layout.high_contrast)
    for entry in layout.key:
        ops += label_ops(entry, layout.text_colour)
    return ops


def figure_ops(layout: Layout) -> list[Op]:
    """The whole figure, back to front."""
    ops = background_ops(layout)
    for e in layout.elements:
        ops += element_ops(e, layout.high_contrast)
    return ops
