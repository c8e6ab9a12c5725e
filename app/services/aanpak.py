"""Stage 4, aanpak: projects and actions with owner, partners, dates, indicator, characteristics
and links to focus points and themes; and, in a later session, what became of them."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from app import models as m
from app.models.content import COMPLEXITIES
from app.models.plan import ACTION_STATUSES, REVIEW_OUTCOMES
from app.services import action_history, convert
from app.services.errors import refused
from app.services.idempotent import client_id
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
    set_tied,
    uuid_for,
    writing,
)
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.refusals import Refusal

ACTION_FIELDS = {
    "title",
    "description",
    "owner",
    "starts_on",
    "due_on",
    "indicator",
    "status",
    "complexity",
    "development_path",
}
TAG_FIELDS = ("groenpact", "frame_items", "element_keys")  # model keys, each once


def list_actions(store: Store, session_id: int) -> list[dto.ActionData]:
    with store.reading() as db:
        q = (
            select(m.Action)
            .where(m.Action.session_id == session_id)
            .order_by(m.Action.position, m.Action.id)
        )
        return [convert.action(a) for a in db.scalars(q)]


def get_action(store: Store, action_id: int) -> dto.ActionData:
    with store.reading() as db:
        return convert.action(get(db, m.Action, action_id))


def _apply(db, a: m.Action, fields: dict, based_on: dict | None = None) -> None:
    if "status" in fields and fields["status"] not in ACTION_STATUSES:
        raise refused(Refusal.NO_SUCH_ACTION_STATUS, status=fields["status"])
    if fields.get("complexity") not in (None, *COMPLEXITIES):
        raise refused(Refusal.NO_SUCH_COMPLEXITY, complexity=fields["complexity"])
    if "title" in fields and not fields["title"].strip():
        raise refused(Refusal.ACTION_NEEDS_TITLE)
    starts, due = fields.get("starts_on", a.starts_on), fields.get("due_on", a.due_on)
    if starts and due and due < starts:
        raise refused(Refusal.END_BEFORE_START)
    partners = fields.pop("partners", None)
    characteristics = fields.pop("characteristics", None)
    focus_ids = fields.pop("focus_point_ids", None)
    theme_ids = fields.pop("theme_ids", None)
    actor_ids = fields.pop("actor_ids", None)
    for tags in TAG_FIELDS:
        if tags in fields:
            fields[tags] = list(dict.fromkeys(fields[tags]))
    if partners is not None:
        fields["partners"] = [clean_text(p).strip() for p in partners if p.strip()]
    if characteristics is not None:
        fields["characteristics"] = list(characteristics)
    # one call, so another laptop's change to any of these is noticed (rows.set_fields)
    set_fields(a, ACTION_FIELDS | {"partners", "characteristics", *TAG_FIELDS}, fields, based_on)
    for name, ids, model in (
        ("focus_point_ids", focus_ids, m.FocusPoint),
        ("theme_ids", theme_ids, m.SessionTheme),
        ("actor_ids", actor_ids, m.Actor),
    ):
        if ids is not None:
            set_tied(a, name, [get(db, model, i) for i in ids], based_on)


@client_id("uuid")
def add_action(
    store: Store, session_id: int, title: str, uuid: str | None = None, **fields
) -> dto.ActionData:
    """Add an action; under a uuid already used (a replay), bring that action up to date."""
    with writing(store) as db:
        open_session(db, session_id)
        a = by_uuid(db, m.Action, uuid)
        if a is not None:
            _apply(db, a, {"title": title, **fields})
            db.flush()
            return convert.action(a)
        a = m.Action(
            uuid=uuid_for(uuid),
            session_id=session_id,
            title="",
            position=next_position(db, m.Action, session_id=session_id),
        )
        db.add(a)
        _apply(db, a, {"title": title, **fields})
        db.flush()
        return convert.action(a)


def update_action(
    store: Store, action_id: int, *, based_on: dict | None = None, **fields
) -> dto.ActionData:
    with writing(store) as db:
        a = get(db, m.Action, action_id)
        open_session(db, a.session_id)
        _apply(db, a, fields, based_on)
        db.flush()
        return convert.action(a)


def delete_action(store: Store, action_id: int) -> dto.ActionData:
    return delete_from_session(store, m.Action, action_id, convert.action)


def restore_action(store: Store, data: dto.ActionData) -> dto.ActionData:
    """Undo of a delete: the action back in its place with all it held; links to focus points
    or themes deleted in the meantime are left out."""
    fields = {
        f.name: getattr(data, f.name)
        for f in dataclasses.fields(data)
        if f.name not in ("id", "uuid", "session_id", "position", "continued_from_uuid", "version")
    }
    with writing(store) as db:
        open_session(db, data.session_id)
        again = by_uuid(db, m.Action, data.uuid)
        if again is not None:  # a replay: restored already
            return convert.action(again)
        fields["focus_point_ids"] = [
            i for i in data.focus_point_ids if db.get(m.FocusPoint, i) is not None
        ]
        fields["theme_ids"] = [i for i in data.theme_ids if db.get(m.SessionTheme, i) is not None]
        fields["actor_ids"] = [i for i in data.actor_ids if db.get(m.Actor, i) is not None]
        a = m.Action(
            uuid=data.uuid,
            session_id=data.session_id,
            title="",
            continued_from_uuid=data.continued_from_uuid,  # its history comes back too
            position=next_position(db, m.Action, session_id=data.session_id),
        )
        db.add(a)
        _apply(db, a, fields)
        db.flush()
        move(db, a, data.position, "session_id")
        return convert.action(a)


def move_action(store: Store, action_id: int, new_index: int) -> None:
    move_in_session(store, m.Action, action_id, new_index)


def _take_back(db, here: m.Action, earlier: m.Action, review: m.ActionReview | None) -> None:
    """Clearing a verdict takes the review's copy out of this session — unless the group worked
    on it here: then its edits stay and only the verdict's status goes (back to what it was)."""
    moved = review is not None and here.status != action_history.STATUS_AFTER[review.outcome]
    if moved or action_history.edited(here, earlier):
        here.status = earlier.status
    else:
        db.delete(here)


