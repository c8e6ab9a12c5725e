"""Sizes and neutral colours of the figure; the status colours come from the model's scale.

Type is large on purpose: the figure is projected, often on a washed-out beamer, and read from
the back of a room.
"""

from __future__ import annotations

from dataclasses import dataclass

MARGIN = 14.0
GAP = 12.0  # between boxes and panels
PAD = 9.0  # inside a box or panel
SIDE_W = 260.0  # the left and right perspective columns
CENTRE_W = 400.0
MIN_CONDITION_W = 170.0
BOTTOM_BOX_W = 300.0
MIN_BOTTOM_BOX_W = 200.0

LABEL_SIZE = 20.0  # an element's short label
LABEL_MIN = 13.0
LABEL_LINES = 2
TITLE_SIZE = 18.0  # a panel's title
STATUS_SIZE = 15.0
DETAIL_SIZE = 12.0
SPREAD_SIZE = 12.0
AXIS_SIZE = 14.0
LEGEND_SIZE = 14.0
MIN_SIZE = 10.0  # no text in the figure is set smaller

BADGE_R = 12.0
ICON_R = 10.0


@dataclass(frozen=True)
class Style:
    panel_fill: str
    panel_stroke: str
    panel_width: float
    centre_fill: str
    centre_stroke: str
    centre_width: float
    frame_stroke: str
    title_colour: str
    element_border: str
    element_border_width: float
    axis_fills: tuple[str, str]  # light and dark end of the growth arrow
    axis_stroke: str
    axis_width: float


NORMAL = Style(
    panel_fill="#FFFFFF", panel_stroke="#8C8C8C", panel_width=1.5,
    # a warm tint for the heart of the model, distinct from the green-blue status scale
    centre_fill="#FFF6E0", centre_stroke="#8C6D1F", centre_width=2.0,
    frame_stroke="#8C8C8C", title_colour="#1A1A1A",
    element_border="#333333", element_border_width=1.5,
    axis_fills=("#F0F0F0", "#BDBDBD"), axis_stroke="#666666", axis_width=1.0,
)

HIGH_CONTRAST = Style(
    panel_fill="#FFFFFF", panel_stroke="#000000", panel_width=2.5,
    centre_fill="#FFFFFF", centre_stroke="#000000", centre_width=3.5,
    frame_stroke="#000000", title_colour="#000000",
    element_border="#000000", element_border_width=3.0,
    axis_fills=("#FFFFFF", "#FFFFFF"), axis_stroke="#000000", axis_width=2.5,
)


def style(high_contrast: bool) -> Style:
    return HIGH_CONTRAST if high_contrast else NORMAL


def blend(a: str, b: str, t: float) -> str:
    """The colour a fraction t of the way from a to b (#RRGGBB)."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb))
