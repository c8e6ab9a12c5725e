"""A whole session typed by keyboard alone, from the home page to the closed session, with key
events only (no mouse, no setting of widgets from the test): a new community and session
through their forms, the people, observations with their statuses, focus points and votes, the
path, themes, ambition, steps, an indicator with its date, an action with its owner, partner,
dates and status, the closing note and next date. Then everything is found in the database.
Tab is pressed until the field is reached, as a person without a mouse does; a field Tab cannot
reach fails the test. Dutch text is typed one character at a time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.services import aanpak, communities, focus, sessions, vertrekpunt, vervolg
from app.ui.shell.main_window import MainWindow
from tests.uitools import open_window, type_text

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    if QApplication.focusWidget() is None and QApplication.activeModalWidget() is None:
        # a closed dialog hands the keyboard back to the window (the window manager's part,
        # which the offscreen platform leaves out)
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        QApplication.processEvents()
    w = QApplication.focusWidget()
    assert w is not None
    return w


def press(key, mods=NO, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, mods)
        QApplication.processEvents()


def write(text: str) -> None:
    type_text(focused(), text)
    QApplication.processEvents()


def tab_to(widget: QWidget, back: bool = False, limit: int = 80) -> None:
    """Tab (or Shift+Tab) until the widget has the focus."""
    for _ in range(limit):
        if focused() is widget or widget.isAncestorOf(focused()):
            return
        press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab does not reach {widget.accessibleName()!r}")


def arrow_to(combo, value) -> None:
    """Arrows in the focused choice until it shows value."""
    assert focused() is combo
    target = combo.findData(value)
    assert target >= 0, value
    while combo.currentIndex() != target:
        press(Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
        assert focused() is combo


def in_dialog(keys) -> None:
    """Run keys in the modal dialog once it is open (it is rejected if keys did not close it)."""
    tries = [200]  # 10 s, then the keys run anyway (and fail, and the dialog is closed)

    def run():
        dialog = QApplication.activeModalWidget()
        here = QApplication.focusWidget()
        tries[0] -= 1
        if dialog is None or (tries[0] > 0 and (here is None or not dialog.isAncestorOf(here))):
            QTimer.singleShot(50, run)  # not open yet, or its first field not focused yet
            return
        try:
            keys()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, run)


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path, "room.db")
    yield w
    w.shutdown()


def test_a_whole_session_by_keyboard_alone(window):
    store = window.store
    window.home.communities.setFocus()

    # -- a new community and a new session, through their forms ----------------------------
    def community_form():
        write("Coöperatie Øresund-Noord")
        press(Qt.Key.Key_Tab)
        write("Groningen")
        press(Qt.Key.Key_Return)

    in_dialog(community_form)
    press(Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    community = next(
        c for c in communities.list_communities(store) if c.name == "Coöperatie Øresund-Noord"
    )
    assert community.region == "Groningen"

    def session_form():
        write("Sessie één")  # the proposed title is selected: typing replaces it
        press(Qt.Key.Key_Tab)  # the date stays today
        press(Qt.Key.Key_Tab)
        write("Zaal Ëlla")
        press(Qt.Key.Key_Tab)
        write("Åsa Berg")
        press(Qt.Key.Key_Return)

    in_dialog(session_form)
    press(Qt.Key.Key_N, CTRL)
    page = window.session_page
    assert page is not None and page.current_stage() == "opening"
    sid = page.controller.session_id

    # -- opening: who is here ---------------------------------------------------------------
    opening = page.page_by_key["opening"]
    names = opening.participants.list
    assert focused() is names.entry
    people = [
        ("Zoë Jansen", "Gemeente Groningen", "overheid"),
        ("Łukasz Nowak", "Hanzehogeschool", "onderwijs"),
    ]
    for name, organisation, helix in people:
        tab_to(names.entry)
        write(name)
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Tab)  # the list, on the line just added
        press(Qt.Key.Key_Tab)  # its organisation
        write(organisation)
        press(Qt.Key.Key_Tab)  # its helix
        arrow_to(focused(), helix)
    tab_to(opening.facilitator, back=True)

    # -- 1 vertrekpunt ------------------------------------------------------------------------
    press(Qt.Key.Key_2, ALT)
    vp = page.page_by_key["vertrekpunt"]
    assert vp.navigator.current_key() == "visie-regio"
    lst = vp.current_list
    assert focused() is lst.entry
    write("De visie is er, maar niet gedeeld — ‘één verhaal’ ontbreekt")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab)  # the list
    press(Qt.Key.Key_Tab)  # the new line's status
    arrow_to(focused(), 2)
    tab_to(vp.status)
    arrow_to(vp.status, 3)
    tab_to(vp.note)
    write("Omgevingsvisie 2040")
    tab_to(vp.navigator, back=True)
    while vp.navigator.current_key() != "vraagstukken":
        press(Qt.Key.Key_Down)
    lst = vp.current_list
    tab_to(lst.entry)
    write("Hoe verwaarden we de kringloop?")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    arrow_to(focused(), 1)  # status
    press(Qt.Key.Key_Tab)
    arrow_to(focused(), "complex")  # type
    press(Qt.Key.Key_Tab)
    arrow_to(focused(), 3)  # transition

    # -- 2 focus ------------------------------------------------------------------------------
    press(Qt.Key.Key_3, ALT)
    fp = page.page_by_key["focus"]
    assert focused() is fp.element
    arrow_to(fp.element, "visie-regio")
    tab_to(fp.observations)
    press(Qt.Key.Key_Return)  # the observation becomes a focus point
    tab_to(fp.focus_list.entry)
    write("Eén gedeeld verhaal schrijven")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab)  # the list, on the new point
    press(Qt.Key.Key_Plus, times=3)  # three dot votes
    press(Qt.Key.Key_Tab, CTRL)  # the development path
    assert fp.tabs.currentIndex() == 1
    first_path = next(iter(fp.path_buttons))
    tab_to(fp.path_buttons[first_path])
    press(Qt.Key.Key_Space)
    tab_to(fp.reason)
    write("Omdat de groep het wil")

    # -- 3 vervolg ----------------------------------------------------------------------------
    press(Qt.Key.Key_4, ALT)
    vv = page.page_by_key["vervolg"]
    assert focused() is vv.themes
    press(Qt.Key.Key_Down)
    theme = vv.themes.currentItem().data(Qt.ItemDataRole.UserRole)
    press(Qt.Key.Key_Space)
    tab_to(vv.own_theme)
    write("Kringlooplandbouw")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab, CTRL)
    tab_to(vv.ambition)
    write("Een groene motor voor de regio")
    press(Qt.Key.Key_Tab, CTRL)
    tab_to(vv.steps.entry)
    write("Partijen in kaart brengen")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab, CTRL)
    tab_to(vv.monitoring.entry)
    write("Tussenevaluatie")
    press(Qt.Key.Key_Return)
    tab_to(vv.due)
    write("1-12-2027")
    press(Qt.Key.Key_Return)

    # -- 4 aanpak -----------------------------------------------------------------------------
    press(Qt.Key.Key_5, ALT)
    ap = page.page_by_key["aanpak"]
    ed = ap.editor
    assert focused() is ap.actions.entry
    write("Werkplaats Helpman")
    press(Qt.Key.Key_Return)
    tab_to(ed.description)
    write("Een plek waar studenten en ondernemers samen werken")
    press(Qt.Key.Key_Tab)
    assert ed.owner.isAncestorOf(focused()) or focused() is ed.owner
    write("Hanzehogeschool")
    tab_to(ed.partners)
    press(Qt.Key.Key_Down)
    partner = ed.partners.currentItem().data(Qt.ItemDataRole.UserRole)
    press(Qt.Key.Key_Space)
    tab_to(ed.starts)
    write("01102027")
    tab_to(ed.due)
    write("31-12-27")
    tab_to(ed.indicator)
    write("Tien deelnemers")
    tab_to(ed.status)
    arrow_to(ed.status, "bezig")

    # -- closing ------------------------------------------------------------------------------
    press(Qt.Key.Key_6, ALT)
    cl = page.page_by_key["closing"]
    assert focused() is cl.note
    write("Tot de volgende keer, in Onnen")
    tab_to(cl.no_date)
    press(Qt.Key.Key_Space)  # a date after all
    press(Qt.Key.Key_Backtab)
    assert focused() is cl.next_date
    press(Qt.Key.Key_A, CTRL)
    write("15032027")
    tab_to(cl.close_button)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Space)

    # -- all of it in the database ------------------------------------------------------------
    page.flush()
    info = sessions.get_session(store, sid)
    assert info.is_closed
    assert (info.title, info.held_on, info.location, info.facilitator) == (
        "Sessie één",
        date.today(),
        "Zaal Ëlla",
        "Åsa Berg",
    )
    assert info.community_id == community.id
    assert [
        (p.name, p.organisation, p.helix_role) for p in sessions.list_participants(store, sid)
    ] == people
    obs = {o.element_key: o for o in vertrekpunt.list_observations(store, sid)}
    said = "De visie is er, maar niet gedeeld — ‘één verhaal’ ontbreekt"
    assert obs["visie-regio"].text == said
    assert obs["visie-regio"].status == 2
    q = obs["vraagstukken"]
    assert (q.text, q.status, q.complexity, q.transition) == (
        "Hoe verwaarden we de kringloop?",
        1,
        "complex",
        3,
    )
    element = vertrekpunt.assessments(store, sid)["visie-regio"]
    assert (element.status, element.context_note) == (3, "Omgevingsvisie 2040")
    points = {f.text: f for f in focus.list_focus_points(store, sid)}
    assert points[obs["visie-regio"].text].observation_id == obs["visie-regio"].id
    assert points["Eén gedeeld verhaal schrijven"].votes == 3
    assert info.development_path == first_path
    assert info.development_path_reason == "Omdat de groep het wil"
    themes = vervolg.list_themes(store, sid)
    assert {t.theme_key for t in themes if t.theme_key} == {theme[1]}
    assert [t.label for t in themes if t.theme_key is None] == ["Kringlooplandbouw"]
    assert info.ambition == "Een groene motor voor de regio"
    assert [s.text for s in vervolg.list_steps(store, sid)] == ["Partijen in kaart brengen"]
    assert [(m.text, m.due_on) for m in vervolg.list_monitoring(store, sid)] == [
        ("Tussenevaluatie", date(2027, 12, 1))
    ]
    (action,) = aanpak.list_actions(store, sid)
    assert (action.title, action.description, action.owner, action.status) == (
        "Werkplaats Helpman",
        "Een plek waar studenten en ondernemers samen werken",
        "Hanzehogeschool",
        "bezig",
    )
    assert list(action.partners) == [partner]
    assert (action.starts_on, action.due_on) == (date(2027, 10, 1), date(2027, 12, 31))
    assert action.indicator == "Tien deelnemers"
    assert info.summary_note == "Tot de volgende keer, in Onnen"
    assert info.next_session_on == date(2027, 3, 15)
