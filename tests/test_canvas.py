"""The model canvas as the room sees it: statuses set through the services show as the scale's
colours, a click or Enter opens an element, and the figure exports as PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app.modeldef import current_definition
from app.services import communities, sessions, vertrekpunt
from app.ui.canvas.view import ModelCanvas
from app.vocabulary.dto import ElementState

MODEL = current_definition()


@pytest.fixture
def session_id(store):
    c = communities.create_community(store, "Gebiedscoöperatie Test")
    return sessions.create_session(store, c.id, "Intervisie", date(2024, 3, 14)).id


@pytest.fixture
def assessed(store, session_id):
    """Levels 1..5 on the first five elements, the rest not assessed."""
    keys = MODEL.element_keys()
    for level, key in enumerate(keys[:5], start=1):
        vertrekpunt.set_assessment(store, session_id, key, status=level)
    vertrekpunt.add_observation(store, session_id, keys[0], "Nog geen gedeelde agenda")
    return vertrekpunt.element_states(store, session_id)


@pytest.fixture
def canvas(qtbot):
    view = ModelCanvas(MODEL)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def _seen_fill(canvas: ModelCanvas, key: str, image: QImage | None = None) -> str:
    """The colour on screen just inside the element's top-right corner (no text there)."""
    image = image or canvas.viewport().grab().toImage()
    r = canvas.figure_layout().element(key).rect
    return image.pixelColor(canvas.mapFromScene(r.right - 8, r.y + 6)).name().upper()


def test_each_shape_shows_the_colour_of_its_level(canvas, assessed):
    canvas.set_states(assessed)
    image = canvas.viewport().grab().toImage()
    for key in MODEL.element_keys():
        status = assessed[key].status if key in assessed else None
        expected = MODEL.level(status).fill.upper()
        assert canvas.element_item(key).box.fill.upper() == expected
        if status is not None:  # not assessed is hatched: its corner may hold a hatch line
            assert _seen_fill(canvas, key, image) == expected, key
    assert canvas.element_item(MODEL.element_keys()[0]).box.observation_count == 1


def test_one_status_change_recolours_that_element_only(canvas, assessed, store, session_id):
    canvas.set_states(assessed)
    keys = MODEL.element_keys()
    before = {k: canvas.element_item(k).box for k in keys}
    vertrekpunt.set_assessment(store, session_id, keys[6], status=4)
    canvas.update_state(vertrekpunt.element_states(store, session_id)[keys[6]])
    assert _seen_fill(canvas, keys[6]) == MODEL.level(4).fill.upper()
    assert canvas.element_item(keys[6]).box.status.badge == "4"
    assert all(canvas.element_item(k).box == before[k] for k in keys if k != keys[6])
    assert "4 Expliciet" in canvas.accessibleDescription()


def test_high_contrast_switches_to_the_high_contrast_palette(canvas, assessed):
    canvas.set_states(assessed)
    canvas.set_high_contrast(True)
    key = MODEL.element_keys()[2]  # level 3: its two palettes differ
    lv = MODEL.level(3)
    assert lv.fill_high_contrast != lv.fill
    assert _seen_fill(canvas, key) == lv.fill_high_contrast.upper()
    thick = canvas.element_item(key).box.border_width
    canvas.set_high_contrast(False)
    assert _seen_fill(canvas, key) == lv.fill.upper()
    assert canvas.element_item(key).box.border_width < thick


def test_a_click_on_an_element_emits_its_key(canvas, qtbot):
    key = MODEL.element_keys()[3]
    r = canvas.figure_layout().element(key).rect
    point = canvas.mapFromScene(r.cx, r.cy)
    with qtbot.waitSignal(canvas.elementActivated, timeout=1000) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [key]


def test_a_slot_may_rebuild_the_figure_on_a_click(canvas, qtbot):
    """The stepper reacts to a click; if that switches the palette, the clicked item is gone."""
    canvas.elementActivated.connect(lambda key: canvas.set_high_contrast(True))
    r = canvas.figure_layout().elements[0].rect
    with qtbot.waitSignal(canvas.elementActivated, timeout=1000):
        qtbot.mouseClick(
            canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(r.cx, r.cy)
        )
    qtbot.mouseClick(
        canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(r.cx, r.cy)
    )
    qtbot.wait(10)
    assert canvas.high_contrast()


def test_a_click_beside_the_elements_emits_nothing(canvas, qtbot):
    seen = []
    canvas.elementActivated.connect(seen.append)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert seen == []


def test_arrow_keys_and_enter_open_an_element(canvas, qtbot):
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current() == MODEL.element_keys()[1]
    with qtbot.waitSignal(canvas.elementActivated, timeout=1000) as blocker:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert blocker.args == [MODEL.element_keys()[1]]


def test_hover_text_lists_the_observations(canvas, store, session_id, assessed):
    key = MODEL.element_keys()[0]
    canvas.set_states(assessed)
    canvas.set_observation_provider(
        lambda k: [o.text for o in vertrekpunt.list_observations(store, session_id, k)]
    )
    html = canvas.element_item(key).tooltip_html()
    assert "Nog geen gedeelde agenda" in html
    assert MODEL.area(key).label.nl in html  # the full label, not the short one
    canvas.set_observation_provider(None)
    canvas.set_observations(key, ["Eén <b>ding</b>"])
    assert "Eén &lt;b&gt;ding&lt;/b&gt;" in canvas.element_item(key).tooltip_html()


