"""The trace of the loop (issue 17): from an action to the focus points and themes it serves and
the observations they came from, across a continued action's sessions, and back from an
observation (carried over too) to the actions serving it; the demo shows the loop."""

from __future__ import annotations

from app.services import aanpak, communities, trace, vertrekpunt
from tests.cycle_tools import continued_action


def test_from_an_action_to_its_observation_and_back_across_sessions(store):
    _s1, s2, obs, _a1, a2 = continued_action(store)
    t = trace.action_trace(store, a2.id)  # the continued row serves what the first served
    [f] = t.focus
    assert (f.text, f.session_title, f.observation_text) == (
        "Monitoring opzetten",
        "Voorjaar",
        "Geen kwaliteitsborging",
    )
    [th] = t.themes
    assert (th.theme_key, th.element_keys) == ("voedselketens", ("monitoring",))

    # and back: the observation as carried into the second session leads to the action's
    # latest row
    carried = next(
        o for o in vertrekpunt.list_observations(store, s2.id) if o.text == "Geen kwaliteitsborging"
    )
    [back] = trace.observation_trace(store, carried.id)
    assert (back.action_id, back.session_title, back.via_focus) == (
        a2.id,
        "Najaar",
        "Monitoring opzetten",
    )
    assert [x.action_id for x in trace.observation_trace(store, obs.id)] == [a2.id]


def test_the_demo_shows_the_loop(demo_store, demo_session_id):
    [first] = aanpak.list_actions(demo_store, demo_session_id)
    t = trace.action_trace(demo_store, first.id)
    assert t.focus and t.themes
    assert all(f.observation_text for f in t.focus)  # each focus point from an observation
    info = communities.list_communities(demo_store)[0]
    from app.services import sessions

    later = next(s for s in sessions.list_sessions(demo_store, info.id) if s.id != demo_session_id)
    new = [a for a in aanpak.list_actions(demo_store, later.id) if a.continued_from_uuid is None]
    traced = [trace.action_trace(demo_store, a.id) for a in new]
    assert sum(bool(x.focus) for x in traced) >= 2 and any(x.themes for x in traced)
    biobased = next(f for x in traced for f in x.focus if "biobased" in f.text)
    assert biobased.observation_text.startswith("Nieuwe vraag uit het mkb")


def test_a_whole_lists_traces_in_one_read_are_each_observations_trace(store, demo_store):
    """The vertrekpunt reads the traces of all its lines at once (one read, not one per line):
    the same answer as one observation at a time, carried ones and ones serving no action too."""
    from app.services import sessions

    _s1, s2, _obs, _a1, _a2 = continued_action(store)
    demo = [(demo_store, s.id) for s in sessions.list_sessions(demo_store)]
    served = 0
    for st, sid in [(store, s2.id), *demo]:
        ids = [o.id for o in vertrekpunt.list_observations(st, sid)]
        assert ids
        together = trace.observation_traces(st, ids)
        assert together == {i: trace.observation_trace(st, i) for i in ids}
        served += sum(1 for t in together.values() if t)
    assert served  # some lines do lead to actions
    assert trace.observation_traces(store, []) == {}
