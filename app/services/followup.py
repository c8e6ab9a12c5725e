"""Starting a session: a first one from scratch, or a follow-up that starts from where the group
left off — statuses and observations carried over (marked as carried, so the group sees what it
confirmed or changed) and the earlier session's actions waiting for review in the opening."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto, sessions
from app.services.rows import get
from app.store import Store


def start_session(store: Store, community_id: int, title: str, held_on: date,
                  location: str = "", facilitator: str = "",
                  continues_from_id: int | None = None) -> dto.SessionData:
    new = sessions.create_session(store, community_id, title, held_on, location, facilitator,
                                  continues_from_id)
    if continues_from_id is not None:
        carry_over(store, continues_from_id, new.id)
    return sessions.get_session(store, new.id)


def carry_over(store: Store, from_id: int, to_id: int) -> None:
    """Copy element statuses, context notes and observations of one session into another."""
    with store.transaction() as db:
        source = get(db, m.IntervisieSession, from_id)
        target = get(db, m.IntervisieSession, to_id)
        if source.community_id != target.community_id:
            raise ValueError("a session continues from a session of the same community")
        have = {a.element_key for a in target.assessments}
        for a in source.assessments:
            if a.element_key not in have:
                target.assessments.append(m.Assessment(
                    element_key=a.element_key, status=a.status, context_note=a.context_note,
                    carried=True))
        q = (select(m.Observation).where(m.Observation.session_id == from_id)
             .options(selectinload(m.Observation.actors))
             .order_by(m.Observation.element_key, m.Observation.position))
        for o in db.scalars(q):
            target.observations.append(m.Observation(
                element_key=o.element_key, position=o.position, text=o.text, status=o.status,
                complexity=o.complexity, transition=o.transition, carried=True,
                carried_from_uuid=o.uuid, needed_knowledge=o.needed_knowledge,
                actors=list(o.actors)))
