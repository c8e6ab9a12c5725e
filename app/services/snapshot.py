"""One session, everything in it, as plain data (for the report, comparisons and tests)."""

from __future__ import annotations

from app.services import aanpak, focus, plan_carry, sessions, vertrekpunt, vervolg
from app.store import Store
from app.vocabulary import dto


def session_snapshot(store: Store, session_id: int) -> dto.SessionSnapshot:
    monitoring = tuple(vervolg.list_monitoring(store, session_id))
    return dto.SessionSnapshot(
        session=sessions.get_session(store, session_id),
        participants=tuple(sessions.list_participants(store, session_id)),
        assessments=vertrekpunt.assessments(store, session_id),
        observations=tuple(vertrekpunt.list_observations(store, session_id)),
        focus_points=tuple(focus.list_focus_points(store, session_id)),
        themes=tuple(vervolg.list_themes(store, session_id)),
        steps=tuple(vervolg.list_steps(store, session_id)),
        monitoring=monitoring,
        actions=tuple(aanpak.list_actions(store, session_id)),
        reviews=tuple(aanpak.reviews(store, session_id)),
        histories=aanpak.histories(store, session_id),
        plan_states=plan_carry.plan_states(store, session_id),
        indicator_trends={
            x.id: plan_carry.indicator_trend(store, x.id) for x in monitoring if x.carried_from_uuid
        },
    )