def test_language_switch_relabels_the_figure(canvas):
    key = MODEL.areas[0].key
    canvas.set_language("en")
    assert " ".join(canvas.element_item(key).box.label.lines) == MODEL.areas[0].short.en
    assert canvas.element_item(key).box.status.label.lines == ("Not assessed",)


def test_the_figure_fits_the_window_and_turns_compact_when_small(canvas, qtbot):
    # the offscreen screen is 800 px tall: labels readable at 16 px (1/50); below that the
    # numbered figure (app/diagram/readable.py)
    assert canvas.readable_px() == canvas.screen().geometry().height() / 50
    for size, form in (
        ((1024, 768), "full"),
        ((740, 900), "compact"),
        ((480, 1000), "portrait"),
        ((560, 640), "numbered-wide"),
        ((1366, 400), "numbered-wide"),
        ((380, 900), "numbered"),
        ((1366, 768), "wide"),
        ((1200, 900), "full"),
    ):
        canvas.resize(*size)
        qtbot.wait(1)
        assert canvas.form() == form, size
        shown = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
        assert shown.width() <= size[0] + 1 and shown.height() <= size[1] + 1
        assert shown.width() >= size[0] - 6 or shown.height() >= size[1] - 6  # Qt keeps 2 px
    canvas.resize(420, 640)
    canvas.set_form("full")
    assert canvas.form() == "full"
    assert canvas.figure_layout().element(MODEL.element_keys()[0]).detail is not None


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (560, 680), (380, 700)])
def test_element_labels_stay_readable_in_a_small_canvas(canvas, qtbot, size):
    """Full window, beside the stage pages on a 1366x768 laptop, and its narrowest: labels
    (most of them; a long single word may be set smaller) are drawn at 12 px or more."""
    canvas.resize(*size)
    qtbot.wait(1)
    zoom = canvas.transform().m11()
    sizes = sorted(e.label.size * zoom for e in canvas.figure_layout().elements)
    assert sizes[len(sizes) // 2] >= 12 and sizes[0] >= 10


def test_png_and_svg_exports_parse(canvas, assessed, tmp_path):
    canvas.set_states(assessed)
    canvas.set_current(MODEL.element_keys()[0])
    png, svg = tmp_path / "model.png", tmp_path / "model.svg"
    canvas.export_png(png, scale=1.0)
    canvas.export_svg(svg)
    image = QImage(str(png))
    canvas.set_form("full")
    lay = canvas.figure_layout()
    assert (image.width(), image.height()) == (round(lay.width), round(lay.height))
    assert image.pixelColor(
        int(lay.elements[2].rect.right - 8), int(lay.elements[2].rect.y + 6)
    ) == QColor(MODEL.level(3).fill)
    assert image.pixelColor(1, 1) == QColor("#FFFFFF")
    root = ET.parse(svg).getroot()
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert MODEL.areas[0].short.nl in texts
    assert canvas.current() == MODEL.element_keys()[0]  # exporting keeps the ring on screen


def test_export_to_an_unwritable_place_raises(canvas, tmp_path):
    with pytest.raises(OSError):
        canvas.export_png(tmp_path / "missing" / "model.png")
    with pytest.raises(OSError):
        canvas.export_svg(tmp_path / "missing" / "model.svg")


def test_unknown_keys_are_ignored(canvas):
    canvas.update_state(ElementState("not-in-this-model", 3, 1))
    canvas.set_current("not-in-this-model")
    assert canvas.current() is None
    assert canvas.accessibleName()


def test_the_exports_carry_the_questions_on_the_band(canvas, tmp_path):
    """As on screen and in the report: a question placed on the band is a marker in the PNG
    and the SVG too (a triangle for a complex one, a circle for a simple one)."""
    from app.vocabulary.dto import QuestionPlace

    png, svg = tmp_path / "model.png", tmp_path / "model.svg"
    canvas.export_svg(svg)
    before = len(list(ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}polygon")))
    canvas.set_band_questions(
        [
            QuestionPlace("Hoe houden we de jongeren?", "complex", 1),
            QuestionPlace("Waar staat de moestuin?", "enkelvoudig", 0),
        ]
    )
    canvas.export_svg(svg)
    canvas.export_png(png, scale=1.0)
    root = ET.parse(svg).getroot()
    polygons = list(root.iter("{http://www.w3.org/2000/svg}polygon"))
    assert len(polygons) == before + 1  # the complex question's triangle
    ring = [
        c for c in root.iter("{http://www.w3.org/2000/svg}circle") if c.get("fill") == "#1A1A1A"
    ]
    assert len(ring) == 1  # the simple question's circle
    canvas.set_form("full")
    cx, cy = float(ring[0].get("cx")), float(ring[0].get("cy"))
    assert QImage(str(png)).pixelColor(round(cx), round(cy)) == QColor("#1A1A1A")
