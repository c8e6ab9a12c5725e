"""Visies vergelijken en verbinden (issue 17): the group connects an observation of one community
with one of another ("verbonden met …"); the pair then stands on one row, marked connected, when
either community is compared with the other — after a follow-up too — on screen and in the
report. Within one community connecting is refused in words, with nothing changed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import communities, compare, followup, sessions, vertrekpunt
from app.services.errors import ServiceError
from app.services.exchange_export import export_community
from app.services.exchange_import import import_file
from app.services.observation_links import link_observations, unlink_observations
from app.vocabulary.refusals import Refusal


def _two_communities(store):
    noord = communities.create_community(store, "Noord")
    zuid = communities.create_community(store, "Zuid")
    a = followup.start_session(store, noord.id, "Voorjaar Noord", date(2025, 4, 10))
    b = followup.start_session(store, zuid.id, "Voorjaar Zuid", date(2025, 4, 17))
    oa = vertrekpunt.add_observation(store, a.id, "visie-regio", "Voedsel uit de regio")
    vertrekpunt.add_observation(store, a.id, "visie-regio", "Samen met de provincie")
    ob = vertrekpunt.add_observation(store, b.id, "visie-regio", "Korte ketens als opgave")
    return noord, zuid, a, b, oa, ob


def _said(store, a_id, b_id, key="visie-regio"):
    e = next(x for x in compare.compare_sessions(store, a_id, b_id).elements if x.key == key)
    return [(p.mark, p.text_a, p.text_b) for p in e.said]


def test_connected_observations_stand_together_in_both_comparisons(store):
    noord, _zuid, a, b, oa, ob = _two_communities(store)
    assert ("new", None, "Korte ketens als opgave") in _said(store, a.id, b.id)
    link_observations(store, oa.id, ob.id)
    link_observations(store, oa.id, ob.id)  # a replay changes nothing
    assert _said(store, a.id, b.id) == [
        ("linked", "Voedsel uit de regio", "Korte ketens als opgave"),
        ("gone", "Samen met de provincie", None),
    ]
    # seen from the other community too
    assert ("linked", "Korte ketens als opgave", "Voedsel uit de regio") in _said(store, b.id, a.id)
    # carried on to Noord's follow-up, still connected with Zuid's observation
    a2 = followup.start_session(
        store, noord.id, "Najaar Noord", date(2025, 10, 2), continues_from_id=a.id
    )
    assert ("linked", "Voedsel uit de regio", "Korte ketens als opgave") in _said(
        store, a2.id, b.id
    )
    # taken away from the follow-up's copy: apart again there
    [copy] = [
        o
        for o in vertrekpunt.list_observations(store, a2.id, "visie-regio")
        if o.text == "Voedsel uit de regio"
    ]
    unlink_observations(store, copy.id, ob.id)
    assert ("gone", "Voedsel uit de regio", None) in _said(store, a2.id, b.id)
    assert ("linked", "Voedsel uit de regio", "Korte ketens als opgave") in _said(store, a.id, b.id)


def test_connecting_within_one_community_is_refused_with_nothing_changed(store):
    noord, _zuid, a, _b, oa, _ob = _two_communities(store)
    a2 = followup.start_session(
        store, noord.id, "Najaar Noord", date(2025, 10, 2), continues_from_id=a.id
    )
    other = vertrekpunt.add_observation(store, a2.id, "visie-regio", "Nieuw")
    with pytest.raises(ServiceError) as err:
        link_observations(store, oa.id, other.id)
    assert err.value.code == Refusal.LINK_SAME_COMMUNITY
    assert "Nothing was changed" in str(err.value)
    assert vertrekpunt.list_observations(store, a.id)[0].linked_uuid is None


def test_a_connection_travels_in_an_exchange_file_and_a_copy(store, tmp_path):
    noord, _zuid, _a, b, oa, ob = _two_communities(store)
    link_observations(store, oa.id, ob.id)
    out = tmp_path / "noord.intervisie"
    export_community(store, noord.id, out)
    import_file(store, out, on_existing="copy")
    [copy] = [
        c
        for c in communities.list_communities(store)
        if c.name.startswith("Noord") and c.id != noord.id
    ]
    [s] = sessions.list_sessions(store, copy.id)
    assert ("linked", "Voedsel uit de regio", "Korte ketens als opgave") in _said(store, s.id, b.id)


def test_the_reports_comparison_names_the_connection(store):
    from app.reports.builder import render
    from app.services.report_data import report_data
    from tests.report_tools import pdf_text

    _noord, _zuid, a, b, oa, ob = _two_communities(store)
    link_observations(store, oa.id, ob.id)
    data = report_data(store, b.id, compare_with=a.id)
    pairs = [p for e in data.uses.comparison.elements for p in e.said]
    assert any(p.mark == "linked" and p.text_b == "Korte ketens als opgave" for p in pairs)
    text = pdf_text(render(data, "nl", False))
    part = text[text.index("Wat er gezegd werd") :]
    assert "Korte ketens als opgave" in part and "verbonden" in part


def test_the_compare_view_connects_by_keyboard(qtbot, store):
    from app.ui.community.compare import CompareView

    _noord, _zuid, a, b, _oa, _ob = _two_communities(store)
    view = CompareView(store, sessions.get_session(store, a.id).community_id)
    qtbot.addWidget(view)
    view.left.setCurrentIndex(view.left.findData(a.id))
    view.right.setCurrentIndex(view.right.findData(b.id))
    view.show_pair()
    view.show()
    qtbot.waitExposed(view)
    assert view.links.isVisible()  # two communities
    row = [e.key for e in view.result.elements].index("visie-regio")
    view.table.setFocus()
    view.table.setCurrentCell(row + 1 if row == 0 else row - 1, 0)
    QTest.keyClick(view.table, Qt.Key.Key_Up if row == 0 else Qt.Key.Key_Down)
    assert view.result.elements[view.table.currentRow()].key == "visie-regio"
    view.said.setFocus()
    view.said.setCurrentCell(1, 0)
    QTest.keyClick(view.said, Qt.Key.Key_Up)  # the first row: A's "Voedsel uit de regio"
    assert view.said.item(view.said.currentRow(), 0).text() == "Voedsel uit de regio"
    assert view.links.connect_button.isEnabled()
    assert view.links.others.currentText() == "Korte ketens als opgave"
    view.links.connect_button.setFocus()
    QTest.keyClick(view.links.connect_button, Qt.Key.Key_Space)
    got = [[view.said.item(r, c).text() for c in range(3)] for r in range(view.said.rowCount())]
    assert got[0] == ["Voedsel uit de regio", "Korte ketens als opgave", "⇄ connected"]
    assert view.links.disconnect_button.isEnabled()
    view.links.disconnect_button.setFocus()
    QTest.keyClick(view.links.disconnect_button, Qt.Key.Key_Space)
    marks = [view.said.item(r, 2).text() for r in range(view.said.rowCount())]
    assert "⇄ connected" not in marks
    view.close()


def test_within_one_community_the_view_offers_no_connecting(qtbot, store):
    from app.ui.community.compare import CompareView

    noord, _zuid, a, _b, _oa, _ob = _two_communities(store)
    a2 = followup.start_session(
        store, noord.id, "Najaar Noord", date(2025, 10, 2), continues_from_id=a.id
    )
    view = CompareView(store, noord.id)
    qtbot.addWidget(view)
    view.left.setCurrentIndex(view.left.findData(a.id))
    view.right.setCurrentIndex(view.right.findData(a2.id))
    view.show_pair()
    view.show()
    qtbot.waitExposed(view)
    assert not view.links.isVisible()
    view.close()


def test_the_compare_view_between_communities_fits_a_1024_screen(qtbot, store):
    """Long session names and observations (the combos) and the connecting row used to make the
    window at least 1136 px wide, and choosing a pair made it taller than the screen: on a
    1024×768 projector its right side and its bottom were cut off."""
    from app.ui.community.compare import CompareView
    from tests.uitools import app_type

    with app_type():
        _fits_1024(qtbot, store, CompareView)


def _fits_1024(qtbot, store, CompareView):
    _noord, _zuid, a, b, _oa, _ob = _two_communities(store)
    long_name = "Voorjaarsbijeenkomst van de gebiedscoöperatie met alle partners uit de regio"
    sessions.update_session(store, a.id, title=long_name)
    vertrekpunt.add_observation(store, b.id, "visie-regio", "Korte ketens " * 20)
    view = CompareView(store, sessions.get_session(store, a.id).community_id)
    qtbot.addWidget(view)
    view.left.setCurrentIndex(view.left.findData(a.id))
    view.right.setCurrentIndex(view.right.findData(b.id))
    view.show_pair()
    view.resize(1024, 740)
    view.show()
    qtbot.waitExposed(view)
    row = [e.key for e in view.result.elements].index("visie-regio")
    view.table.setCurrentCell(row, 0)
    assert view.links.isVisible()
    assert view.minimumSizeHint().width() <= 1024
    assert view.width() <= 1024
    # choosing a pair used to keep the old canvases in the layout until deleted: stacked above
    # the new ones they grew the window far below a 768-pixel screen
    assert view.height() <= 740
    for widget in (view.hide_names, view.right, view.links.disconnect_button):
        right_edge = widget.mapTo(view, widget.rect().topRight()).x()
        assert right_edge < view.width(), widget.accessibleName()
    view.close()
