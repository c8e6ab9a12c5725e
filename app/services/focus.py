"""Stage 2, focus: accelerators (focus points) with dot votes, and the development path."""

from __future__ import annotations

from sqlalchemy import case, insert, select, update

from app import models as m
from app.services import convert, plan_carry
from app.services.errors import refused
from app.services.idempotent import client_id
from app.services.model_checks import check_element
from app.services.rows import (
    by_uuid,
    clean_text,
    delete_from_session,
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


def list_focus_points(
    store: Store, session_id: int, by_votes: bool = False
) -> list[dto.FocusPointData]:
    F = m.FocusPoint
    with store.reading() as db:
        order = (F.votes.desc(), F.position, F.id) if by_votes else (F.position, F.id)
        q = select(F).where(F.session_id == session_id).order_by(*order)
        return [convert.focus_point(f) for f in db.scalars(q)]


@client_id("uuid")
def add_focus_point(
    store: Store,
    session_id: int,
    element_key: str,
    text: str,
    votes: int = 0,
    observation_id: int | None = None,
    uuid: str | None = None,
) -> dto.FocusPointData:
    """Add a focus point; with a uuid already added (a replay), the one that is there."""
    if not text.strip():
        raise refused(Refusal.FOCUS_POINT_EMPTY)
    if votes < 0:
        raise refused(Refusal.VOTES_NEGATIVE)
    with writing(store) as db:
        check_element(open_session(db, session_id), element_key, optional=True)
        f = by_uuid(db, m.FocusPoint, uuid)
        if f is not None:
            set_fields(f, {"text", "element_key"}, {"text": text, "element_key": element_key})
            return convert.focus_point(f)
        f = m.FocusPoint(
            uuid=uuid_for(uuid),
            session_id=session_id,
            element_key=element_key,
            text=clean_text(text),
            votes=votes,
            observation_id=observation_id,
            position=next_position(db, m.FocusPoint, session_id=session_id),
        )
        db.add(f)
        db.flush()
        return convert.focus_point(f)


@client_id("uuid")
def focus_from_observation(
    store: Store, observation_id: int, uuid: str | None = None
) -> dto.FocusPointData:
    """Turn an observation into a focus point of the same element, keeping the link."""
    with store.reading() as db:
        o = get(db, m.Observation, observation_id)
        session_id, key, text = o.session_id, o.element_key, o.text
    return add_focus_point(store, session_id, key, text, observation_id=observation_id, uuid=uuid)


def update_focus_point(
    store: Store, focus_id: int, *, based_on: dict | None = None, **fields
) -> dto.FocusPointData:
    if "votes" in fields and int(fields["votes"]) < 0:
        raise refused(Refusal.VOTES_NEGATIVE)
    if "text" in fields and not fields["text"].strip():
        raise refused(Refusal.FOCUS_POINT_EMPTY)
    with writing(store) as db:
        f = get(db, m.FocusPoint, focus_id)
        session = open_session(db, f.session_id)
        if "element_key" in fields:
            check_element(session, fields["element_key"], optional=True)
        set_fields(f, {"text", "votes", "element_key"}, fields, based_on)
        return convert.focus_point(f)


@client_id("token")
def add_vote(
    store: Store, focus_id: int, delta: int = 1, token: str | None = None
) -> dto.FocusPointData:
    """Counted by the database on what it holds: dots placed at the same moment on two laptops
    both count (never below zero). A vote whose token was counted already (sent again after a
    lost connection) is not counted again."""
    F = m.FocusPoint
    with writing(store) as db:
        open_session(db, get(db, F, focus_id).session_id)
        if token is not None:
            counted = m.counted_vote.c
            if db.scalar(select(counted.token).where(counted.token == token)) is not None:
                return convert.focus_point(get(db, F, focus_id))
            db.execute(insert(m.counted_vote).values(token=token, focus_point_id=focus_id))
        votes = F.votes + delta
        db.execute(
            update(F)
            .where(F.id == focus_id)
            .values(votes=case((votes < 0, 0), else_=votes), version=F.version + 1)
        )
        return convert.focus_point(get(db, F, focus_id, populate_existing=True))


def delete_focus_point(store: Store, focus_id: int) -> dto.FocusPointData:
    return delete_from_session(store, m.FocusPoint, focus_id, convert.focus_point)


def move_focus_point(store: Store, focus_id: int, new_index: int) -> None:
    move_in_session(store, m.FocusPoint, focus_id, new_index)


def set_development_path(
    store: Store,
    session_id: int,
    development_path: str | None,
    development_path_reason: str | None = None,
    based_on: dict | None = None,
) -> dto.SessionData:
    """The path the group chose, and why. The parameters are named as the session's fields, so
    an edit that names them is followed by its window (app.vocabulary.based_on.OwnSaves)."""
    with writing(store) as db:
        s = open_session(db, session_id)
        fields = {"development_path": development_path}
        if development_path_reason is not None:
            fields["development_path_reason"] = development_path_reason
        set_fields(s, {"development_path", "development_path_reason"}, fields, based_on)
        plan_carry.changed(s, "path")  # carried from the session before: now changed
        return convert.session(s)


def restore_focus_point(store: Store, data: dto.FocusPointData) -> dto.FocusPointData:
    """Undo of a delete: back in its place, with its votes and (if the observation still exists)
    its link to the observation it came from; under its own uuid, so a replay restores it once."""
    with writing(store) as db:
        open_session(db, data.session_id)
        again = by_uuid(db, m.FocusPoint, data.uuid)
        if again is not None:
            return convert.focus_point(again)
        observation = (
            db.get(m.Observation, data.observation_id) if data.observation_id is not None else None
        )
        f = m.FocusPoint(
            uuid=data.uuid,
            session_id=data.session_id,
            element_key=data.element_key,
            text=clean_text(data.text),
            votes=data.votes,
            observation_id=observation.id if observation else None,
            position=next_position(db, m.FocusPoint, session_id=data.session_id),
        )
        db.add(f)
        db.flush()
        move(db, f, data.position, "session_id")
        return convert.focus_point(f)
