"""Projects on the model: the overlay's chips sit on the boxes their projects touch, numbered as
the legend, never over a word, and the elements nothing touches are named."""

from __future__ import annotations

import pytest

from app.diagram.layout import compute_layout
from app.diagram.overlay import CHIP_R, CHIP_R_MAX, capacity, compute_overlay, overlay_ops
from app.diagram.paint import Text, figure_ops
from app.diagram.shapes import Rect
from app.diagram.style import FORMS
from app.diagram.text_fit import line_height, text_width
from app.modeldef import current_definition
from app.vocabulary.dto import ElementState

MODEL = current_definition()
PROJECTS = [
    ("Leerlab korte ketens", ["vraagstukken", "competenties", "facilitering-community"]),
    ("Monitoring", ["monitoring", "vorming-werking"]),
    ("LLO-arrangement", ["competenties", "visie-onderwijs", "arbeidsmarkt", "onbekend"]),
]


def _layout(form: str):
    states = {
        k: ElementState(k, 3, 12, {"complex": 2, "enkelvoudig": 5}) for k in MODEL.element_keys()
    }
    return compute_layout(MODEL, states, "nl", False, form)


def _text_box(op: Text) -> Rect:
    w = text_width(op.text, op.size, op.bold)
    x = {"start": op.x, "middle": op.x - w / 2, "end": op.x - w}[op.anchor]
    h = line_height(op.size)
    return Rect(x, op.y - 0.8 * op.size, w, h)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_chips_sit_on_the_boxes_their_projects_touch(form):
    layout = _layout(form)
    overlay = compute_overlay(layout, PROJECTS)
    assert [(e.number, e.title) for e in overlay.entries] == [
        (1, "Leerlab korte ketens"),
        (2, "Monitoring"),
        (3, "LLO-arrangement"),
    ]
    on = {
        key: sorted(n for c in overlay.chips_of(key) for n in c.numbers)
        for key in {c.element_key for c in overlay.chips}
    }
    assert on == {
        "vraagstukken": [1],
        "competenties": [1, 3],
        "facilitering-community": [1],
        "monitoring": [2],
        "vorming-werking": [2],
        "visie-onderwijs": [3],
        "arbeidsmarkt": [3],
    }
    for chip in overlay.chips:
        box = layout.element(chip.element_key).rect
        b = chip.circle.bounds
        assert box.x < b.x and b.right < box.right  # along the box's own edge
        assert chip.circle.cy == pytest.approx(box.bottom)  # straddling its bottom edge
    # read left to right in the order of the legend
    xs = [c.circle.cx for c in overlay.chips_of("competenties")]
    assert [
        c.text for c in sorted(overlay.chips_of("competenties"), key=lambda c: c.circle.cx)
    ] == ["1", "3"] and xs
    assert set(overlay.untouched) == set(MODEL.element_keys()) - set(on)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_chips_cover_no_text_and_no_other_chip_or_box(form):
    layout = _layout(form)
    many = [(f"P{i}", ["competenties", "samenstelling", "vraagstukken"]) for i in range(14)]
    overlay = compute_overlay(layout, PROJECTS + many)
    texts = [_text_box(op) for op in figure_ops(layout) if isinstance(op, Text)]
    chips = [c.circle.bounds for c in overlay.chips]
    for i, chip in enumerate(chips):
        assert not any(chip.overlaps(t) for t in texts), (form, overlay.chips[i])
        assert not any(chip.overlaps(o) for o in chips[i + 1 :])
        owner = overlay.chips[i].element_key
        assert not any(chip.overlaps(e.rect) for e in layout.elements if e.key != owner)
    assert all(chip.x >= 0 and chip.bottom <= layout.height for chip in chips)


def test_a_crowded_box_ends_with_a_chip_for_the_rest():
    layout = _layout("compact")
    box = layout.element("samenstelling")
    n = capacity(box.rect.w) + 3
    overlay = compute_overlay(layout, [(f"P{i}", ["samenstelling"]) for i in range(n)])
    chips = sorted(overlay.chips_of("samenstelling"), key=lambda c: c.circle.cx)
    fit = capacity(box.rect.w, chips[0].circle.r)
    assert len(chips) == fit
    rest = n - (fit - 1)
    assert chips[-1].text == f"+{rest}" and len(chips[-1].numbers) == rest
    assert sorted(x for c in chips for x in c.numbers) == list(range(1, n + 1))


def test_chips_are_larger_where_the_words_leave_room():
    full = compute_overlay(_layout("full"), PROJECTS)
    compact = compute_overlay(_layout("compact"), PROJECTS)
    sizes = {c.circle.r for c in compact.chips}
    assert len(sizes) == 1 and sizes.pop() > CHIP_R  # one size for the whole figure
    assert all(CHIP_R <= c.circle.r <= CHIP_R_MAX for c in full.chips)


def test_the_overlay_draws_a_disc_and_a_number_per_chip():
    overlay = compute_overlay(_layout("full"), PROJECTS)
    ops = overlay_ops(overlay)
    numbers = [op.text for op in ops if isinstance(op, Text)]
    assert sorted(numbers) == sorted(c.text for c in overlay.chips)
    assert all(op.size >= 10 for op in ops if isinstance(op, Text))
    assert CHIP_R >= 7  # large enough to read on a projector
