"""Undo of a delete in focus, vervolg and aanpak: the line comes back in its place with what it
held, and links to rows deleted in the meantime are dropped instead of failing."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import aanpak, communities, focus, sessions, vertrekpunt, vervolg

pytestmark = pytest.mark.both_databases  # also on PostgreSQL (tests/pg_tools.py)


@pytest.fixture
def sid(store):
    c = communities.create_community(store, "Gebiedscoöperatie Proef")
    return sessions.create_session(store, c.id, "Eerste sessie", date(2026, 3, 14)).id


def test_focus_point_comes_back_in_place_with_votes_and_link(store, sid):
    o = vertrekpunt.add_observation(store, sid, "visie-regio", "Visie impliciet")
    a = focus.add_focus_point(store, sid, "visie-regio", "eerste")
    b = focus.focus_from_observation(store, o.id)
    focus.update_focus_point(store, b.id, votes=4)
    c = focus.add_focus_point(store, sid, "monitoring", "derde")
    gone = focus.delete_focus_point(store, b.id)
    back = focus.restore_focus_point(store, gone)
    assert [f.text for f in focus.list_focus_points(store, sid)] == [
        "eerste",
        "Visie impliciet",
        "derde",
    ]
    assert (back.votes, back.observation_id, back.element_key) == (4, o.id, "visie-regio")
    # the observation it came from is deleted meanwhile: the point returns without the link
    gone = focus.delete_focus_point(store, back.id)
    vertrekpunt.delete_observation(store, o.id)
    assert focus.restore_focus_point(store, gone).observation_id is None
    assert {a.id, c.id} <= {f.id for f in focus.list_focus_points(store, sid)}


def test_step_and_monitoring_come_back_in_place(store, sid):
    steps = [vervolg.add_step(store, sid, t) for t in ("een", "twee", "drie")]
    vervolg.restore_step(store, sid, vervolg.delete_step(store, steps[1].id))
    assert [s.text for s in vervolg.list_steps(store, sid)] == ["een", "twee", "drie"]
    vervolg.add_monitoring(store, sid, "Aantal projecten")
    m = vervolg.add_monitoring(store, sid, "Halfjaarlijkse evaluatie", "review", date(2026, 9, 1))
    vervolg.add_monitoring(store, sid, "Deelnemers mkb")
    vervolg.move_monitoring(store, m.id, 0)
    gone = vervolg.delete_monitoring(store, m.id)
    assert (gone.kind, gone.due_on, gone.position) == ("review", date(2026, 9, 1), 0)
    vervolg.restore_monitoring(store, sid, gone)
    items = vervolg.list_monitoring(store, sid)
    assert next((i.text, i.kind) for i in items) == ("Halfjaarlijkse evaluatie", "review")
    assert len(items) == 3 and items[0].due_on == date(2026, 9, 1)


def test_action_comes_back_with_everything_but_vanished_links(store, sid):
    f1 = focus.add_focus_point(store, sid, "visie-regio", "Visie expliciet maken")
    f2 = focus.add_focus_point(store, sid, "monitoring", "Monitoring opnemen")
    t = vervolg.add_theme(store, sid, "voedselketens")
    aanpak.add_action(store, sid, "Eerste")
    a = aanpak.add_action(
        store,
        sid,
        "Pilot",
        description="klein beginnen",
        owner="Terra MBO",
        partners=["Hanzehogeschool"],
        starts_on=date(2026, 4, 1),
        due_on=date(2026, 9, 1),
        indicator="3 projecten",
        status="bezig",
        characteristics=["cyclisch"],
        focus_point_ids=[f1.id, f2.id],
        theme_ids=[t.id],
    )
    aanpak.add_action(store, sid, "Derde")
    gone = aanpak.delete_action(store, a.id)
    focus.delete_focus_point(store, f2.id)
    back = aanpak.restore_action(store, gone)
    assert [x.title for x in aanpak.list_actions(store, sid)] == ["Eerste", "Pilot", "Derde"]
    assert back.focus_point_ids == (f1.id,) and back.theme_ids == (t.id,)
    assert (
        back.owner,
        back.partners,
        back.starts_on,
        back.due_on,
        back.indicator,
        back.status,
        back.characteristics,
        back.description,
    ) == (
        "Terra MBO",
        ("Hanzehogeschool",),
        date(2026, 4, 1),
        date(2026, 9, 1),
        "3 projecten",
        "bezig",
        ("cyclisch",),
        "klein beginnen",
    )
