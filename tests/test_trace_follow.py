"""A clickable trace (issue 17): from an action back to the focus point and the observation it
came from, and forward from an observation to the actions serving it, the window goes there —
by keyboard (Enter) and by mouse (a click), into an earlier session too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.cycle_tools import continued_action
from tests.uitools import open_window


def _row(lst, starts: str) -> int:
    return next(i for i in range(lst.count()) if lst.item(i).text().lstrip().startswith(starts))


def _enter_on(lst, row: int) -> None:
    lst.setFocus()
    lst.setCurrentRow(row)
    QTest.keyClick(lst, Qt.Key.Key_Return)


def test_from_the_action_to_its_focus_point_and_observation_and_forward(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    try:
        s1, s2, obs, a1, a2 = continued_action(w.store)
        w.open_session(s1.id)
        page = w.session_page
        page.go_to("aanpak")
        aanpak = page.page_by_key["aanpak"]
        assert aanpak.show_action(a1.id)
        trace = aanpak.editor.trace
        # back: Enter on the focus point row opens the focus stage on that focus point
        _enter_on(trace, _row(trace, "→ focus point"))
        assert page.current_stage() == "focus"
        focus = page.page_by_key["focus"]
        assert focus.current_element() == "monitoring"
        assert focus.focus_list.selected_id() == a1.focus_point_ids[0]
        # back further, by mouse: a click on the observation row opens the vertrekpunt there
        page.go_to("aanpak")
        aanpak.show_action(a1.id)
        item = trace.item(_row(trace, "← from the observation"))
        QTest.mouseClick(
            trace.viewport(), Qt.MouseButton.LeftButton, pos=trace.visualItemRect(item).center()
        )
        assert page.current_stage() == "vertrekpunt"
        vp = page.page_by_key["vertrekpunt"]
        assert vp.navigator.current_key() == "monitoring"
        assert vp.current_list.selected_id() == obs.id
        assert w.focusWidget() is vp.current_list.table  # the keys go on from there
        # forward: the actions serving the observation; the latest row is the follow-up's
        served = vp.served
        assert served.isVisible() and "Leermonitor" in served.text()
        _enter_on(served, 0)
        qtbot.waitUntil(
            lambda: w.session_page is not None and w.session_page.controller.session_id == s2.id
        )
        later = w.session_page
        assert later.current_stage() == "aanpak"
        assert later.page_by_key["aanpak"].actions.selected_id() == a2.id
    finally:
        w.shutdown()


def test_the_continued_action_leads_back_into_the_earlier_session(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    try:
        s1, s2, obs, _a1, a2 = continued_action(w.store)
        w.open_session(s2.id)
        page = w.session_page
        page.go_to("aanpak")
        aanpak = page.page_by_key["aanpak"]
        assert aanpak.show_action(a2.id)
        trace = aanpak.editor.trace
        row = _row(trace, "← from the observation")
        assert trace.item(row).text().endswith("[Voorjaar]")
        _enter_on(trace, row)
        qtbot.waitUntil(
            lambda: w.session_page is not None and w.session_page.controller.session_id == s1.id
        )
        vp = w.session_page.page_by_key["vertrekpunt"]
        assert w.session_page.current_stage() == "vertrekpunt"
        assert vp.current_list.selected_id() == obs.id
    finally:
        w.shutdown()
