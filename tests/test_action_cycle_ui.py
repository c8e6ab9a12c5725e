"""The action's life on screen (issue 17): the third session's opening reviews an action carried
on from the first through the second, shows its history under its title, and marking it done
from the keyboard makes it this session's, done, with its history in the aanpak's editor."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.modeldef import current_definition
from app.services import aanpak, communities, followup
from app.ui.common.settings import Settings
from app.ui.session.controller import SessionController
from app.ui.shell.session_page import SessionPage
from app.ui.stages.aanpak import AanpakPage
from tests.cycle_tools import continued_action


@pytest.fixture
def third(store):
    c = communities.create_community(store, "Coöperatie Noord")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    leer = aanpak.add_action(store, s1.id, "Leermonitor", owner="Hanze", status="bezig")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    aanpak.review_action(store, s2.id, leer.id, "doorgezet")
    s3 = followup.start_session(
        store, c.id, "Voorjaar 2026", date(2026, 4, 8), continues_from_id=s2.id
    )
    return s3.id


def test_the_opening_shows_the_history_and_done_moves_the_action(qtbot, store, third, tmp_path):
    page = SessionPage(store, third, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    page.go_to("opening")
    reviews = page.page_by_key["opening"].continuation.reviews
    [rid] = reviews._ids
    assert "since 10-04-2025 (Voorjaar): in progress → continued" in reviews.action_text(rid)

    reviews.table.setFocus()
    reviews.table.selectRow(0)
    QTest.keyClick(reviews.table, Qt.Key.Key_1)  # done
    [here] = aanpak.list_actions(store, third)
    assert (here.title, here.status) == ("Leermonitor", "gereed")

    aanpak_page = AanpakPage(SessionController(store, third), current_definition())
    qtbot.addWidget(aanpak_page)
    aanpak_page.reload()
    aanpak_page.show()
    editor = aanpak_page.editor
    assert editor.action_id == here.id
    assert editor.history.isVisibleTo(aanpak_page)
    assert editor.history.text() == ("since 10-04-2025 (Voorjaar): in progress → continued → done")
    # editable there: the status of the carried-on action changes like any other
    editor.status.setFocus()
    QTest.keyClick(editor.status, Qt.Key.Key_Up)
    assert aanpak.list_actions(store, third)[0].status == "bezig"


def test_the_editor_shows_the_trace_to_the_observation(qtbot, store):
    _s1, s2, _obs, _a1, _a2 = continued_action(store, "Coöperatie Zuid")
    p = AanpakPage(SessionController(store, s2.id), current_definition())
    qtbot.addWidget(p)
    p.reload()
    p.show()
    text = p.editor.trace.text()
    assert "→ focus point: Monitoring opzetten" in text
    assert "← from the observation “Geen kwaliteitsborging”  [Voorjaar]" in text
    assert "→ theme: " in text and " · works on " in text


def test_an_observation_names_the_actions_serving_it(qtbot, store):
    from app.ui.stages.vertrekpunt import VertrekpuntPage

    _s1, s2, _obs, _a1, _a2 = continued_action(store)
    page = VertrekpuntPage(SessionController(store, s2.id), current_definition())
    qtbot.addWidget(page)
    page.reload()
    page.show()
    page.show_element("monitoring")
    lst = page._list(False)
    tips = [lst.table.item(r, lst.text_column).toolTip() for r in range(lst.table.rowCount())]
    assert any(
        "served by: Leermonitor (in progress, Najaar) through “Monitoring opzetten”" in tip
        for tip in tips
    )
