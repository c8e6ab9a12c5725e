"""At the closing the facilitator can show the page at a glance: the report's own page 2,
drawn by the report's code, scaled into the screen; pressed by keyboard like any button, and
back to the summary the same way."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import aanpak
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage


@pytest.fixture
def closing(qtbot, demo_store, demo_session_id, tmp_path):
    aanpak.add_action(
        demo_store, demo_session_id, "Mapping van partijen", owner="Hanze", due_on=date(2019, 9, 1)
    )
    p = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    p.go_to("closing")
    return p.page_by_key["closing"]


def test_the_page_at_a_glance_on_the_closing_screen(closing, qtbot):
    assert closing.views.currentWidget() is closing.summary
    closing.glance_button.setFocus()
    QTest.keyClick(closing.glance_button, Qt.Key.Key_Space)
    assert closing.views.currentWidget() is closing.glance
    shown = " ".join(closing.glance.text_shown.split())
    assert "In een oogopslag · Gebiedscoöperatie Westerkwartier" in shown
    assert "Mapping van partijen" in shown and "Hanze" in shown
    pixmap = closing.glance.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    # the whole page in the room it has: as high or as wide as the view, in A4's proportions
    view = closing.glance.size()
    assert pixmap.width() <= view.width() and pixmap.height() <= view.height()
    assert abs(pixmap.height() / pixmap.width() - 297 / 210) < 0.02
    assert closing.glance_button.text() == "Show the summary"
    QTest.keyClick(closing.glance_button, Qt.Key.Key_Space)
    assert closing.views.currentWidget() is closing.summary
