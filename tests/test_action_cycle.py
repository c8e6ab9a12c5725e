"""An action lives until it is done (issue 17): three sessions of one community, an action
created in the first, continued in the second and finished in the third; each follow-up reviews
it, the review moves its status and the action is in the new session's plan with its history."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import aanpak, communities, followup, snapshot
from app.services.errors import ServiceError
from app.services.exchange_export import export_community
from app.services.exchange_import import import_file


def _three_sessions(store):
    c = communities.create_community(store, "Coöperatie Noord")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    leer = aanpak.add_action(
        store, s1.id, "Leermonitor", owner="Hanze", status="bezig", indicator="drie meetmomenten"
    )
    aanpak.add_action(store, s1.id, "Excursie", status="gereed")  # finished already: no review
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    return c, s1, s2, leer


def test_continued_twice_and_done_in_the_third_session(store):
    c, _s1, s2, leer = _three_sessions(store)
    assert [r.action_title for r in aanpak.reviews(store, s2.id)] == ["Leermonitor"]

    aanpak.review_action(store, s2.id, leer.id, "doorgezet", note="loopt door")
    [here2] = aanpak.list_actions(store, s2.id)
    assert (here2.title, here2.status, here2.owner, here2.indicator) == (
        "Leermonitor",
        "bezig",
        "Hanze",
        "drie meetmomenten",
    )
    assert here2.continued_from_uuid == leer.uuid
    # editable in the new plan, and a second verdict moves the same row (no second copy)
    aanpak.update_action(store, here2.id, due_on=date(2026, 3, 1))
    aanpak.review_action(store, s2.id, leer.id, "doorgezet", note="loopt door, tot maart")
    assert [a.id for a in aanpak.list_actions(store, s2.id)] == [here2.id]
    assert aanpak.list_actions(store, s2.id)[0].due_on == date(2026, 3, 1)

    s3 = followup.start_session(
        store, c.id, "Voorjaar 2026", date(2026, 4, 8), continues_from_id=s2.id
    )
    [review3] = aanpak.reviews(store, s3.id)  # the third session reviews it again
    assert review3.action_id == here2.id
    assert [st.word for st in review3.history] == ["bezig", "doorgezet"]
    aanpak.review_action(store, s3.id, here2.id, "gereed")
    [here3] = aanpak.list_actions(store, s3.id)
    assert here3.status == "gereed"  # the review moved its status
    steps = aanpak.action_history_of(store, here3.id)
    assert [(st.session_title, st.word) for st in steps] == [
        ("Voorjaar", "bezig"),
        ("Najaar", "doorgezet"),
        ("Voorjaar 2026", "gereed"),
    ]
    assert snapshot.session_snapshot(store, s3.id).histories[here3.id] == steps
    # the same history from any of its rows; the first session's own report stops there
    assert [st.word for st in aanpak.action_history_of(store, leer.id)] == ["bezig"]

    s4 = followup.start_session(
        store, c.id, "Najaar 2026", date(2026, 10, 1), continues_from_id=s3.id
    )
    assert aanpak.reviews(store, s4.id) == []  # done: not reviewed again


def test_clearing_the_verdict_takes_the_action_out_and_stopping_it_stops_it(store):
    _c, _s1, s2, leer = _three_sessions(store)
    aanpak.review_action(store, s2.id, leer.id, "gestopt")
    assert [a.status for a in aanpak.list_actions(store, s2.id)] == ["gestopt"]
    aanpak.review_action(store, s2.id, leer.id, None)
    assert aanpak.list_actions(store, s2.id) == []
    assert aanpak.reviews(store, s2.id)[0].outcome is None


def test_an_action_of_another_session_cannot_be_reviewed(store):
    _c, _s1, s2, _leer = _three_sessions(store)
    other = aanpak.add_action(store, s2.id, "Nieuw")
    with pytest.raises(ServiceError):
        aanpak.review_action(store, s2.id, other.id, "gereed")


def test_the_history_travels_in_an_exchange_file_and_a_copy(store, tmp_path):
    c, _s1, s2, leer = _three_sessions(store)
    aanpak.review_action(store, s2.id, leer.id, "doorgezet")
    out = tmp_path / "noord.intervisie"
    export_community(store, c.id, out)
    import_file(store, out, on_existing="copy")
    copies = [x for x in communities.list_communities(store) if x.id != c.id]
    [copy] = copies
    from app.services import sessions

    later = max(sessions.list_sessions(store, copy.id), key=lambda s: s.held_on)
    [a] = aanpak.list_actions(store, later.id)
    assert a.continued_from_uuid and a.continued_from_uuid != leer.uuid  # renewed with the rest
    assert [st.word for st in aanpak.action_history_of(store, a.id)] == ["bezig", "doorgezet"]
