"""An action lives until it is done, also when a follow-up skips it (issue 17): the next
follow-up offers it again; and clearing a verdict keeps what the group worked on in the new
session."""

from __future__ import annotations

from datetime import date

from app.services import aanpak, communities, focus, followup


def _skipped(store):
    c = communities.create_community(store, "Coöperatie Zuid")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    leer = aanpak.add_action(store, s1.id, "Leermonitor", status="bezig")
    excursie = aanpak.add_action(store, s1.id, "Excursie", status="bezig")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    aanpak.review_action(store, s2.id, excursie.id, "doorgezet")  # Leermonitor is skipped
    s3 = followup.start_session(
        store, c.id, "Voorjaar 2026", date(2026, 4, 8), continues_from_id=s2.id
    )
    return c, s1, s2, s3, leer, excursie


def test_an_action_skipped_in_one_follow_up_is_offered_in_the_next(store):
    c, _s1, s2, s3, leer, _excursie = _skipped(store)
    [excursie2] = aanpak.list_actions(store, s2.id)
    listed = [(r.action_id, r.action_title) for r in aanpak.reviews(store, s3.id)]
    # the continued one (its row in the session before) first, then the one skipped there
    assert listed == [(excursie2.id, "Excursie"), (leer.id, "Leermonitor")]
    aanpak.review_action(store, s3.id, leer.id, "gereed")
    [here] = [a for a in aanpak.list_actions(store, s3.id) if a.title == "Leermonitor"]
    assert here.status == "gereed" and here.continued_from_uuid == leer.uuid
    assert [(st.session_title, st.word) for st in aanpak.action_history_of(store, here.id)] == [
        ("Voorjaar", "bezig"),
        ("Voorjaar 2026", "gereed"),
    ]
    s4 = followup.start_session(
        store, c.id, "Najaar 2026", date(2026, 10, 1), continues_from_id=s3.id
    )
    # done now: no longer offered; the Excursie skipped in the third is still offered
    assert [r.action_title for r in aanpak.reviews(store, s4.id)] == ["Excursie"]


def test_an_action_skipped_twice_is_still_offered_and_finished_ones_are_not(store):
    c, s1, _s2, s3, _leer, _excursie = _skipped(store)
    aanpak.add_action(store, s1.id, "Al klaar", status="gereed")
    s4 = followup.start_session(
        store, c.id, "Najaar 2026", date(2026, 10, 1), continues_from_id=s3.id
    )
    titles = [r.action_title for r in aanpak.reviews(store, s4.id)]
    assert titles == ["Excursie", "Leermonitor"]


def test_clearing_a_verdict_keeps_the_edits_made_in_the_new_session(store):
    _c, _s1, s2, _s3, _leer, excursie = _skipped(store)
    [here] = aanpak.list_actions(store, s2.id)
    fp = focus.add_focus_point(store, s2.id, "monitoring", "Meten")
    aanpak.update_action(
        store,
        here.id,
        description="Nu met twee scholen",
        due_on=date(2026, 3, 1),
        focus_point_ids=[fp.id],
    )
    aanpak.review_action(store, s2.id, excursie.id, None)
    [kept] = aanpak.list_actions(store, s2.id)
    assert (kept.id, kept.description, kept.due_on, kept.focus_point_ids) == (
        here.id,
        "Nu met twee scholen",
        date(2026, 3, 1),
        (fp.id,),
    )
    assert kept.status == "bezig"  # the earlier status: no verdict moved it
    review = next(r for r in aanpak.reviews(store, s2.id) if r.action_id == excursie.id)
    assert (review.outcome, review.continued_id) == (None, here.id)
    # a new verdict moves the same row, with its edits
    aanpak.review_action(store, s2.id, excursie.id, "gereed")
    [again] = aanpak.list_actions(store, s2.id)
    assert (again.id, again.status, again.description) == (here.id, "gereed", "Nu met twee scholen")


def test_a_status_changed_by_hand_in_the_new_session_counts_as_an_edit(store):
    _c, _s1, s2, _s3, _leer, excursie = _skipped(store)
    [here] = aanpak.list_actions(store, s2.id)
    aanpak.update_action(store, here.id, status="gereed")
    aanpak.review_action(store, s2.id, excursie.id, None)
    assert [a.id for a in aanpak.list_actions(store, s2.id)] == [here.id]


def test_clearing_an_untouched_verdict_still_takes_the_copy_out(store):
    _c, _s1, s2, _s3, _leer, excursie = _skipped(store)
    aanpak.review_action(store, s2.id, excursie.id, None)
    assert aanpak.list_actions(store, s2.id) == []


def test_the_opening_says_where_the_edited_action_stayed(qtbot, store, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.common.settings import Settings
    from app.ui.shell.session_page import SessionPage

    _c, _s1, s2, _s3, _leer, excursie = _skipped(store)
    [here] = aanpak.list_actions(store, s2.id)
    aanpak.update_action(store, here.id, description="Nu met twee scholen")
    page = SessionPage(store, s2.id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.go_to("opening")
    reviews = page.page_by_key["opening"].continuation.reviews
    reviews.table.setFocus()
    reviews.select_id(excursie.id)
    QTest.keyClick(reviews.table, Qt.Key.Key_0)  # clear the verdict from the keyboard
    assert reviews.outcome_of(excursie.id) is None
    assert "kept in this session's plan" in reviews.action_text(excursie.id)
    [kept] = aanpak.list_actions(store, s2.id)
    assert kept.description == "Nu met twee scholen"
