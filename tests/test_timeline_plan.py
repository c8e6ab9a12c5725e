"""The plan over time in the timeline view (issue 17): the development path per session with its
regional questions by type and place on the renewal ↔ transition band, and the trend of every
"On track?" indicator, through the services and in the window (Enter opens a session)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import communities, focus, followup, plan_carry, vertrekpunt, vervolg
from app.services.timeline_plan import band_questions, indicator_trends, path_over_time
from app.ui.community.timeline import TimelineView


def _three(store):
    c = communities.create_community(store, "Coöperatie Oost")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    vertrekpunt.add_observation(
        store, s1.id, "vraagstukken", "Stage plekken", complexity="enkelvoudig", transition=0
    )
    vertrekpunt.add_observation(
        store, s1.id, "vraagstukken", "Warmtenet", complexity="gecompliceerd", transition=1
    )
    vertrekpunt.add_observation(store, s1.id, "visie-regio", "Geen vraag")  # not a question
    focus.set_development_path(store, s1.id, "enkelvoudig-uitbouwen")
    meter = vervolg.add_monitoring(store, s1.id, "Aantal bedrijven dat meedoet")
    vervolg.add_monitoring(store, s1.id, "Evaluatie in juni", kind="review")  # not an indicator
    plan_carry.set_standing(store, meter.id, None, "8 bedrijven")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    vertrekpunt.add_observation(
        store, s2.id, "vraagstukken", "Circulaire bouw", complexity="complex", transition=3
    )
    [m2] = [x for x in vervolg.list_monitoring(store, s2.id) if x.kind == "indicator"]
    plan_carry.set_standing(store, m2.id, "aandacht", "12 bedrijven")
    s3 = followup.start_session(
        store, c.id, "Voorjaar 2026", date(2026, 4, 8), continues_from_id=s2.id
    )
    plan_carry.confirm_part(store, s3.id, "path")
    [m3] = [x for x in vervolg.list_monitoring(store, s3.id) if x.kind == "indicator"]
    plan_carry.set_standing(store, m3.id, "op-koers", "25 bedrijven")
    return c, (s1, s2, s3)


def test_the_path_and_its_questions_per_session(store):
    c, (s1, s2, s3) = _three(store)
    steps = path_over_time(store, c.id)
    assert [s.session_id for s in steps] == [s1.id, s2.id, s3.id]
    assert [(s.path, s.path_state) for s in steps] == [
        ("enkelvoudig-uitbouwen", ""),
        ("enkelvoudig-uitbouwen", "carried"),
        ("enkelvoudig-uitbouwen", "confirmed"),
    ]
    assert [(q.text, q.complexity, q.transition) for q in steps[0].questions] == [
        ("Stage plekken", "enkelvoudig", 0),
        ("Warmtenet", "gecompliceerd", 1),
    ]
    # the carried questions and the new one
    assert sorted(q.transition for q in steps[1].questions) == [0, 1, 3]
    assert band_questions(store, s2.id) == steps[1].questions


def test_the_indicator_trend_over_the_sessions(store):
    c, (s1, s2, s3) = _three(store)
    [trend] = indicator_trends(store, c.id)
    assert trend.text == "Aantal bedrijven dat meedoet"
    assert [(st.session_id, st.verdict, st.standing) for st in trend.steps] == [
        (s1.id, None, "8 bedrijven"),
        (s2.id, "aandacht", "12 bedrijven"),
        (s3.id, "op-koers", "25 bedrijven"),
    ]


def test_the_timeline_view_shows_the_path_and_the_trend(qtbot, store):
    c, (_s1, s2, s3) = _three(store)
    opened = []
    view = TimelineView(store, c.id, open_session=opened.append)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Statuses", "Development path", "Indicators"]
    path = view.path_table
    assert path.rowCount() == 3
    assert "Klein en eenvoudig beginnen" in path.item(1, path.PATH).text()
    assert "carried, not confirmed" in path.item(1, path.PATH).text()
    assert "confirmed" in path.item(2, path.PATH).text()
    assert path.item(0, path.MIX).text() == "1 enkelvoudig\n1 gecompliceerd"
    assert path.item(1, path.MIX).text() == "1 enkelvoudig\n1 gecompliceerd\n1 complex"
    assert path.item(0, path.PLACE).text() == "on average 1.5 of 5"
    assert path.item(1, path.PLACE).text() == "on average 2.3 of 5 ↗ towards transition"
    assert path.item(2, path.PLACE).text() == "on average 2.3 of 5 → unchanged"
    assert not path.item(1, path.BAND).icon().isNull()
    assert "Circulaire bouw (triangle: complex; 4)" in path.item(1, path.BAND).toolTip()
    ind = view.indicator_table
    assert (ind.rowCount(), ind.columnCount()) == (1, 4)
    assert [ind.cell_text(0, i) for i in range(3)] == [
        "\u2013 not asked yet\n8 bedrijven",
        "! needs attention\n12 bedrijven",
        "✓ on track\n25 bedrijven",
    ]
    # by keyboard: Ctrl+Tab to the path, a row, Enter opens that session's model
    view.tabs.setFocus()
    QTest.keyClick(view.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is path
    # the chart's legend and session list step aside: the table has the width, its headings whole
    assert not view.legend.isVisible() and not view.sessions.isVisible()
    header = path.horizontalHeader()
    title = path.horizontalHeaderItem(path.BAND).text()
    assert header.sectionSize(path.BAND) >= header.fontMetrics().horizontalAdvance(title)
    path.setFocus()
    path.setCurrentCell(1, 0)
    QTest.keyClick(path, Qt.Key.Key_Return)
    QTest.keyClick(view.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    ind.setFocus()
    ind.setCurrentCell(0, 3)
    QTest.keyClick(ind, Qt.Key.Key_Enter)
    assert opened == [s2.id, s3.id]
    view.tabs.setCurrentIndex(0)
    assert view.legend.isVisible() and view.sessions.isVisible()
