"""Projects on the model: an overlay of small numbered chips on the element boxes each project
(an action of the aanpak) touches, and the list of projects the numbers stand for. The group sees
where its projects sit, and where nothing happens.

The chips sit on a box's bottom edge, right-aligned, half inside and half outside: a box keeps
its last PAD free of text and boxes stand GAP apart, so a chip smaller than both never covers a
word, whatever the box holds. Where the boxes' words leave more room at their bottom-right
corner (the compact figure, drawn small beside the stage pages), the chips are drawn larger, up
to just under GAP, after checking every box with chips against its own words and marks. When
more projects touch a box than fit along its edge, the last chip says "+n". Pure geometry: the
Qt canvas and the PDF draw the same chips.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.diagram import style as st
from app.diagram.paint import BOX_RADIUS, CAP_CENTRE, Dot, Op, Poly, Text, element_ops
from app.diagram.shapes import Circle, ElementBox, Layout, Rect
from app.diagram.text_fit import line_height, text_width

CHIP_R = min(8.0, st.PAD - 1.0, st.GAP - 1.0)  # always safe: see the module docstring
CHIP_R_MAX = st.GAP - 1.0  # where the words leave room
CHIP_GAP = 3.0
# A dark disc with a white number and a white ring: it stands out on the light levels by its
# darkness and on the dark ones by its ring, in colour and in greyscale alike.
CHIP_FILL = ("#1A1A1A", "#000000")  # normal, high contrast
CHIP_INK = "#FFFFFF"
CHIP_STROKE = (1.5, 2.0)


@dataclass(frozen=True)
class Chip:
    element_key: str
    numbers: tuple[int, ...]  # the projects this chip stands for (several on a "+n" chip)
    text: str
    circle: Circle


@dataclass(frozen=True)
class OverlayEntry:
    number: int
    title: str
    element_keys: tuple[str, ...]


@dataclass(frozen=True)
class Overlay:
    chips: tuple[Chip, ...]
    entries: tuple[OverlayEntry, ...]
    untouched: tuple[str, ...]  # elements of the figure no project touches
    high_contrast: bool = False

    def chips_of(self, key: str) -> tuple[Chip, ...]:
        return tuple(c for c in self.chips if c.element_key == key)


def capacity(box_width: float, r: float = CHIP_R) -> int:
    """How many chips of radius r fit along a box's bottom edge between its rounded corners."""
    room = box_width - 2 * BOX_RADIUS
    return max(1, int((room + CHIP_GAP) // (2 * r + CHIP_GAP)))


def ink(box: ElementBox) -> list[Rect]:
    """Where a box has words and marks: every text line, badge, icon and bar it draws."""
    out = []
    for op in element_ops(box):
        if isinstance(op, Text):
            w = text_width(op.text, op.size, op.bold)
            x = {"start": op.x, "middle": op.x - w / 2, "end": op.x - w}[op.anchor]
            out.append(Rect(x, op.y - 0.8 * op.size, w, line_height(op.size)))
        elif isinstance(op, Dot):
            out.append(Rect(op.cx - op.r, op.cy - op.r, 2 * op.r, 2 * op.r))
        elif isinstance(op, Poly):
            xs, ys = [p[0] for p in op.points], [p[1] for p in op.points]
            out.append(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    for row in box.spread:  # the bars are boxes; their tracks run to the count
        out.append(row.track)
    return out


def _row(box: ElementBox, numbers: list[int], r: float) -> list[Chip]:
    """The chips of one box at radius r, right-aligned along its bottom edge."""
    fit = capacity(box.rect.w, r)
    shown = numbers if len(numbers) <= fit else numbers[: fit - 1]
    groups: list[tuple[tuple[int, ...], str]] = [((n,), str(n)) for n in shown]
    if len(shown) < len(numbers):
        rest = tuple(numbers[len(shown) :])
        groups.append((rest, f"+{len(rest)}"))
    x = box.rect.right - BOX_RADIUS - r
    return [
        Chip(box.key, nums, text, Circle(x - i * (2 * r + CHIP_GAP), box.rect.bottom, r))
        for i, (nums, text) in enumerate(reversed(groups))
    ]  # read left to right


def _radius(placed: list[tuple[ElementBox, list[int]]]) -> float:
    """The largest chip size that covers no word or mark in any box with chips (one size for
    the whole figure, so chips look alike)."""
    marks = {box.key: ink(box) for box, _ in placed}
    r = CHIP_R_MAX
    while r > CHIP_R:
        if not any(
            c.circle.bounds.overlaps(m)
            for box, numbers in placed
            for c in _row(box, numbers, r)
            for m in marks[box.key]
        ):
            return r
        r -= 1.0
    return CHIP_R


def compute_overlay(layout: Layout, projects: Sequence[tuple[str, Sequence[str]]]) -> Overlay:
    """projects: (title, element keys touched) in the order they are numbered (1, 2, …).
    Keys the figure does not have are kept in the entries and get no chip."""
    entries = tuple(
        OverlayEntry(i + 1, title, tuple(dict.fromkeys(keys)))
        for i, (title, keys) in enumerate(projects)
    )
    placed = [
        (box, [e.number for e in entries if box.key in e.element_keys]) for box in layout.elements
    ]
    placed = [(box, numbers) for box, numbers in placed if numbers]
    r = _radius(placed)
    chips = [c for box, numbers in placed for c in _row(box, numbers, r)]
    touched = {c.element_key for c in chips}
    untouched = tuple(b.key for b in layout.elements if b.key not in touched)
    return Overlay(
        tuple(sorted(chips, key=lambda c: (c.element_key, c.circle.cx))),
        entries,
        untouched,
        layout.high_contrast,
    )


def chip_ops(chip: Chip, high_contrast: bool = False) -> list[Op]:
    fill, width = CHIP_FILL[high_contrast], CHIP_STROKE[high_contrast]
    c = chip.circle
    size = max(st.MIN_SIZE, c.r * 1.3) if len(chip.text) < 2 else st.MIN_SIZE
    return [
        Dot(c.cx, c.cy, c.r, fill, CHIP_INK, width),
        Text(
            c.cx, c.cy + CAP_CENTRE * size, chip.text, size, True, CHIP_INK, "middle", 2 * c.r - 2
        ),
    ]


def overlay_ops(overlay: Overlay) -> list[Op]:
    ops: list[Op] = []
    for chip in overlay.chips:
        ops += chip_ops(chip, overlay.high_contrast)
    return ops
