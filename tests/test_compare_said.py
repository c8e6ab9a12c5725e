"""Compare shows what was said (issue 17): per element the observations of A and B side by
side, marked same, changed, new or gone; carried rows make the pairing exact, across a session
in between too; on screen and in the report."""

from __future__ import annotations

from datetime import date

from app.services import communities, compare, followup, vertrekpunt


def _two_moments(store):
    c = communities.create_community(store, "Noord")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    for text in ("Geen kwaliteitsborging", "Eerste afspraken in de werkplaats", "Geen budget"):
        vertrekpunt.add_observation(store, s1.id, "monitoring", text)
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    s3 = followup.start_session(
        store, c.id, "Voorjaar 2026", date(2026, 4, 8), continues_from_id=s2.id
    )
    rows = {o.text: o for o in vertrekpunt.list_observations(store, s3.id)}
    vertrekpunt.update_observation(
        store,
        rows["Geen kwaliteitsborging"].id,
        text="Kwaliteitsborging in de werkplaats, nog niet breder",
    )
    vertrekpunt.delete_observation(store, rows["Geen budget"].id)
    vertrekpunt.add_observation(store, s3.id, "monitoring", "Een monitor per kwartaal")
    return s1.id, s3.id


def test_observations_side_by_side_same_changed_new_gone(store):
    a, b = _two_moments(store)
    e = next(x for x in compare.compare_sessions(store, a, b).elements if x.key == "monitoring")
    assert [(p.mark, p.text_a, p.text_b) for p in e.said] == [
        (
            "changed",
            "Geen kwaliteitsborging",
            "Kwaliteitsborging in de werkplaats, nog niet breder",
        ),
        ("same", "Eerste afspraken in de werkplaats", "Eerste afspraken in de werkplaats"),
        ("gone", "Geen budget", None),
        ("new", None, "Een monitor per kwartaal"),
    ]


def test_the_compare_view_shows_what_was_said_for_the_chosen_element(qtbot, store):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.services import sessions
    from app.ui.community.compare import CompareView

    a, b = _two_moments(store)
    view = CompareView(store, sessions.get_session(store, a).community_id)
    qtbot.addWidget(view)
    view.left.setCurrentIndex(view.left.findData(a))
    view.right.setCurrentIndex(view.right.findData(b))
    view.show_pair()
    view.show()
    qtbot.waitExposed(view)
    row = [e.key for e in view.result.elements].index("monitoring")
    view.table.setFocus()
    view.table.setCurrentCell(max(0, row - 1), 0)
    QTest.keyClick(view.table, Qt.Key.Key_Down)  # onto Monitoring from the keyboard
    got = [[view.said.item(r, c).text() for c in range(3)] for r in range(view.said.rowCount())]
    assert got == [
        [
            "Geen kwaliteitsborging",
            "Kwaliteitsborging in de werkplaats, nog niet breder",
            "≠ changed",
        ],
        ["Eerste afspraken in de werkplaats", "Eerste afspraken in de werkplaats", "= same"],
        ["Geen budget", "–", "− gone in B"],
        ["–", "Een monitor per kwartaal", "+ new in B"],
    ]
    view.close()


def test_the_reports_comparison_shows_what_was_said(store):
    from app.reports.builder import render
    from app.services.report_data import report_data
    from tests.report_tools import pdf_text

    a, b = _two_moments(store)
    text = pdf_text(render(report_data(store, b, compare_with=a), "nl", False))
    part = text[text.index("Wat er gezegd werd") :]
    assert "(1 observaties gelijk gebleven)" in part
    assert "Geen kwaliteitsborging" in part and "nog niet breder" in part and "gewijzigd" in part
    assert "Geen budget" in part and "weg in B" in part
    assert "Een monitor per kwartaal" in part and "nieuw in B" in part