# ---- the opening of a follow-up session reviews the actions it continues from -------------------
def reviews(store: Store, session_id: int) -> list[dto.ReviewData]:
    """The open actions of the sessions this one continues from — those of the session before
    and those skipped in earlier follow-ups (done or stopped ones are finished; those reviewed
    here already stay listed), with this session's verdict on each and each action's history so
    far."""
    with store.reading() as db:
        s = get(db, m.IntervisieSession, session_id)
        done = {r.action_id: r for r in s.reviews}
        out = []
        for a in action_history.open_before(db, s):
            r = done.get(a.id)
            if r is None and a.status in action_history.FINISHED:
                continue
            # a row kept for its edits when the verdict was cleared is still this session's
            here = action_history.continuation(db, session_id, a)
            out.append(
                dto.ReviewData(
                    a.id,
                    a.title,
                    a.owner,
                    r.outcome if r else None,
                    r.note if r else "",
                    action_history.history(db, a, until=a.session_id),
                    here.id if here else None,
                )
            )
        return out


def histories(store: Store, session_id: int) -> dict[int, tuple[dto.HistoryStep, ...]]:
    with store.reading() as db:
        return action_history.histories(db, session_id)


def action_history_of(store: Store, action_id: int) -> tuple[dto.HistoryStep, ...]:
    """The action's life across the community's sessions up to its own (one step: new here)."""
    with store.reading() as db:
        a = get(db, m.Action, action_id)
        return action_history.history(db, a, until=a.session_id)


def review_action(
    store: Store, session_id: int, action_id: int, outcome: str | None, note: str = ""
) -> None:
    """Mark an earlier action done, continued or dropped (None clears the verdict). The verdict
    moves the action on: it becomes this session's with the status the outcome gives it (see
    app.services.action_history); clearing the verdict takes it out of this session again."""
    if outcome is not None and outcome not in REVIEW_OUTCOMES:
        raise refused(Refusal.NO_SUCH_OUTCOME, outcome=outcome)
    with writing(store) as db:
        s = open_session(db, session_id)
        earlier = get(db, m.Action, action_id)
        if earlier.id not in {a.id for a in action_history.open_before(db, s)}:
            raise refused(Refusal.REVIEW_NOT_EARLIER)
        existing = next((r for r in s.reviews if r.action_id == action_id), None)
        if outcome is None:
            here = action_history.continuation(db, session_id, earlier)
            if here is not None:
                _take_back(db, here, earlier, existing)
            if existing is not None:
                db.delete(existing)
            return
        if existing is None:
            db.add(
                m.ActionReview(
                    session_id=session_id,
                    action_id=action_id,
                    outcome=outcome,
                    note=clean_text(note),
                )
            )
        else:
            set_fields(existing, {"outcome", "note"}, {"outcome": outcome, "note": note})
        action_history.carry_on(db, s, earlier, outcome)
