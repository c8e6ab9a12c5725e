"""Stage 1, vertrekpunt: observations per element, and the group's status for each element."""

from __future__ import annotations

import statistics
from collections import Counter

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import selectinload

from app import models as m
from app.models.content import COMPLEXITIES
from app.services import convert
from app.services.errors import refused
from app.services.idempotent import client_id
from app.services.model_checks import check_element, check_status
from app.services.rows import (
    by_uuid,
    clean_text,
    get,
    move,
    move_in_session,
    next_position,
    open_session,
    set_fields,
    uuid_for,
    writing,
)
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.refusals import Refusal

OBSERVATION_FIELDS = {"text", "status", "complexity", "transition", "needed_knowledge"}


def _check_values(fields: dict) -> None:
    status = fields.get("status")
    if status is not None and not (1 <= int(status) <= 9):
        raise refused(Refusal.NO_SUCH_STATUS, status=status)
    complexity = fields.get("complexity")
    if complexity is not None and complexity not in COMPLEXITIES:
        raise refused(Refusal.NO_SUCH_COMPLEXITY, complexity=complexity)


def list_observations(
    store: Store, session_id: int, element_key: str | None = None
) -> list[dto.ObservationData]:
    with store.reading() as db:
        q = (
            select(m.Observation)
            .where(m.Observation.session_id == session_id)
            .options(selectinload(m.Observation.actors))
            .order_by(m.Observation.position, m.Observation.id)
        )
        if element_key is not None:
            q = q.where(m.Observation.element_key == element_key)
        return [convert.observation(o) for o in db.scalars(q)]


@client_id("uuid")
def add_observation(
    store: Store,
    session_id: int,
    element_key: str,
    text: str,
    status: int | None = None,
    complexity: str | None = None,
    transition: int | None = None,
    position: int | None = None,
    uuid: str | None = None,
) -> dto.ObservationData:
    """Append an observation (or insert it at position, as an undo of a delete does). With a
    uuid, an observation already added under it is brought up to date instead (a replay)."""
    if not text.strip():
        raise refused(Refusal.OBSERVATION_EMPTY)
    _check_values({"status": status, "complexity": complexity})
    with writing(store) as db:
        session = open_session(db, session_id)
        check_element(session, element_key)
        check_status(session, status)
        o = by_uuid(db, m.Observation, uuid)
        if o is not None:
            set_fields(
                o,
                OBSERVATION_FIELDS,
                {
                    "text": text,
                    "status": status,
                    "complexity": complexity,
                    "transition": transition,
                },
            )
            return convert.observation(o)
        o = m.Observation(
            uuid=uuid_for(uuid),
            session_id=session_id,
            element_key=element_key,
            text=clean_text(text),
            status=status,
            complexity=complexity,
            transition=transition,
            position=next_position(
                db, m.Observation, session_id=session_id, element_key=element_key
            ),
        )
        db.add(o)
        db.flush()
        if position is not None:
            move(db, o, position, "session_id", "element_key")
        return convert.observation(o)


def update_observation(
    store: Store, observation_id: int, *, based_on: dict | None = None, **fields
) -> dto.ObservationData:
    if "text" in fields and not fields["text"].strip():
        raise refused(Refusal.OBSERVATION_EMPTIED)
    _check_values(fields)
    with writing(store) as db:
        o = get(db, m.Observation, observation_id)
        check_status(open_session(db, o.session_id), fields.get("status"))
        set_fields(o, OBSERVATION_FIELDS, fields, based_on)
        o.carried = False  # touched by the group: no longer merely carried over
        return convert.observation(o)


def delete_observation(store: Store, observation_id: int) -> dto.ObservationData | None:
    """Delete and return what was deleted, so the UI can offer undo (add_observation again).
    None when it was already deleted (an earlier attempt of this delete was saved)."""
    with writing(store) as db:
        o = db.get(m.Observation, observation_id)
        if o is None:
            return None
        open_session(db, o.session_id)
        data = convert.observation(o)
        db.delete(o)
        db.flush()
        for i, r in enumerate(
            db.scalars(
                select(m.Observation)
                .where(
                    m.Observation.session_id == data.session_id,
                    m.Observation.element_key == data.element_key,
                )
                .order_by(m.Observation.position, m.Observation.id)
            )
        ):
            r.position = i
        return data


