"""Regional questions at 1024x768: the observation's text keeps the row, the choices beside it
show a short form that is not cut, and their words are in the tooltip and the accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from app.services import sessions
from app.ui.common.i18n import install_language
from app.ui.common.settings import ZOOM, Settings
from app.ui.common.zoom import apply_zoom
from app.ui.shell.main_window import MainWindow


@pytest.fixture(params=["nl", "en"])
def vertrekpunt(request, qtbot, tmp_path):
    install_language(request.param)
    apply_zoom(ZOOM.default)  # the app's own text size, as create_application sets it
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[0].id)
    w.resize(1024, 768)
    page = w.session_page.page_by_key["vertrekpunt"]
    w.session_page.go_to("vertrekpunt")
    page.show_element(next(a.key for a in page.model.areas if a.regional_questions))
    qtbot.wait(100)
    yield w, page
    w.shutdown()


def test_the_text_keeps_the_row_and_no_choice_is_cut(vertrekpunt, qtbot):
    window, page = vertrekpunt
    table = page.current_list.table
    assert table.rowCount() > 0
    box = table.cellWidget(0, 0)
    box.setCurrentIndex(box.count() - 1)  # a status set: the longest label
    box.activated.emit(box.count() - 1)
    qtbot.wait(150)
    table = page.current_list.table
    text_w = table.columnWidth(page.current_list.text_column)
    choices = [table.columnWidth(i) for i in range(page.current_list.text_column)]
    assert window.width() <= 1024
    assert text_w >= 0.4 * table.viewport().width(), (text_w, choices)
    assert text_w >= 2 * max(choices), (text_w, choices)
    for row in range(table.rowCount()):
        for col in range(page.current_list.text_column):
            cell = table.cellWidget(row, col)
            assert isinstance(cell, QComboBox)
            assert cell.width() >= cell.sizeHint().width(), (row, col, cell.currentText())
            # the words the cell leaves out are there for the mouse and the screen reader
            assert cell.currentText() in cell.toolTip()
            assert cell.currentText() in cell.accessibleName()
