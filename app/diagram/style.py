"""Sizes and neutral colours of the figure; the status colours come from the model's scale.

Type is large on purpose: the figure is projected, often on a washed-out beamer, and read from
the back of a room.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MARGIN = 14.0
GAP = 12.0  # between boxes and panels
PAD = 9.0  # inside a box or panel
MIN_SIZE = 10.0  # no text in the figure is set smaller
BADGE_R = 12.0
ICON_R = 10.0


@dataclass(frozen=True)
class Metrics:
    """Column widths and type sizes. The full figure says everything; the compact ones, for a
    small canvas beside the stage pages, keep the label, number and icon of every element and
    leave the rest to the tooltip and the legend, so their type stays large when drawn small.
    The wide one suits a 16:9 screen, the portrait one a narrow, tall panel."""

    side_w: float  # the left and right perspective columns
    centre_w: float
    min_condition_w: float
    bottom_box_w: float
    min_bottom_box_w: float
    label_size: float  # an element's short label
    label_min: float
    label_lines: int
    title_size: float  # a panel's title
    status_size: float
    axis_size: float
    legend_size: float
    status_words: bool  # the level's name beside its number and icon
    details: bool  # the observation count and the spread of the regional questions
    portrait: bool = False  # left and right side by side on top, the centre and bottom below
    wide: bool = False  # the conditions beside the learning community instead of above/below
    detail_size: float = 12.0
    spread_size: float = 12.0
    # the numbered form: each box shows its number (and the status icon) in large type, and a
    # key beside or below the figure says which element each number is
    numbered: bool = False
    key_size: float = 13.0  # the key's lines
    key_beside: float = 0.0  # the width of the key's column, right of the figure
    legend_words: bool = True  # the status legend names the levels

    @property
    def width(self) -> float:
        """The whole figure's width."""
        if self.portrait:
            return 2 * MARGIN + self.centre_w
        return 2 * MARGIN + 2 * self.side_w + self.centre_w + 2 * GAP


FULL = Metrics(
    side_w=260.0,
    centre_w=400.0,
    min_condition_w=170.0,
    bottom_box_w=300.0,
    min_bottom_box_w=200.0,
    label_size=20.0,
    label_min=13.0,
    label_lines=2,
    title_size=18.0,
    status_size=16.0,
    axis_size=15.0,
    legend_size=14.0,
    status_words=True,
    details=True,
    detail_size=13.0,
    spread_size=13.0,
)
COMPACT = Metrics(
    side_w=170.0,
    centre_w=330.0,
    min_condition_w=140.0,
    bottom_box_w=200.0,
    min_bottom_box_w=120.0,
    label_size=19.0,
    label_min=12.0,
    label_lines=3,
    title_size=17.0,
    status_size=14.0,
    axis_size=14.0,
    legend_size=14.0,
    status_words=False,
    details=False,
)
PORTRAIT = replace(COMPACT, side_w=(410.0 - GAP) / 2, centre_w=410.0, portrait=True)
WIDE = replace(FULL, side_w=240.0, centre_w=790.0, min_condition_w=180.0, wide=True)


# Numbered: tiles in the model's arrangement, narrow columns, the number large; the key in a
# column beside lists number → full label. "numbered" stacks the model for a narrow, tall
# panel, "numbered-wide" keeps it side by side for a squarer one.
def _numbered(base: Metrics, key_beside: float) -> Metrics:
    """The numbered form on a base arrangement; the two differ only in base and key width."""
    return replace(
        base,
        side_w=96.0,
        centre_w=204.0,
        min_condition_w=76.0,
        bottom_box_w=96.0,
        min_bottom_box_w=76.0,
        label_size=30.0,
        label_min=22.0,
        label_lines=1,
        title_size=14.0,
        axis_size=14.0,
        legend_size=13.0,
        numbered=True,
        key_size=17.0,
        key_beside=key_beside,
        legend_words=False,
    )


NUMBERED = _numbered(PORTRAIT, 160.0)
NUMBERED_WIDE = _numbered(COMPACT, 190.0)
FORMS = {
    "full": FULL,
    "wide": WIDE,
    "compact": COMPACT,
    "portrait": PORTRAIT,
    "numbered": NUMBERED,
    "numbered-wide": NUMBERED_WIDE,
}
DETAILED_FORMS = ("full", "wide")  # the rest leave details to the tooltip
WORDED_FORMS = ("compact", "portrait")  # every element's short label, no details
NUMBERED_FORMS = ("numbered", "numbered-wide")  # numbers in the boxes, a key for them


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
    panel_fill="#FFFFFF",
    panel_stroke="#8C8C8C",
    panel_width=1.5,
    # a warm tint for the heart of the model, distinct from the green-blue status scale
    centre_fill="#FFF6E0",
    centre_stroke="#8C6D1F",
    centre_width=2.0,
    frame_stroke="#8C8C8C",
    title_colour="#1A1A1A",
    element_border="#333333",
    element_border_width=1.5,
    axis_fills=("#F0F0F0", "#BDBDBD"),
    axis_stroke="#666666",
    axis_width=1.0,
)

HIGH_CONTRAST = Style(
    panel_fill="#FFFFFF",
    panel_stroke="#000000",
    panel_width=2.5,
    centre_fill="#FFFFFF",
    centre_stroke="#000000",
    centre_width=3.5,
    frame_stroke="#000000",
    title_colour="#000000",
    element_border="#000000",
    element_border_width=3.0,
    axis_fills=("#FFFFFF", "#FFFFFF"),
    axis_stroke="#000000",
    axis_width=2.5,
)


def style(high_contrast: bool) -> Style:
    return HIGH_CONTRAST if high_contrast else NORMAL


def blend(a: str, b: str, t: float) -> str:
    """The colour a fraction t of the way from a to b (#RRGGBB)."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))
