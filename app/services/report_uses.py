"""The data of the report's optional sections on the model's uses, gathered when asked for:
the community's timeline, a comparison with another session, the actors and their knowledge,
GroenPact's action lines, and this session's projects on the model figure."""

from __future__ import annotations

from app.services import compare, groenpact, knowledge, sessions, timeline
from app.services.vertrekpunt import element_states
from app.vocabulary import dto
from app.vocabulary.report_data import Uses


def uses_data(
    store,
    snapshot: dto.SessionSnapshot,
    include_timeline: bool = False,
    include_actors: bool = False,
    include_groenpact: bool = False,
    include_projects: bool = False,
    compare_with: int | None = None,
    hide_names: bool = False,
) -> Uses | None:
    """None when nothing was asked for. A comparison puts the session held first on the left
    (A), so "up" means what it says in time."""
    s = snapshot.session
    comparison = states = None
    if compare_with is not None:
        other = sessions.get_session(store, compare_with)
        a, b = sorted((other, s), key=lambda x: (x.held_on, x.id))
        comparison = compare.compare_sessions(store, a.id, b.id)
        states = (element_states(store, a.id), element_states(store, b.id))
    uses = Uses(
        timeline=timeline.community_timeline(store, s.community_id) if include_timeline else None,
        comparison=comparison,
        comparison_states=states,
        hide_names=hide_names,
        actors=knowledge.actors_overview(store, s.community_id, s.id) if include_actors else None,
        groenpact=groenpact.groenpact_matrix(store, s.community_id) if include_groenpact else None,
        projects=include_projects,
    )
    return uses if uses != Uses(hide_names=hide_names) else None
