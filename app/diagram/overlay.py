"""Projects on the model: an overlay of small numbered chips on the element boxes each project
(an action of the aanpak) touches, and the list of projects the numbers stand for. The group sees
where its projects sit, and where nothing happens.

The chips sit on a box's bottom edge, right-aligned, half inside and half outside: a box keeps
its last PAD free of text and boxes stand GAP apart, so a chip smaller than both never covers a
word, whatever the box holds. When more projects touch a box than fit along its edge, the last
chip says "+n". Pure geometry: the Qt canvas and the PDF draw the same chips.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.diagram import style as st
from app.diagram.paint import BOX_RADIUS, CAP_CENTRE, Dot, Op, Text
from app.diagram.shapes import Circle, Layout

CHIP_R = min(8.0, st.PAD - 1.0, st.GAP - 1.0)  # see the module docstring
CHIP_GAP = 3.0
CHIP_FILL = "#FFFFFF"
CHIP_INK = ("#1A1A1A", "#000000")  # normal, high contrast
CHIP_STROKE = (1.5, 2.5)


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


def capacity(box_width: float) -> int:
    """How many chips fit along a box's bottom edge between its rounded corners."""
    room = box_width - 2 * BOX_RADIUS
    return max(1, int((room + CHIP_GAP) // (2 * CHIP_R + CHIP_GAP)))


def compute_overlay(layout: Layout, projects: Sequence[tuple[str, Sequence[str]]]) -> Overlay:
    """projects: (title, element keys touched) in the order they are numbered (1, 2, …).
    Keys the figure does not have are kept in the entries and get no chip."""
    entries = tuple(OverlayEntry(i + 1, title, tuple(dict.fromkeys(keys)))
                    for i, (title, keys) in enumerate(projects))
    chips: list[Chip] = []
    for box in layout.elements:
        numbers = [e.number for e in entries if box.key in e.element_keys]
        if not numbers:
            continue
        fit = capacity(box.rect.w)
        shown = numbers if len(numbers) <= fit else numbers[:fit - 1]
        groups = [((n,), str(n)) for n in shown]
        if len(shown) < len(numbers):
            rest = tuple(numbers[len(shown):])
            groups.append((rest, f"+{len(rest)}"))
        x = box.rect.right - BOX_RADIUS - CHIP_R
        for i, (nums, text) in enumerate(reversed(groups)):  # right to left, read left to right
            cx = x - i * (2 * CHIP_R + CHIP_GAP)
            chips.append(Chip(box.key, nums, text, Circle(cx, box.rect.bottom, CHIP_R)))
    touched = {c.element_key for c in chips}
    untouched = tuple(b.key for b in layout.elements if b.key not in touched)
    return Overlay(tuple(sorted(chips, key=lambda c: (c.element_key, c.circle.cx))), entries,
                   untouched, layout.high_contrast)


def chip_ops(chip: Chip, high_contrast: bool = False) -> list[Op]:
    ink, width = CHIP_INK[high_contrast], CHIP_STROKE[high_contrast]
    c = chip.circle
    size = max(st.MIN_SIZE, c.r * 1.3) if len(chip.text) < 2 else st.MIN_SIZE
    return [Dot(c.cx, c.cy, c.r, CHIP_FILL, ink, width),
            Text(c.cx, c.cy + CAP_CENTRE * size, chip.text, size, True, ink, "middle",
                 2 * c.r - 2)]


def overlay_ops(overlay: Overlay) -> list[Op]:
    ops: list[Op] = []
    for chip in overlay.chips:
        ops += chip_ops(chip, overlay.high_contrast)
    return ops
