"""The model figure's layout (no Qt): complete, nothing overlapping, every text fitting its box,
for the shipped model and for models with more or fewer areas and conditions."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from itertools import combinations

import pytest

from app.diagram import style as st
from app.diagram.layout import compute_layout, restyle_element
from app.diagram.paint import Text, figure_ops
from app.diagram.svg import to_svg
from app.diagram.text_fit import line_height, text_width
from app.modeldef import current_definition, parse_definition
from app.resources import model_dir
from app.vocabulary.dto import ElementState


def _raw() -> dict:
    with open(model_dir() / "community-learning-1.0.toml", "rb") as fh:
        return tomllib.load(fh)


def _area(key: str, perspective: str, short: str, label: str) -> dict:
    return {
        "key": key,
        "perspective": perspective,
        "label": {"nl": label, "en": label},
        "short": {"nl": short, "en": short},
    }


def _three_more_two_fewer():
    raw = _raw()
    raw["areas"] = [a for a in raw["areas"] if a["key"] not in ("competenties", "monitoring")]
    raw["areas"] += [
        _area("netwerk", "regio", "Regionaal netwerk", "Het regionale netwerk van partners"),
        _area("matching", "arbeidsmarkt", "Matching", "Flexibele matching van mens en werk"),
        _area("kennisdeling", "community", "Kennisdeling", "Kennis delen binnen de community"),
    ]
    return parse_definition(raw)


def _crowded():
    """Many areas on the left and bottom, none on the right, six conditions, long words."""
    raw = _raw()
    raw["areas"] = [a for a in raw["areas"] if a["perspective"] != "onderwijs"]
    raw["areas"] += [
        _area(f"regio-{i}", "regio", f"Regiothema {i}", f"Regionaal thema {i}") for i in range(4)
    ]
    raw["areas"] += [
        _area(f"markt-{i}", "arbeidsmarkt", f"Arbeidsmarktregio {i}", f"Arbeidsmarktregio {i}")
        for i in range(3)
    ]
    raw["areas"].append(
        _area(
            "lang",
            "community",
            "Kennisinfrastructuurontwikkelingsprogramma",
            "Een label met een heel lang woord",
        )
    )
    raw["conditions"] += [
        {"key": "vertrouwen", "label": {"nl": "Vertrouwen", "en": "Trust"}},
        {
            "key": "eigenaarschap",
            "label": {"nl": "Gedeeld eigenaarschap", "en": "Shared ownership"},
        },
    ]
    return parse_definition(raw)


def _sparse():
    """One area in all, two conditions."""
    raw = _raw()
    raw["areas"] = [a for a in raw["areas"] if a["key"] == "vraagstukken"]
    raw["conditions"] = raw["conditions"][:2]
    return parse_definition(raw)


MODELS = {
    "shipped": current_definition,
    "three-more-two-fewer": _three_more_two_fewer,
    "crowded": _crowded,
    "sparse": _sparse,
}


@pytest.fixture(params=list(MODELS), scope="module")
def model(request):
    return MODELS[request.param]()


@pytest.fixture(params=list(st.FORMS))
def form(request):
    return request.param


def _states(model, level_of=lambda i: None) -> dict[str, ElementState]:
    return {
        k: ElementState(k, level_of(i), 12, {"enkelvoudig": 3, "complex": 1}, carried=True)
        for i, k in enumerate(model.element_keys())
    }


def _layouts(model, form):
    """Every language, both palettes, every element at every level (and not assessed)."""
    levels = [None] + [lv.level for lv in model.levels]
    for lang in ("nl", "en"):
        for hc in (False, True):
            for level in levels:
                yield compute_layout(model, _states(model, lambda _i, lv=level: lv), lang, hc, form)


def test_every_element_appears_once(model, form):
    layout = compute_layout(model, {}, form=form)
    assert sorted(e.key for e in layout.elements) == sorted(model.element_keys())
    kinds = {e.key: e.kind for e in layout.elements}
    assert all(kinds[c.key] == "condition" for c in model.conditions)
    assert all(
        kinds[a.key] == "area" and layout.element(a.key).perspective == a.perspective
        for a in model.areas
    )


def test_elements_sit_in_their_panel_and_nothing_overlaps(model, form):
    layout = compute_layout(model, {}, form=form)
    page = _rect(0, 0, layout.width, layout.height)
    for a, b in combinations(layout.elements, 2):
        assert not a.rect.overlaps(b.rect), (a.key, b.key)
    centre = next(p for p in model.perspectives if p.position == "centre").key
    for e in layout.elements:
        assert page.contains(e.rect)
        if e.kind == "area":
            assert layout.panel(e.perspective).rect.contains(e.rect), e.key
        else:
            assert layout.panel("conditions").rect.contains(e.rect)
            assert not layout.panel(centre).rect.overlaps(e.rect), e.key
    # the perspective panels, the axis and the legend lie side by side; the learning community
    # sits inside the frame of the conditions
    outer = [p.rect for p in layout.panels if p.key != centre]
    outer += [layout.axis.rect, layout.legend.rect]
    for a, b in combinations(outer, 2):
        assert not a.overlaps(b)
    assert layout.panel("conditions").rect.contains(layout.panel(centre).rect)
    for r in outer:
        assert page.contains(r)


def _rect(x, y, w, h):
    from app.diagram.shapes import Rect

    return Rect(x, y, w, h)


def test_the_parts_of_a_box_stay_inside_it_and_apart(model, form):
    layout = compute_layout(model, _states(model, lambda i: 3), form=form)
    for e in layout.elements:
        rows = [e.label.rect, e.status.rect] + ([e.detail.rect] if e.detail else [])
        rows += [r.label.rect for r in e.spread]
        inner = e.rect.inset(e.border_width)
        for p in rows + [r.track for r in e.spread]:
            assert inner.contains(p), e.key
        for a, b in combinations(rows, 2):
            assert not a.overlaps(b), e.key
        for c in (e.status.badge_circle, e.status.icon_circle):
            assert e.status.rect.contains(c.bounds)
        assert not e.status.badge_circle.bounds.overlaps(e.status.icon_circle.bounds)
        if e.status.label:
            assert e.status.label.rect.x >= e.status.icon_circle.bounds.right


def test_all_text_fits_its_box_at_the_minimum_size_or_larger(model, form):
    for layout in _layouts(model, form):
        texts = [op for op in figure_ops(layout) if isinstance(op, Text)]
        assert texts
        for t in texts:
            assert t.size >= st.MIN_SIZE, t.text
            assert text_width(t.text, t.size, t.bold) <= t.max_width + 0.01, (t.text, t.size)
        for e in layout.elements:
            block = len(e.label.lines) * line_height(e.label.size)
            assert block <= e.label.rect.h + 0.01
            assert e.label.size >= st.FORMS[form].label_min


def test_labels_keep_all_their_words(model, form):
    for lang in ("nl", "en"):
        layout = compute_layout(model, {}, lang, form=form)
        numbered = st.FORMS[form].numbered
        for a in model.areas:
            lines = layout.element(a.key).label.lines
            if numbered:  # the box has the number, the key the words beside it
                number = str(model.element_keys().index(a.key) + 1)
                assert lines == (number,)
                texts = [
                    " ".join(t.lines)
                    for n, t in zip(layout.key[::2], layout.key[1::2], strict=True)
                    if n.lines == (number,)
                ]
                assert [t.replace("- ", "") for t in texts] == [a.label.get(lang)]
                continue
            joined = " ".join(lines).replace("- ", "")
            assert joined.replace(" ", "") == a.short.get(lang).replace(" ", "")


def test_shapes_show_the_status_in_colour_number_icon_and_words():
    model = current_definition()
    levels = [lv.level for lv in model.levels]
    keys = model.element_keys()
    states = {k: ElementState(k, levels[i % len(levels)], i) for i, k in enumerate(keys[:-1])}
    for hc in (False, True):
        layout = compute_layout(model, states, "nl", hc)
        for i, key in enumerate(keys[:-1]):
            e = layout.element(key)
            lv = model.level(levels[i % len(levels)])
            assert (e.fill, e.text_colour) == lv.colours(hc)
            assert e.status.badge == str(lv.level)
            assert e.status.label.lines == (lv.label.nl,)
            assert e.status.icon == pytest.approx((lv.level - 1) / (len(levels) - 1))
            assert e.border == lv.border
            assert e.observation_count == i and e.detail.lines[0].startswith(f"{i} ")
        unassessed = layout.element(keys[-1])
        assert unassessed.fill == "#FFFFFF" and unassessed.border == "hatched"
        assert unassessed.status.icon is None and unassessed.level is None
    assert (
        compute_layout(model, states, "nl", True).element(keys[0]).border_width
        > compute_layout(model, states, "nl", False).element(keys[0]).border_width
    )
    assert [e.status.icon for e in compute_layout(model, {}).legend.entries] == [
        None,
        0.0,
        0.25,
        0.5,
        0.75,
        1.0,
    ]


def test_regional_questions_show_their_spread_over_the_complexity_types():
    model = current_definition()
    key = next(a.key for a in model.areas if a.regional_questions)
    state = ElementState(key, 3, 6, {"enkelvoudig": 1, "gecompliceerd": 2, "complex": 3})
    box = compute_layout(model, {key: state}).element(key)
    assert [(r.key, r.count) for r in box.spread] == [
        ("enkelvoudig", 1),
        ("gecompliceerd", 2),
        ("complex", 3),
    ]
    assert [r.fraction for r in box.spread] == pytest.approx([1 / 6, 2 / 6, 3 / 6])
    assert [r.label.lines[0] for r in box.spread] == ["Enkelvoudig", "Gecompliceerd", "Complex"]
    others = [e for e in compute_layout(model, {}).elements if e.key != key]
    assert all(e.spread == () for e in others)


def test_a_status_change_moves_nothing_and_touches_one_element():
    model = current_definition()
    before = compute_layout(model, {})
    key = model.element_keys()[0]
    after = restyle_element(before, model, ElementState(key, 4, 2))
    assert after.element(key).fill == model.level(4).fill
    assert [e.rect for e in after.elements] == [e.rect for e in before.elements]
    assert [e for e in after.elements if e.key != key] == [
        e for e in before.elements if e.key != key
    ]
    assert after == compute_layout(model, {key: ElementState(key, 4, 2)})


def test_the_growth_axis_runs_from_renewal_through_the_complexity_types():
    model = current_definition()
    axis = compute_layout(model, {}).axis
    assert [s.label.lines[0] for s in axis.segments] == ["Enkelvoudig", "Gecompliceerd", "Complex"]
    xs = [s.rect.x for s in axis.segments]
    assert xs == sorted(xs)
    assert axis.start.lines == ("Vernieuwing",) and axis.end.lines == ("Sustainability transition",)
    assert max(x for x, _ in axis.head) > axis.segments[-1].rect.right  # it points onward


def test_svg_parses_and_carries_the_labels(model):
    layout = compute_layout(model, _states(model, lambda i: 2), "en")
    root = ET.fromstring(to_svg(layout, "Model"))
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for e in layout.elements:
        for line in e.label.lines:
            assert line in texts
    assert [float(v) for v in root.get("viewBox").split()] == pytest.approx(
        [0, 0, layout.width, layout.height], abs=0.01
    )


@pytest.mark.parametrize("form", ["compact", "portrait"])
def test_the_compact_forms_are_smaller_and_keep_number_and_icon(form):
    model = current_definition()
    states = _states(model, lambda i: 4)
    full, small = compute_layout(model, states), compute_layout(model, states, form=form)
    assert small.compact and not full.compact
    assert small.width < full.width * 0.75
    for f, c in zip(full.elements, small.elements, strict=True):
        assert (c.key, c.fill, c.status.badge, c.status.icon, c.level_label) == (
            f.key,
            f.fill,
            f.status.badge,
            f.status.icon,
            f.level_label,
        )
        assert c.detail is None and c.spread == () and c.status.label is None
        assert c.label.size >= full.element(c.key).label.size - 3  # type stays about as large
    assert [e.status.label.lines for e in small.legend.entries] == [
        e.status.label.lines for e in full.legend.entries
    ]


def test_the_portrait_form_puts_left_and_right_above_the_centre():
    model = current_definition()
    layout = compute_layout(model, {}, form="portrait")
    pos = {p.position: layout.panel(p.key).rect for p in model.perspectives}
    assert pos["left"].right <= pos["right"].x
    assert max(pos["left"].bottom, pos["right"].bottom) <= layout.panel("conditions").rect.y
    assert layout.panel("conditions").rect.bottom <= pos["bottom"].y


def test_the_wide_form_puts_the_conditions_beside_the_learning_community():
    model = current_definition()
    layout = compute_layout(model, {}, form="wide")
    core = layout.panel(next(p.key for p in model.perspectives if p.position == "centre")).rect
    conditions = [layout.element(c.key).rect for c in model.conditions]
    assert all(r.right <= core.x or r.x >= core.right for r in conditions)
    assert {r.right <= core.x for r in conditions} == {True, False}
    assert layout.width / layout.height > 1.7
