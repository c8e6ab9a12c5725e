"""The projector at the end of the session: the page at a glance in the screen's shape, reached
and left with the stage keys, its text given to screen readers, and never a name on it while
the facilitator hides names (the privacy check reads the page's own text layer)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.reports.placemat import SCREEN_FIGURE_SHARE, placemat_bytes, screen_sheet
from app.services import aanpak, sessions
from app.services.report_data import report_data
from app.ui.audience.end_screen import masked_report
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow
from tests.test_audience_window import NAMES, _people

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[-1].id)  # the worked example
    yield w
    w.room.set_audience(False)
    w.shutdown()


def _key(window, key, mods) -> None:
    """A key on the facilitator's window, where the stage keys live."""
    window.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget() or window, key, mods)
    QApplication.processEvents()


def _sized(audience, qtbot, size) -> None:
    audience.showNormal()
    audience.setGeometry(0, 0, *size)
    qtbot.waitUntil(lambda: audience.size().toTuple() == size)


def test_the_end_screen_is_the_page_at_a_glance_by_the_stage_keys(window, qtbot):
    sid = window.session_page.controller.session_id
    aanpak.add_action(
        window.store, sid, "Mapping van partijen", owner="Hanze", due_on=date(2019, 9, 1)
    )
    window.open_session(sid)
    window.room.set_audience(True)
    audience = window.room.audience
    _sized(audience, qtbot, (1024, 768))
    _key(window, Qt.Key.Key_5, ALT)  # the action plan: the model and the lists as before
    assert audience.canvas.isVisible() and not audience.end_screen.isVisible()
    _key(window, Qt.Key.Key_PageDown, CTRL)  # on to the closing
    end = audience.end_screen
    assert end.isVisible() and not audience.canvas.isVisible()
    assert not audience.content.isVisible()
    shown = " ".join(end.text_shown.split())
    assert "In een oogopslag · Gebiedscoöperatie Westerkwartier" in shown
    assert "Mapping van partijen" in shown and "Hanze · uiterlijk 1 sep 2019" in shown
    assert "Actieplan" in shown and "Versnellers" in shown and "Ambitie" in shown
    assert end.accessibleDescription() == end.text_shown  # what a screen reader is told
    assert shown in " ".join(" ".join(audience.texts()).split())
    pixmap = end.pixmap()
    # drawn for the room it has, not an A4 page shrunk into it
    assert abs(pixmap.width() - end.width()) <= 1 and abs(pixmap.height() - end.height()) <= 1
    assert end.width() > end.height()
    # the projector takes no keyboard focus: F5 and Esc stay the audience window's
    assert end.focusPolicy() == Qt.FocusPolicy.NoFocus
    _key(window, Qt.Key.Key_PageUp, CTRL)  # back to the action plan
    assert not end.isVisible() and audience.canvas.isVisible()
    _key(window, Qt.Key.Key_6, ALT)
    assert end.isVisible()
    audience.activateWindow()  # the projector's own keys: Esc (or F5) closes it
    QApplication.processEvents()
    with qtbot.waitSignal(audience.closeRequested, timeout=2000):
        QTest.keyClick(audience, Qt.Key.Key_Escape)


def _seen(audience) -> str:
    """All the room can read, lines joined (a name may wrap on the page)."""
    return " ".join(" ".join(audience.texts()).split())


def test_no_name_reaches_the_end_screen_while_names_are_hidden(window, qtbot):
    _people(window)
    window.room.set_audience(True)
    audience = window.room.audience
    window.session_page.go_to("closing")
    assert audience.end_screen.isVisible()
    # the page carries the names while they are shown (an owner, a facilitator in a title)
    shown = _seen(audience)
    assert "Anna de Vries" in shown and "Karin Mulder" in shown
    window.room.names_action.trigger()
    hidden = _seen(audience).casefold()
    assert not any(n.casefold() in hidden for n in NAMES)
    assert "onderwijs · terra mbo" in hidden  # Anna by her role, as the owner
    # and the picture itself: the text layer of the very PDF it was rendered from
    page = " ".join(audience.end_screen.text_shown.split()).casefold()
    assert "werkplaats met" in page and "karin mulder" not in page
    # frozen, names off again: the frozen end screen is redrawn without them as well
    window.room.names_action.trigger()
    assert "Anna de Vries" in _seen(audience)
    window.room.freeze_action.trigger()
    window.room.names_action.trigger()
    assert not any(n in _seen(audience) for n in NAMES)


def _texts(value, path=""):
    """(where, text) for every text field in value's dataclasses, tuples and dicts."""
    from dataclasses import fields, is_dataclass

    if isinstance(value, str):
        yield path, value
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _texts(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _texts(v, path)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _texts(v, path)


def test_masking_reaches_every_text_of_the_page_data(demo_store, demo_session_id):
    """Each text of the session's data passes the mask on its way to the page; only codes
    (keys, statuses, identifiers) are left as they are."""
    from app.ui.audience.end_screen import _is_code

    aanpak.add_action(demo_store, demo_session_id, "Met Anna", owner="Anna", partners=("Piet",))
    data = report_data(demo_store, demo_session_id)
    shout = masked_report(data, lambda text: text.upper())
    before = list(_texts((data.community, data.snapshot)))
    after = list(_texts((shout.community, shout.snapshot)))
    assert len(before) == len(after) > 100
    for (where, text), (_same, masked) in zip(before, after, strict=True):
        field = where.rsplit(".", 1)[-1]
        assert masked == (text if _is_code(field) else text.upper()), where
    assert shout.snapshot.actions[-1].partners == ("PIET",)
    assert shout.earlier is None and shout.uses is None and shout.room is None
    assert shout.model is data.model and shout.states == data.states


def _sizes_right_of(pdf: bytes, x0: float) -> tuple[list[float], list[float]]:
    """Text sizes on the page: (beside the figure or above it, inside the figure's box)."""
    outside: list[float] = []
    inside: list[float] = []
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    top = float(page.mediabox.height)

    def visit(text, cm, tm, _font, size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scaled = size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        (outside if x >= x0 or y > top * 0.85 else inside).append(scaled)

    page.extract_text(visitor_text=visit)
    return outside, inside


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_end_screen_text_is_read_from_the_back(window, qtbot, size):
    """The page's words are in the audience view's type, a fiftieth of the screen's height at
    least: the page is drawn at one point a pixel for the size it is shown."""
    window.room.set_audience(True)
    audience = window.room.audience
    _sized(audience, qtbot, size)
    window.session_page.go_to("closing")
    end = audience.end_screen
    smallest = audience.look.small_px
    assert smallest >= size[1] / 50
    mask = audience._source.mask("nl", False)
    pdf = placemat_bytes(
        audience._source.glance_data(mask), "nl", screen_sheet(end.width(), end.height(), smallest)
    )
    sheet = screen_sheet(end.width(), end.height(), smallest)
    outside, _inside = _sizes_right_of(
        pdf, sheet.margin + (end.width() - 2 * sheet.margin) * SCREEN_FIGURE_SHARE
    )
    assert outside and min(outside) >= smallest - 0.01
