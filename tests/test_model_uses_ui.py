"""The model's uses in the window, driven as a facilitator would: the timeline (a line per area,
a click opens that session's model), two sessions compared with names hidden, the actors and the
knowledge gap (edited in the view), the GroenPact matrix, projects on the canvas, confirming
what a follow-up carried over, and placing an action on the model in the aanpak."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.modeldef import current_definition
from app.services import aanpak, communities, followup, knowledge, sessions, vertrekpunt
from app.ui.community.views import CommunityViews
from app.ui.session.controller import SessionController
from tests.accessibility import unnamed_controls

MODEL = current_definition()


@pytest.fixture
def views(qtbot, demo_store):
    v = CommunityViews()
    qtbot.addWidget(v)
    later = sessions.list_sessions(demo_store)[0]
    v.set_community(demo_store, later.community_id)
    yield v
    for w in list(v.windows):
        w.close()


def _shown(qtbot, window):
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert unnamed_controls(window) == []
    return window


def test_the_timeline_draws_each_area_and_a_point_opens_its_session(qtbot, store):
    c = communities.create_community(store, "Noord")
    ids, previous = [], None
    for i, status in enumerate([1, 2, 2, 3, 4]):
        s = followup.start_session(
            store, c.id, f"S{i}", date(2024, 1 + i, 1), continues_from_id=previous
        )
        vertrekpunt.set_assessment(store, s.id, "visie-regio", status=status)
        if i == 2:
            vertrekpunt.set_assessment(store, s.id, "monitoring", status=2)
        ids.append(previous := s.id)
    v = CommunityViews()
    qtbot.addWidget(v)
    v.set_community(store, c.id)
    timeline = _shown(qtbot, v.open("timeline"))
    assert "pyqtgraph" in sys.modules  # imported by the view, not before
    assert timeline.point_count("visie-regio") == 5
    assert timeline.point_count("monitoring") == 3  # set in the third, carried to 4 and 5
    assert timeline.point_count("samenstelling") == 0
    # colour is never the only difference between two lines
    styles = [timeline.items[k].opts for k in ("visie-regio", "vraagstukken")]
    assert styles[0]["symbol"] != styles[1]["symbol"]
    # a click on a point of the third session opens its model, read-only
    item = timeline.items["visie-regio"]
    point = item.scatter.points()[2]
    item.scatter.sigClicked.emit(item.scatter, [point], None)
    opened = v.windows[-1]
    assert opened.session_id == ids[2]
    assert opened.canvas.figure_layout().element("visie-regio").level == 2
    # the keyboard way: a session in the list, Enter
    timeline.sessions.setCurrentRow(0)
    timeline.sessions.itemActivated.emit(timeline.sessions.currentItem())
    assert v.windows[-1].session_id == ids[-1]
    # the legend hides a line
    timeline.legend.set_checked("visie-regio", False)
    assert not item.isVisible()


def test_two_sessions_side_by_side_and_names_hidden(qtbot, views, demo_store):
    compare = _shown(qtbot, views.open("compare"))
    later, first = sessions.list_sessions(demo_store)
    assert (compare.left.currentData(), compare.right.currentData()) == (first.id, later.id)
    diffs = dict(compare.differences())
    assert diffs["monitoring"] == "↑  up" and diffs["visie-regio"] == "→  same"
    assert diffs["arbeidsmarkt"] == "–  not comparable"
    assert [c.figure_layout().element("monitoring").level for c in compare.canvases] == [1, 2]
    other = communities.create_community(demo_store, "Coöperatie Zuidhorn")
    s = sessions.create_session(demo_store, other.id, "Start", date(2020, 1, 1))
    vertrekpunt.set_assessment(demo_store, s.id, "monitoring", status=1)
    compare2 = _shown(qtbot, views.open("compare"))
    compare2.right.setCurrentIndex(compare2.right.findData(s.id))
    compare2.show_pair()
    assert dict(compare2.differences())["monitoring"] == "→  same"
    QTest.mouseClick(compare2.hide_names, Qt.MouseButton.LeftButton)
    texts = [compare2.left.itemText(i) for i in range(compare2.left.count())]
    assert not any("Westerkwartier" in t or "Zuidhorn" in t for t in texts)
    assert compare2.right.currentText().startswith("Community B")


def test_the_actors_view_shows_ties_and_the_gap_and_edits_them(qtbot, views, demo_store):
    view = _shown(qtbot, views.open("actors"))
    [gap] = view.gap_texts()
    assert "biobased bouwmaterialen?" in gap and gap.endswith("needed: biobased bouwmaterialen")
    rows = {
        view.table.item(r, 0).text().split("\n")[0]: view.table.item(r, 2).text()
        for r in range(view.table.rowCount())
    }
    assert "Project: Leerlab korte ketens" in rows["Gebiedscoöperatie Westerkwartier"]
    # a question that needs knowledge nobody has, typed in the view
    row = next(
        i
        for i in range(view.questions.count())
        if view.questions.item(i).text().startswith("Groot deel")
    )
    view.questions.setCurrentRow(row)
    qid = view.questions.currentItem().data(Qt.ItemDataRole.UserRole)
    view.needed.setFocus()
    view.needed.selectAll()
    qtbot.keyClicks(view.needed, "drones, landbouw")
    QTest.keyClick(view.needed, Qt.Key.Key_Return)
    later = sessions.list_sessions(demo_store)[0].id
    saved = next(o for o in vertrekpunt.list_observations(demo_store, later) if o.id == qid)
    assert saved.needed_knowledge == "drones, landbouw"
    assert any("needed: drones" in t for t in view.gap_texts())
    # and an actor tied to it by ticking
    community = sessions.get_session(demo_store, later).community_id
    lector = next(
        a
        for a in communities.list_actors(demo_store, community)
        if a.organisation == "Hanzehogeschool Groningen"
    )
    view.tied.set_checked(lector.id, True)
    again = next(o for o in vertrekpunt.list_observations(demo_store, later) if o.id == qid)
    assert lector.id in again.actor_ids


def test_a_closed_session_is_shown_but_not_edited(qtbot, views, demo_store):
    later = sessions.list_sessions(demo_store)[0].id
    sessions.close_session(demo_store, later)
    view = _shown(qtbot, views.open("actors"))
    assert view.needed.isReadOnly() and view.hint.isVisible()


def test_the_groenpact_matrix_marks_each_initiatives_lines(qtbot, views):
    view = _shown(qtbot, views.open("groenpact"))
    assert view.marked() == {
        "Relevante innovatieprojecten binnen de Groene Motor": [],
        "Leerlab korte ketens": ["innovatie", "leven-lang-leren"],
        "Reflectie en monitoring in de werkplaats": ["leven-lang-leren"],
        "LLO-arrangement voor ondernemers": ["arbeidsmarkt", "cross-overs", "leven-lang-leren"],
    }
    assert "Internationaal" in view.untouched.text() and "Imago" in view.untouched.text()


def test_projects_on_the_canvas_with_their_legend(qtbot, views, demo_store):
    later = sessions.list_sessions(demo_store)[0].id
    window = _shown(qtbot, views.open_session(later))
    assert window.canvas.overlay() is None
    QTest.mouseClick(window.projects.button, Qt.MouseButton.LeftButton)
    overlay = window.canvas.overlay()
    chips = {c.element_key: c.numbers for c in overlay.chips}
    assert chips["vraagstukken"] == (1,) and chips["monitoring"] == (2,)
    assert {n for c in overlay.chips_of("competenties") for n in c.numbers} == {1, 3}
    assert "LLO-arrangement voor ondernemers" in window.projects.legend.text()
    assert "Visie regio" in window.projects.legend.text()  # where nothing happens yet
    chip = overlay.chips_of("monitoring")[0].circle
    item = window.canvas._overlay_item
    assert "Reflectie en monitoring" in item.tooltip_at(chip.cx, chip.cy)
    assert window.canvas.viewportMargins().bottom() > 0  # the legend has its own room
    QTest.mouseClick(window.projects.button, Qt.MouseButton.LeftButton)
    assert window.canvas.overlay() is None and not window.projects.legend.isVisible()


def test_the_follow_up_says_what_is_carried_and_confirms_it(qtbot, demo_store):
    from app.ui.stages.vertrekpunt import VertrekpuntPage

    later = sessions.list_sessions(demo_store)[0].id
    page = VertrekpuntPage(SessionController(demo_store, later), MODEL)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.reload()
    page.show()
    page.show_element("visie-regio")
    assert page.carried.isVisible() and "9 observation" in page.carried.text.text()
    QTest.mouseClick(page.carried.confirm, Qt.MouseButton.LeftButton)
    assert not vertrekpunt.assessments(demo_store, later)["visie-regio"].carried
    assert not any(
        o.carried for o in vertrekpunt.list_observations(demo_store, later, "visie-regio")
    )
    assert not page.carried.isVisible()
    page.show_element("monitoring")  # revised in the demo: nothing carried
    assert not page.carried.isVisible()


def test_an_action_is_placed_on_the_model_and_tagged_in_the_aanpak(qtbot, demo_store):
    from app.ui.stages.aanpak import AanpakPage

    later = sessions.list_sessions(demo_store)[0].id
    page = AanpakPage(SessionController(demo_store, later), MODEL)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    action = aanpak.list_actions(demo_store, later)[1]
    page.actions.select_id(action.id)
    placement = page.placement
    placement.elements.set_checked("samenstelling", True)
    placement.groenpact.set_checked("imago", True)
    placement.complexity.setCurrentIndex(placement.complexity.findData("complex"))
    placement.complexity.activated.emit(placement.complexity.currentIndex())
    placement.frames.set_checked("ris3-2014:energie", True)
    saved = aanpak.get_action(demo_store, action.id)
    assert "samenstelling" in saved.element_keys and "monitoring" in saved.element_keys
    assert saved.groenpact == ("leven-lang-leren", "imago")
    assert saved.complexity == "complex" and saved.frame_items == ("ris3-2014:energie",)
    assert (
        knowledge.actors_overview(
            demo_store, sessions.get_session(demo_store, later).community_id
        ).session_id
        == later
    )
    assert unnamed_controls(page.placement) == []


def test_the_home_page_opens_the_views_for_the_selected_community(qtbot, demo_store):
    from app.ui.shell.home_page import HomePage

    home = HomePage()
    qtbot.addWidget(home)
    home.set_store(demo_store)
    home.show()
    buttons = home.uses.buttons
    assert all(b.isEnabled() and b.accessibleName() for b in buttons.values())
    QTest.mouseClick(buttons["groenpact"], Qt.MouseButton.LeftButton)
    assert type(home.uses.windows[-1]).__name__ == "GroenpactView"
    for w in list(home.uses.windows):
        w.close()


def test_points_sit_at_the_session_dates_and_equal_statuses_stay_apart(qtbot, views):
    timeline = _shown(qtbot, views.open("timeline"))
    x, y = timeline.items["monitoring"].getData()
    assert list(x) == [1552521600.0, 1570665600.0]  # 14-3 and 10-10-2019, midnight UTC
    assert [round(v) for v in y] == [1, 2]
    # the regional vision and the education vision are 3 in both: drawn apart, not on top
    _x, regio = timeline.items["visie-regio"].getData()
    _x, onderwijs = timeline.items["visie-onderwijs"].getData()
    assert regio[0] != onderwijs[0] and abs(regio[0] - onderwijs[0]) < 0.25


def test_the_views_draw_the_model_in_the_projector_palette_when_asked(qtbot, views, demo_store):
    views.set_high_contrast(True)
    compare = _shown(qtbot, views.open("compare"))
    assert all(c.high_contrast() for c in compare.canvases)
    window = _shown(qtbot, views.open_session(sessions.list_sessions(demo_store)[0].id))
    assert window.canvas.high_contrast()
