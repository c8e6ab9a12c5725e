"""The regional questions on the growth band: each question with a place between renewal
(vernieuwing) and sustainability transition is a marker on the band's arrow, at its place, shaped
by its type — a circle for enkelvoudig, a square for gecompliceerd, a triangle for complex, a
diamond when the type is not chosen yet — so a group sees where its questions sit along the path,
in colour and in greyscale alike. The markers sit on the arrow body's top edge, half above it,
where the band has only its fill; questions at the same place stand side by side. Pure geometry:
the Qt canvas, the audience view and the PDF draw the same marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.diagram.paint import Dot, Op, Poly
from app.diagram.shapes import Layout, Rect
from app.vocabulary.dto import QuestionPlace as BandQuestion

MARK_R = 6.0
MARK_GAP = 2.0
SHAPES = {"enkelvoudig": "circle", "gecompliceerd": "square", "complex": "triangle"}
# dark with a white ring, as the project chips: visible on the band's light and dark ends
MARK_FILL = ("#1A1A1A", "#000000")
MARK_RING = "#FFFFFF"


@dataclass(frozen=True)
class BandMark:
    question: BandQuestion
    shape: str  # circle | square | triangle | diamond
    cx: float
    cy: float
    r: float

    @property
    def bounds(self) -> Rect:
        return Rect(self.cx - self.r, self.cy - self.r, 2 * self.r, 2 * self.r)


def shape_of(complexity: str | None) -> str:
    return SHAPES.get(complexity or "", "diamond")


def band_marks(
    layout: Layout, questions: Sequence[BandQuestion], steps: int
) -> tuple[BandMark, ...]:
    """The markers of the questions that have a place (the others are left out)."""
    segments = layout.axis.segments
    if not segments or steps < 2:
        return ()
    left, right = segments[0].rect.x, segments[-1].rect.right
    top = segments[0].rect.y
    places: dict[int, list[BandQuestion]] = {}
    for q in questions:
        if q.transition is not None:
            places.setdefault(min(max(q.transition, 0), steps - 1), []).append(q)
    out = []
    for place, here in sorted(places.items()):
        centre = left + MARK_R + place / (steps - 1) * (right - left - 2 * MARK_R)
        width = len(here) * 2 * MARK_R + (len(here) - 1) * MARK_GAP
        # side by side around the place, kept on the arrow body
        start = min(max(centre - width / 2, left), right - width) + MARK_R
        for i, q in enumerate(here):
            out.append(
                BandMark(
                    q, shape_of(q.complexity), start + i * (2 * MARK_R + MARK_GAP), top, MARK_R
                )
            )
    return tuple(out)


def mark_ops(mark: BandMark, high_contrast: bool = False) -> list[Op]:
    fill, ring = MARK_FILL[high_contrast], (1.5, 2.0)[high_contrast]
    x, y, r = mark.cx, mark.cy, mark.r
    if mark.shape == "circle":
        return [Dot(x, y, r, fill, MARK_RING, ring)]
    points = {
        "square": (
            (x - r * 0.85, y - r * 0.85),
            (x + r * 0.85, y - r * 0.85),
            (x + r * 0.85, y + r * 0.85),
            (x - r * 0.85, y + r * 0.85),
        ),
        "triangle": ((x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)),
        "diamond": ((x, y - r), (x + r, y), (x, y + r), (x - r, y)),
    }[mark.shape]
    return [Poly(points, fill, MARK_RING, ring)]


def band_ops(marks: Sequence[BandMark], high_contrast: bool = False) -> list[Op]:
    ops: list[Op] = []
    for mark in marks:
        ops += mark_ops(mark, high_contrast)
    return ops


def mark_at(marks: Sequence[BandMark], x: float, y: float) -> tuple[BandMark, ...]:
    """The markers under a point (for a hover text)."""
    return tuple(mk for mk in marks if mk.bounds.contains_point(x, y))
