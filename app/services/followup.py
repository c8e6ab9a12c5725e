"""Starting a session: a first one from scratch, or a follow-up that starts from where the group
left off — statuses and observations carried over (marked as carried, so the group sees what it
confirmed or changed) and the earlier session's actions waiting for review in the opening."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import plan_carry, sessions
from app.services.idempotent import client_id
from app.services.rows import get, open_session, writing
from app.store import Store
from app.vocabulary import dto


@client_id("uuid")
def start_session(
    store: Store,
    community_id: int,
    title: str,
    held_on: date,
    location: str = "",
    facilitator: str = "",
    continues_from_id: int | None = None,
    uuid: str | None = None,
    model_version: str | None = None,
) -> dto.SessionData:
    """Create the session and carry over; both steps may be sent again (a replay): the session
    is found by its uuid, and what was carried over already is not carried twice.

    A follow-up starts on the model version of the session it continues (what it carries is in
    that version's keys); with a newer `model_version` it then moves there
    (app.services.model_move), what has no place there written into its closing note."""
    version = model_version
    if continues_from_id is not None:
        version = sessions.get_session(store, continues_from_id).model_version
    new = sessions.create_session(
        store,
        community_id,
        title,
        held_on,
        location,
        facilitator,
        continues_from_id,
        uuid=uuid,
        model_version=version,
    )
    if continues_from_id is not None:
        carry_over(store, continues_from_id, new.id)
        if model_version is not None and model_version != new.model_version:
            from app.services.model_move import move_session_model

            move_session_model(store, new.id, model_version)
    return sessions.get_session(store, new.id)


def carry_over(store: Store, from_id: int, to_id: int) -> None:
    """Copy element statuses, context notes, observations and the plan of one session into
    another."""
    with writing(store) as db:
        carry_rows(db, get(db, m.IntervisieSession, from_id), get(db, m.IntervisieSession, to_id))


def carry_rows(db, source: m.IntervisieSession, target: m.IntervisieSession) -> None:
    """carry_over within a transaction already open (the demo builds its follow-up so)."""
    if source.community_id != target.community_id:
        raise ValueError("a session continues from a session of the same community")
    have = {a.element_key for a in target.assessments}
    for a in source.assessments:
        if a.element_key not in have:
            target.assessments.append(
                m.Assessment(
                    element_key=a.element_key,
                    status=a.status,
                    context_note=a.context_note,
                    carried=True,
                )
            )
    q = (
        select(m.Observation)
        .where(m.Observation.session_id == source.id)
        .options(selectinload(m.Observation.actors))
        .order_by(m.Observation.element_key, m.Observation.position)
    )
    carried = {o.carried_from_uuid for o in target.observations}
    for o in db.scalars(q):
        if o.uuid in carried:
            continue
        target.observations.append(
            m.Observation(
                element_key=o.element_key,
                position=o.position,
                text=o.text,
                status=o.status,
                complexity=o.complexity,
                transition=o.transition,
                carried=True,
                carried_from_uuid=o.uuid,
                needed_knowledge=o.needed_knowledge,
                linked_uuid=o.linked_uuid,
                actors=list(o.actors),
            )
        )
    plan_carry.carry_plan(db, source, target)


def confirm_carried(store: Store, session_id: int, element_key: str) -> int:
    """The group confirms an element as it was: its carried status and observations become this
    session's own. Returns how many rows were still marked carried."""
    with writing(store) as db:
        open_session(db, session_id)
        rows = list(
            db.scalars(
                select(m.Assessment).where(
                    m.Assessment.session_id == session_id,
                    m.Assessment.element_key == element_key,
                    m.Assessment.carried.is_(True),
                )
            )
        )
        rows += list(
            db.scalars(
                select(m.Observation).where(
                    m.Observation.session_id == session_id,
                    m.Observation.element_key == element_key,
                    m.Observation.carried.is_(True),
                )
            )
        )
        for row in rows:
            row.carried = False
        return len(rows)


def carried_counts(store: Store, session_id: int) -> dict[str, tuple[bool, int]]:
    """Per element still carried over and not yet confirmed: (status carried?, observations
    carried)."""
    with store.reading() as db:
        status = set(
            db.scalars(
                select(m.Assessment.element_key).where(
                    m.Assessment.session_id == session_id, m.Assessment.carried.is_(True)
                )
            )
        )
        counts = dict(
            db.execute(
                select(m.Observation.element_key, func.count(m.Observation.id))
                .where(m.Observation.session_id == session_id, m.Observation.carried.is_(True))
                .group_by(m.Observation.element_key)
            )
            .tuples()
            .all()
        )
    return {k: (k in status, counts.get(k, 0)) for k in status | set(counts)}