def restore_observation(store: Store, data: dto.ObservationData) -> dto.ObservationData:
    """Undo of a delete: the same observation (its uuid too, so a replay restores it once)."""
    restored = add_observation(
        store,
        data.session_id,
        data.element_key,
        data.text,
        data.status,
        data.complexity,
        data.transition,
        position=data.position,
        uuid=data.uuid,
    )
    if not (data.needed_knowledge or data.actor_ids or data.linked_uuid):
        return restored
    with writing(store) as db:  # a regional question's knowledge and actors come back too
        o = get(db, m.Observation, restored.id)
        o.needed_knowledge = data.needed_knowledge
        o.linked_uuid = data.linked_uuid  # and its connection with another community
        o.actors = [a for a in (db.get(m.Actor, i) for i in data.actor_ids) if a is not None]
        db.flush()
        return convert.observation(o)


def move_observation(store: Store, observation_id: int, new_index: int) -> None:
    move_in_session(store, m.Observation, observation_id, new_index, "element_key")


# ---- the group's status per element -----------------------------------------------------------
def _find_assessment(db, session_id: int, element_key: str) -> m.Assessment | None:
    return db.scalars(
        select(m.Assessment).where(
            m.Assessment.session_id == session_id, m.Assessment.element_key == element_key
        )
    ).first()


def _assessment(db, session_id: int, element_key: str) -> m.Assessment:
    """The element's status row, made if it is not there yet. Two laptops may give an element
    its first status at the same moment: the row is inserted only if absent (the database
    decides, under its unique key), and the later of the two updates the row the other made."""
    a = _find_assessment(db, session_id, element_key)
    if a is None:
        insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
        db.execute(
            insert(m.Assessment)
            .values(session_id=session_id, element_key=element_key)
            .on_conflict_do_nothing(index_elements=["session_id", "element_key"])
        )
        a = _find_assessment(db, session_id, element_key)
    assert a is not None  # inserted just now, or by the other laptop a moment before
    return a


def set_assessment(
    store: Store, session_id: int, element_key: str, *, based_on: dict | None = None, **fields
) -> dto.AssessmentData:
    """Set the status and/or context note of an element (an area or a condition); based_on:
    the assessment as the screen showed it (app.vocabulary.based_on), None for a first one."""
    _check_values(fields)
    with writing(store) as db:
        session = open_session(db, session_id)
        check_element(session, element_key)
        check_status(session, fields.get("status"))
        a = _assessment(db, session_id, element_key)
        set_fields(a, {"status", "context_note"}, fields, based_on)
        a.carried = False
        db.flush()
        return convert.assessment(a)


def assessments(store: Store, session_id: int) -> dict[str, dto.AssessmentData]:
    with store.reading() as db:
        q = select(m.Assessment).where(m.Assessment.session_id == session_id)
        return {a.element_key: convert.assessment(a) for a in db.scalars(q)}


def suggest_status(observations: list[dto.ObservationData]) -> int | None:
    """A suggestion only: the median of the observations' statuses, rounded down (the group
    decides). None when no observation has a status."""
    levels = sorted(o.status for o in observations if o.status is not None)
    if not levels:
        return None
    return int(statistics.median_low(levels))


def element_states(store: Store, session_id: int) -> dict[str, dto.ElementState]:
    """Per element: status, number of observations and the spread over complexity types."""
    with store.reading() as db:
        obs = list(
            db.execute(
                select(m.Observation.element_key, m.Observation.complexity).where(
                    m.Observation.session_id == session_id
                )
            )
        )
        found = {
            a.element_key: convert.assessment(a)
            for a in db.scalars(select(m.Assessment).where(m.Assessment.session_id == session_id))
        }
    counts = Counter(k for k, _ in obs)
    spread: dict[str, Counter] = {}
    for key, cx in obs:
        if cx:
            spread.setdefault(key, Counter())[cx] += 1
    keys = set(counts) | set(found)
    return {
        k: dto.ElementState(
            k,
            found[k].status if k in found else None,
            counts.get(k, 0),
            dict(spread.get(k, {})),
            found[k].carried if k in found else False,
        )
        for k in keys
    }
