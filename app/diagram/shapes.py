"""The model figure as plain frozen data: what goes where, in what colour, with which words.

Units are points (1/72 inch). The origin is the top-left corner and y grows downward, as on a
screen; the PDF renderer flips it. Every renderer (Qt canvas, PDF, SVG) draws these same shapes,
so no geometry is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)

    def overlaps(self, other: Rect, tolerance: float = 0.01) -> bool:
        """True when the interiors intersect (touching edges do not count)."""
        return (
            self.x < other.right - tolerance
            and other.x < self.right - tolerance
            and self.y < other.bottom - tolerance
            and other.y < self.bottom - tolerance
        )

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float

    @property
    def bounds(self) -> Rect:
        return Rect(self.cx - self.r, self.cy - self.r, 2 * self.r, 2 * self.r)


@dataclass(frozen=True)
class Label:
    """Wrapped text, as a block centred vertically in rect; each line aligned in rect's width."""

    lines: tuple[str, ...]
    size: float
    rect: Rect
    bold: bool = False
    align: str = "centre"  # centre | left | right


@dataclass(frozen=True)
class StatusRow:
    """Number badge, icon and level name: the status read without colour."""

    rect: Rect
    badge: str  # the level number, "?" when not assessed
    badge_circle: Circle
    icon: float | None  # the filled fraction of the icon circle; None draws a "?"
    icon_circle: Circle
    label: Label | None  # the level's name, e.g. "In ontwikkeling"; None in the compact figure


@dataclass(frozen=True)
class SpreadRow:
    key: str  # complexity key
    label: Label
    count: int
    track: Rect  # the bar's full length; the bar fills fraction of it
    fraction: float
    count_label: Label


@dataclass(frozen=True)
class ElementBox:
    """One assessable element (an area or a condition for success)."""

    key: str
    kind: str  # area | condition
    perspective: str | None  # the area's perspective; None for a condition
    rect: Rect
    label: Label  # the short label, wrapped
    full_label: str
    explanation: str
    level: int | None
    level_label: str  # "In ontwikkeling", also when the compact figure does not write it
    fill: str
    text_colour: str
    border: str  # solid | dashed | hatched
    border_width: float
    border_colour: str
    status: StatusRow
    observation_count: int
    carried: bool
    detail: Label | None  # "4 observaties"; None in the compact figure
    spread: tuple[SpreadRow, ...] = ()  # the regional questions over the complexity types


@dataclass(frozen=True)
class Panel:
    """A perspective, the centre, or the frame of the conditions: a titled background."""

    key: str
    title: Label
    rect: Rect
    fill: str
    stroke: str
    stroke_width: float
    dashed: bool = False
    radius: float = 10.0


@dataclass(frozen=True)
class AxisSegment:
    key: str
    label: Label
    rect: Rect
    fill: str


@dataclass(frozen=True)
class GrowthAxis:
    """Doorontwikkeling en groei: an arrow from renewal to sustainability transition, cut into
    the complexity types."""

    rect: Rect
    heading: Label
    segments: tuple[AxisSegment, ...]
    head: tuple[tuple[float, float], ...]  # the arrow head, a triangle
    start: Label  # "Vernieuwing"
    end: Label  # "Sustainability transition"
    stroke: str
    stroke_width: float


@dataclass(frozen=True)
class LegendEntry:
    level: int | None
    rect: Rect
    fill: str
    text_colour: str
    border: str
    border_width: float
    border_colour: str
    status: StatusRow


@dataclass(frozen=True)
class Legend:
    rect: Rect
    title: Label
    entries: tuple[LegendEntry, ...]


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    lang: str
    high_contrast: bool
    form: str  # full | compact | portrait (see style.FORMS)
    panels: tuple[Panel, ...]  # in drawing order: outer before inner
    elements: tuple[ElementBox, ...]
    axis: GrowthAxis
    legend: Legend
    background: str = "#FFFFFF"
    text_colour: str = "#000000"
    key: tuple[Label, ...] = ()  # the numbered figure's key: "3  Visie onderwijs", one a label

    @property
    def compact(self) -> bool:
        return self.form != "full"

    def element(self, key: str) -> ElementBox:
        for e in self.elements:
            if e.key == key:
                return e
        raise KeyError(key)

    def element_at(self, x: float, y: float) -> ElementBox | None:
        return next((e for e in self.elements if e.rect.contains_point(x, y)), None)

    def panel(self, key: str) -> Panel:
        for p in self.panels:
            if p.key == key:
                return p
        raise KeyError(key)
