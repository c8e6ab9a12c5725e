"""Sessions: create, list, the opening's fields, moving through the stages, closing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app import models as m
from app.models.base import utcnow
from app.models.session import STAGES
from app.services import convert, model_store, plan_carry
from app.services.errors import refused
from app.services.idempotent import client_id
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

SESSION_FIELDS = {
    "title",
    "held_on",
    "location",
    "facilitator",
    "development_path",
    "development_path_reason",
    "ambition",
    "summary_note",
    "next_session_on",
    "continues_from_id",
}


# Listing reads table columns, not ORM objects: ten thousand sessions list in a blink, and the
# first window's list does not wait for the ORM to set itself up.
_S = m.IntervisieSession.__table__.c
_C = m.Community.__table__.c
# the columns of SessionData, in its order; the community's name comes from the join
_LIST_COLUMNS = (
    _S.id,
    _S.uuid,
    _S.community_id,
    _C.name,
    _S.title,
    _S.held_on,
    _S.location,
    _S.facilitator,
    _S.model_id,
    _S.model_version,
    _S.current_stage,
    _S.stage_reached,
    _S.state,
    _S.closed_at,
    _S.continues_from_id,
    _S.development_path,
    _S.development_path_reason,
    _S.ambition,
    _S.summary_note,
    _S.next_session_on,
)


def list_sessions(store: Store, community_id: int | None = None) -> list[dto.SessionData]:
    """Sessions, newest first; of one community, or all."""
    q = (
        select(*_LIST_COLUMNS)
        .select_from(
            m.IntervisieSession.__table__.join(m.Community.__table__, _C.id == _S.community_id)
        )
        .order_by(_S.held_on.desc(), _S.id.desc())
    )
    if community_id is not None:
        q = q.where(_S.community_id == community_id)
    with store.reading() as db:
        return [dto.SessionData(*row) for row in db.execute(q)]


def get_session(store: Store, session_id: int) -> dto.SessionData:
    with store.reading() as db:
        return convert.session(get(db, m.IntervisieSession, session_id))


def latest_session(
    store: Store, community_id: int, before: int | None = None
) -> dto.SessionData | None:
    with store.reading() as db:
        q = (
            select(m.IntervisieSession)
            .where(m.IntervisieSession.community_id == community_id)
            .order_by(m.IntervisieSession.held_on.desc(), m.IntervisieSession.id.desc())
        )
        if before is not None:
            q = q.where(m.IntervisieSession.id != before)
        s = db.scalars(q.limit(1)).first()
        return convert.session(s) if s else None


@client_id("uuid")
def create_session(
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
    """A new session; under a uuid already used (a replay), the session made then. It uses
    `model_version` of the model (None: the newest), kept in the database with it."""
    title = clean_text(title).strip()
    if not title:
        raise refused(Refusal.SESSION_NEEDS_TITLE)
    model = model_store.chosen_definition(model_version)
    with writing(store) as db:
        get(db, m.Community, community_id)
        again = by_uuid(db, m.IntervisieSession, uuid)
        if again is not None:
            return convert.session(again)
        s = m.IntervisieSession(
            uuid=uuid_for(uuid),
            community_id=community_id,
            title=title,
            held_on=held_on,
            location=clean_text(location),
            facilitator=clean_text(facilitator),
            model_id=model.id,
            model_version=model.version,
            continues_from_id=continues_from_id,
        )
        db.add(s)
        model_store.keep(db, model)
        db.flush()
        return convert.session(s)


def update_session(
    store: Store, session_id: int, *, based_on: dict | None = None, **fields
) -> dto.SessionData:
    with writing(store) as db:
        s = open_session(db, session_id)
        if "title" in fields and not clean_text(fields["title"]).strip():
            raise refused(Refusal.SESSION_NEEDS_TITLE)
        set_fields(s, SESSION_FIELDS, fields, based_on)
        # a plan part carried from the session before, edited here: the group changed it
        if {"development_path", "development_path_reason"} & set(fields):
            plan_carry.changed(s, "path")
        if "ambition" in fields:
            plan_carry.changed(s, "ambition")
        return convert.session(s)


def go_to_stage(store: Store, session_id: int, stage: str) -> dto.SessionData:
    """Remember where the facilitator is; stage_reached only ever moves forward."""
    if stage not in STAGES:
        raise ValueError(stage)
    with writing(store) as db:
        s = get(db, m.IntervisieSession, session_id)
        s.current_stage = stage
        if STAGES.index(stage) > STAGES.index(s.stage_reached):
            s.stage_reached = stage
        return convert.session(s)


def close_session(store: Store, session_id: int) -> dto.SessionData:
    with writing(store) as db:
        s = get(db, m.IntervisieSession, session_id)
        s.state, s.closed_at, s.stage_reached = "closed", utcnow(), "closing"
        return convert.session(s)


def reopen_session(store: Store, session_id: int) -> dto.SessionData:
    with writing(store) as db:
        s = get(db, m.IntervisieSession, session_id)
        s.state, s.closed_at = "open", None
        return convert.session(s)


def delete_session(store: Store, session_id: int) -> None:
    """Delete a session; one already deleted (an earlier attempt was saved) is success."""
    with writing(store) as db:
        s = db.get(m.IntervisieSession, session_id)
        if s is not None:
            db.delete(s)


def count_sessions(store: Store) -> int:
    with store.reading() as db:
        return int(db.scalar(select(func.count(m.IntervisieSession.id))) or 0)


# ---- participants -----------------------------------------------------------------------------
PARTICIPANT_FIELDS = {"name", "organisation", "helix_role", "role_in_session", "actor_id"}


def list_participants(store: Store, session_id: int) -> list[dto.ParticipantData]:
    with store.reading() as db:
        q = (
            select(m.Participant)
            .where(m.Participant.session_id == session_id)
            .order_by(m.Participant.position, m.Participant.id)
        )
        return [convert.participant(p) for p in db.scalars(q)]


@client_id("uuid")
def add_participant(
    store: Store,
    session_id: int,
    name: str,
    organisation: str = "",
    helix_role: str = "",
    role_in_session: str = "",
    actor_id: int | None = None,
    position: int | None = None,
    uuid: str | None = None,
) -> dto.ParticipantData:
    """Append a participant (or insert at position, as an undo of a removal does). Under a
    uuid already used (a replay), bring that participant up to date."""
    name = clean_text(name).strip()
    if not name:
        raise refused(Refusal.PARTICIPANT_NEEDS_NAME)
    with writing(store) as db:
        open_session(db, session_id)
        p = by_uuid(db, m.Participant, uuid)
        if p is not None:
            set_fields(
                p,
                PARTICIPANT_FIELDS,
                {
                    "name": name,
                    "organisation": organisation,
                    "helix_role": helix_role,
                    "role_in_session": role_in_session,
                    "actor_id": actor_id,
                },
            )
            return convert.participant(p)
        p = m.Participant(
            uuid=uuid_for(uuid),
            session_id=session_id,
            name=name,
            organisation=clean_text(organisation),
            helix_role=helix_role,
            role_in_session=clean_text(role_in_session),
            actor_id=actor_id,
            position=next_position(db, m.Participant, session_id=session_id),
        )
        db.add(p)
        db.flush()
        if position is not None:
            move(db, p, position, "session_id")
        return convert.participant(p)


@client_id("uuid")
def add_participant_from_actor(
    store: Store, session_id: int, actor_id: int, uuid: str | None = None
) -> dto.ParticipantData:
    with store.reading() as db:
        a = get(db, m.Actor, actor_id)
        name, org, role = a.name or a.organisation, a.organisation, a.helix_role
    return add_participant(store, session_id, name, org, role, actor_id=actor_id, uuid=uuid)


def update_participant(
    store: Store, participant_id: int, *, based_on: dict | None = None, **fields
) -> dto.ParticipantData:
    with writing(store) as db:
        p = get(db, m.Participant, participant_id)
        open_session(db, p.session_id)
        set_fields(p, PARTICIPANT_FIELDS, fields, based_on)
        return convert.participant(p)


def remove_participant(store: Store, participant_id: int) -> dto.ParticipantData | None:
    """Remove and return who was removed, so the UI can offer undo (restore_participant).
    None when they were removed already (an earlier attempt was saved)."""
    with writing(store) as db:
        p = db.get(m.Participant, participant_id)
        if p is None:
            return None
        open_session(db, p.session_id)
        data = convert.participant(p)
        db.delete(p)
        return data


def restore_participant(store: Store, data: dto.ParticipantData) -> dto.ParticipantData:
    return add_participant(
        store,
        data.session_id,
        data.name,
        data.organisation,
        data.helix_role,
        data.role_in_session,
        data.actor_id,
        position=data.position,
        uuid=data.uuid,
    )


def move_participant(store: Store, participant_id: int, new_index: int) -> None:
    move_in_session(store, m.Participant, participant_id, new_index)
