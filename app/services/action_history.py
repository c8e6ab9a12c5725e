"""An action lives until it is done. Each follow-up reviews the open actions of the session it
continues from; the review makes the action this session's too — a row of its own that points at
its earlier self by uuid (continued_from_uuid) — with the status the review gave it: continued
(bezig), done (gereed) or stopped (gestopt). So the plan of the new session holds it, editable
there, the next follow-up reviews it again, and its history reads from the chain of rows:
created in session 1, continued in 2, done in 3."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.services.rows import next_position
from app.vocabulary import dto

FINISHED = ("gereed", "gestopt")  # an action with one of these is not reviewed again
STATUS_AFTER = {"doorgezet": "bezig", "gereed": "gereed", "gestopt": "gestopt"}
# what a continued action takes along; links to focus points and themes stay with the session
# that made them (they are that session's rows) and are reached through the history
_COPIED = (
    "title",
    "description",
    "owner",
    "partners",
    "starts_on",
    "due_on",
    "indicator",
    "characteristics",
    "groenpact",
    "frame_items",
    "element_keys",
    "complexity",
    "development_path",
)


def earlier_sessions(db, session: m.IntervisieSession) -> list[int]:
    """The sessions this one continues from, nearest first (a loop in the chain stops it)."""
    out: list[int] = []
    nxt = session.continues_from_id
    while nxt is not None and nxt not in out and nxt != session.id:
        out.append(nxt)
        nxt = db.get(m.IntervisieSession, nxt).continues_from_id
    return out


def open_before(db, session: m.IntervisieSession) -> list[m.Action]:
    """The actions a follow-up reviews: the last row of every action in the sessions it
    continues from, nearest session first. An action skipped in one follow-up (never
    reviewed there, so no row of its own) is still the last row in its older session, and so it
    is offered again in the next — it lives until it is done or stopped. Finished rows are
    included; the caller decides whether to list them."""
    before = earlier_sessions(db, session)
    if not before:
        return []
    rows = list(db.scalars(select(m.Action).where(m.Action.session_id.in_(before))))
    continued = {a.continued_from_uuid for a in rows if a.continued_from_uuid}
    order = {sid: i for i, sid in enumerate(before)}
    return sorted(
        (a for a in rows if a.uuid not in continued),
        key=lambda a: (order[a.session_id], a.position, a.id),
    )


def edited(here: m.Action, earlier: m.Action) -> bool:
    """Whether the group changed the continued row in the new session (its own words, links or
    people), so that it is more than the review's copy."""
    if any(getattr(here, name) != getattr(earlier, name) for name in _COPIED):
        return True
    if {a.id for a in here.actors} != {a.id for a in earlier.actors}:
        return True
    return bool(here.focus_points or here.themes)


def continuation(db, session_id: int, earlier: m.Action) -> m.Action | None:
    """This session's row of the earlier action, if a review made one."""
    return db.scalars(
        select(m.Action).where(
            m.Action.session_id == session_id, m.Action.continued_from_uuid == earlier.uuid
        )
    ).first()


def carry_on(db, session: m.IntervisieSession, earlier: m.Action, outcome: str) -> m.Action:
    """The review's effect: the action in this session with the status the outcome gives it
    (made once; a later change of verdict moves the status of the same row)."""
    row = continuation(db, session.id, earlier)
    if row is None:
        row = m.Action(
            session_id=session.id,
            continued_from_uuid=earlier.uuid,
            position=next_position(db, m.Action, session_id=session.id),
            **{name: getattr(earlier, name) for name in _COPIED},
        )
        row.partners = list(earlier.partners or ())
        row.actors = list(earlier.actors)
        db.add(row)
    row.status = STATUS_AFTER[outcome]
    return row


def _community_actions(db, community_id: int) -> list[tuple[m.Action, m.IntervisieSession]]:
    q = (
        select(m.Action, m.IntervisieSession)
        .join(m.IntervisieSession, m.Action.session_id == m.IntervisieSession.id)
        .where(m.IntervisieSession.community_id == community_id)
    )
    return list(db.execute(q).tuples())


def lineage(db, action: m.Action) -> list[tuple[m.Action, m.IntervisieSession]]:
    """The action's rows across the community's sessions, oldest first: back through
    continued_from_uuid, and forward to the rows that continue it."""
    rows = _community_actions(db, action.session.community_id)
    by_uuid = {a.uuid: (a, s) for a, s in rows}
    after = {a.continued_from_uuid: (a, s) for a, s in rows if a.continued_from_uuid}
    chain = [by_uuid[action.uuid]]
    seen = {action.uuid}
    while (back := chain[0][0].continued_from_uuid) in by_uuid and back not in seen:
        seen.add(back)
        chain.insert(0, by_uuid[back])
    while (nxt := after.get(chain[-1][0].uuid)) is not None and nxt[0].uuid not in seen:
        seen.add(nxt[0].uuid)
        chain.append(nxt)
    return chain


def _word(db, row: m.Action, session: m.IntervisieSession, earlier: m.Action | None) -> str:
    """Created here: its status. Carried on here: the review's outcome, or its status when the
    group finished it in this session after continuing it."""
    if earlier is None:
        return row.status
    review = db.scalars(
        select(m.ActionReview).where(
            m.ActionReview.session_id == session.id, m.ActionReview.action_id == earlier.id
        )
    ).first()
    if review is None or (review.outcome == "doorgezet" and row.status in FINISHED):
        return row.status
    return review.outcome


def history(db, action: m.Action, until: int | None = None) -> tuple[dto.HistoryStep, ...]:
    """The action's life, oldest first (up to and including the session `until`, if given)."""
    chain = lineage(db, action)
    out, earlier = [], None
    for row, session in chain:
        out.append(
            dto.HistoryStep(
                session.id, session.title, session.held_on, row.id, _word(db, row, session, earlier)
            )
        )
        earlier = row
        if session.id == until:
            break
    return tuple(out)


def histories(db, session_id: int) -> dict[int, tuple[dto.HistoryStep, ...]]:
    """Per action of the session that lived before it: its history up to this session."""
    rows = db.scalars(
        select(m.Action).where(
            m.Action.session_id == session_id, m.Action.continued_from_uuid.is_not(None)
        )
    )
    out = {}
    for a in rows:
        steps = history(db, a, until=session_id)
        if len(steps) > 1:
            out[a.id] = steps
    return out
