"""The plan carried on screen (issue 17): a follow-up's vervolg says which parts came from the
session before; "Confirm unchanged" confirms a part, an edit changes it; the selected indicator
is asked about (verdict, value) and shows how it stood before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.modeldef import current_definition
from app.services import communities, followup, plan_carry, sessions, vervolg
from app.ui.session.controller import SessionController
from app.ui.stages.vervolg import VervolgPage
from tests.uitools import type_text


@pytest.fixture
def page(qtbot, store):
    c = communities.create_community(store, "Coöperatie Noord")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    sessions.update_session(store, s1.id, ambition="Een groene motor")
    vervolg.add_theme(store, s1.id, "voedselketens")
    vervolg.add_step(store, s1.id, "Icoonprojecten opstarten")
    ind = vervolg.add_monitoring(store, s1.id, "Aantal deelnemende bedrijven")
    plan_carry.set_standing(store, ind.id, "aandacht", "12 bedrijven")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    p = VervolgPage(SessionController(store, s2.id), current_definition())
    qtbot.addWidget(p)
    p.resize(1000, 760)
    p.reload()
    p.show()
    qtbot.waitExposed(p)
    return p


def test_carried_parts_are_confirmed_or_changed_and_indicators_asked(page, qtbot):
    themes, ambition, _steps, monitoring = page.carried_notes
    page.tabs.setCurrentIndex(0)
    assert themes.isVisibleTo(page) and "the themes" in themes.text.text()
    QTest.mouseClick(themes.confirm, Qt.MouseButton.LeftButton)
    assert plan_carry.plan_states(page.store, page.session_id)["themes"] == "confirmed"
    assert not themes.isVisibleTo(page)

    page.tabs.setCurrentIndex(1)
    page.ambition.setFocus()
    page.ambition.moveCursor(page.ambition.textCursor().MoveOperation.End)
    type_text(page.ambition, " voor de hele regio")
    page.controller.flush()
    assert plan_carry.plan_states(page.store, page.session_id)["ambition"] == "changed"
    assert not ambition.isVisibleTo(page)

    page.tabs.setCurrentIndex(3)
    assert monitoring.isVisibleTo(page)
    page.monitoring.select_id(vervolg.list_monitoring(page.store, page.session_id)[0].id)
    standing = page.standing
    assert "12 bedrijven" in standing.trend.text() and standing.trend.isVisibleTo(page)
    standing.verdict.setFocus()
    QTest.keyClick(standing.verdict, Qt.Key.Key_Down)  # on track
    type_text(standing.standing, "25 bedrijven")
    page.controller.flush()
    [item] = vervolg.list_monitoring(page.store, page.session_id)
    assert (item.verdict, item.standing) == ("op-koers", "25 bedrijven")
    # answering where we stand is not a change of the plan
    assert plan_carry.plan_states(page.store, page.session_id)["monitoring"] == "carried"


def test_a_theme_is_tied_to_model_elements_from_the_keyboard(page):
    page.tabs.setCurrentIndex(0)
    box = page.theme_elements
    assert box.isVisibleTo(page)
    row = next(
        i
        for i in range(box.elements.count())
        if box.elements.item(i).text().startswith("Monitoring")
    )
    box.elements.setFocus()
    box.elements.setCurrentRow(row)
    QTest.keyClick(box.elements, Qt.Key.Key_Space)
    [theme] = vervolg.list_themes(page.store, page.session_id)
    assert theme.element_keys == ("monitoring",)
    # changing the carried themes so is a change of the part
    assert plan_carry.plan_states(page.store, page.session_id)["themes"] == "changed"
