"""Run by tests/test_audience_screens.py in a process of its own, whose Qt platform has two virtual
screens (a laptop and a projector beside it): QT_QPA_PLATFORM must be set before the
QApplication exists, so these cannot share a process with the other GUI tests. Not collected on
its own (no test_ prefix)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from app.services import sessions
from app.ui.common.settings import Settings
from app.ui.common.stage_names import stage_question
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    laptop = QGuiApplication.screens()[0]
    w.setGeometry(laptop.availableGeometry())
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[0].id)
    yield w
    w.room.set_audience(False)
    w.shutdown()


def _screens():
    laptop, projector = QGuiApplication.screens()
    assert (laptop.name(), projector.name()) == ("laptop", "projector")
    return laptop, projector


def test_opens_on_the_projector_and_survives_unplugging_and_plugging(window, qtbot):
    laptop, projector = _screens()
    assert window.screen() is laptop
    window.room.set_audience(True)
    audience = window.room.audience
    assert audience.screen() is projector and audience.isFullScreen()
    assert audience.geometry() == projector.geometry()
    assert audience.height() == projector.geometry().height()

    # what the room sees, with names hidden and frozen: this must all survive the moves
    window.session_page.go_to("focus")
    window.room.set_hide_names(True)
    window.room.set_frozen(True)
    view = audience.content.view

    audience.screens_changed([laptop, projector], [laptop])  # the projector is unplugged
    assert audience.screen() is laptop and audience.isVisible()
    assert audience.geometry() == laptop.geometry()
    qtbot.waitUntil(lambda: audience.content.look.body_px == round(768 / 34))
    assert window.room.audience is audience and audience.is_frozen()
    assert audience.hides_names()

    audience.screens_changed([laptop], [laptop, projector])  # and plugged in again
    assert audience.screen() is projector and audience.geometry() == projector.geometry()
    qtbot.waitUntil(lambda: audience.content.look.body_px == round(1080 / 34))
    assert audience.content.view is view  # the same picture, in the projector's type
    assert stage_question("focus") in audience.texts()
    window.room.set_frozen(False)
    window.session_page.go_to("aanpak")
    assert audience.strip.labels["aanpak"].font().bold()
