"""What the participants' phones send in the room (app.room), stored with the session.

A phone is a random device id the room made (never a name). Ratings and dots are the phone's own
until the facilitator reveals the counts; a proposal is an observation-to-be that enters the
session only through accept_proposal, which adds it with the same service as the facilitator's
own typing (app.services.vertrekpunt.add_observation). Every value is checked here, whoever
calls: the element against the session's model, the level against its scale, the dots against
the room's allowance, texts against app.models.limits.
"""

from __future__ import annotations

import uuid as uuidlib

from sqlalchemy import delete, func, select

from app import models as m
from app.modeldef import definition_for
from app.services import focus, vertrekpunt
from app.services.errors import refused
from app.services.lengths import check_text
from app.services.rows import clean_text, get, open_session, writing
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.refusals import Refusal
from app.vocabulary.room import ProposalData, RoomTally

# the accepted observation's uuid follows from the proposal: accepting twice adds it once
_ACCEPTED = uuidlib.UUID("6f1d0d5e-4b8a-4f39-9b1e-2a6a0c6f7d10")


def _definition(session: m.IntervisieSession):
    return definition_for(session.model_id, session.model_version)


def _check_element(session: m.IntervisieSession, element_key: str) -> None:
    if element_key not in _definition(session).element_keys():
        raise refused(Refusal.ROOM_ELEMENT_UNKNOWN)


def rate(store: Store, session_id: int, element_key: str, device: str, level: int) -> None:
    """A phone's private status for an element; its latest choice replaces the earlier one."""
    check_text("room_rating", "device", device)
    with writing(store) as db:
        s = open_session(db, session_id)
        _check_element(s, element_key)
        if level not in {lv.level for lv in _definition(s).levels}:
            raise refused(Refusal.ROOM_LEVEL_UNKNOWN)
        R = m.RoomRating
        row = db.scalars(
            select(R).where(
                R.session_id == session_id, R.element_key == element_key, R.device == device
            )
        ).first()
        if row is None:
            db.add(R(session_id=session_id, element_key=element_key, device=device, level=level))
        else:
            row.level = level


def own_rating(store: Store, session_id: int, element_key: str, device: str) -> int | None:
    R = m.RoomRating
    with store.reading() as db:
        return db.scalar(
            select(R.level).where(
                R.session_id == session_id, R.element_key == element_key, R.device == device
            )
        )


def propose(
    store: Store, session_id: int, element_key: str, device: str, text: str
) -> ProposalData:
    """An observation proposed from a phone, into the tray (not into the session)."""
    text = clean_text(text).strip()
    if not text:
        raise refused(Refusal.PROPOSAL_EMPTY)
    check_text("room_proposal", "text", text)
    check_text("room_proposal", "device", device)
    with writing(store) as db:
        s = open_session(db, session_id)
        _check_element(s, element_key)
        p = m.RoomProposal(session_id=session_id, element_key=element_key, device=device, text=text)
        db.add(p)
        db.flush()
        return _proposal(p)


def _proposal(p: m.RoomProposal) -> ProposalData:
    return ProposalData(p.id, p.session_id, p.element_key, p.text, p.state, p.device)


def proposals(store: Store, session_id: int, state: str = "waiting") -> list[ProposalData]:
    P = m.RoomProposal
    with store.reading() as db:
        q = select(P).where(P.session_id == session_id, P.state == state).order_by(P.id)
        return [_proposal(p) for p in db.scalars(q)]


def accept_proposal(store: Store, proposal_id: int, text: str | None = None) -> dto.ObservationData:
    """The proposal (as proposed, or as the facilitator edited it) becomes an observation of its
    element, through the facilitator's own service; accepting it again adds nothing new."""
    with store.reading() as db:
        p = get(db, m.RoomProposal, proposal_id)
        session_id, key, proposed = p.session_id, p.element_key, p.text
    made = vertrekpunt.add_observation(
        store,
        session_id,
        key,
        text if text is not None else proposed,
        uuid=str(uuidlib.uuid5(_ACCEPTED, f"{session_id}/{proposal_id}")),
    )
    with writing(store) as db:
        p = get(db, m.RoomProposal, proposal_id)
        p.state, p.observation_id = "accepted", made.id
    return made


def drop_proposal(store: Store, proposal_id: int) -> None:
    with writing(store) as db:
        p = get(db, m.RoomProposal, proposal_id)
        open_session(db, p.session_id)
        p.state = "dropped"


def cast_votes(
    store: Store, session_id: int, device: str, dots: dict[int, int], allowed: int
) -> None:
    """A phone's dots (focus point id -> dots), all at once: they replace what it cast before.
    At most `allowed` in all, only on this session's focus points."""
    check_text("room_vote", "device", device)
    if any(not isinstance(n, int) or n < 0 for n in dots.values()):
        raise refused(Refusal.DOTS_NOT_WHOLE)
    if sum(dots.values()) > allowed:
        raise refused(Refusal.TOO_MANY_DOTS, allowed=allowed)
    V, F = m.RoomVote, m.FocusPoint
    with writing(store) as db:
        open_session(db, session_id)
        ours = set(db.scalars(select(F.id).where(F.session_id == session_id)))
        if not set(dots) <= ours:
            raise refused(Refusal.FOCUS_POINT_ELSEWHERE)
        db.execute(delete(V).where(V.session_id == session_id, V.device == device))
        for focus_id, n in dots.items():
            if n:
                db.add(V(session_id=session_id, focus_point_id=focus_id, device=device, dots=n))


def tally(store: Store, session_id: int, element_key: str | None) -> RoomTally:
    """Counts for the projector and the window: never which phone chose what."""
    R, V, P = m.RoomRating, m.RoomVote, m.RoomProposal
    with store.reading() as db:
        spread: dict[int, int] = {}
        if element_key is not None:
            spread = dict(
                db.execute(
                    select(R.level, func.count())
                    .where(R.session_id == session_id, R.element_key == element_key)
                    .group_by(R.level)
                )
                .tuples()
                .all()
            )
        votes = dict(
            db.execute(
                select(V.focus_point_id, func.sum(V.dots))
                .where(V.session_id == session_id)
                .group_by(V.focus_point_id)
            )
            .tuples()
            .all()
        )
        voters = db.scalar(
            select(func.count(func.distinct(V.device))).where(V.session_id == session_id)
        )
        waiting = db.scalar(
            select(func.count())
            .select_from(P)
            .where(P.session_id == session_id, P.state == "waiting")
        )
    return RoomTally(
        {int(k): int(v) for k, v in spread.items()},
        sum(spread.values()),
        {int(k): int(v) for k, v in votes.items()},
        int(voters or 0),
        int(waiting or 0),
    )


def add_votes_to_focus_points(store: Store, session_id: int) -> None:
    """The phones' dots onto the focus points' own counts (the list sorts by them), through the
    facilitator's vote service, each point once: pressing it again counts nothing twice."""
    totals = tally(store, session_id, None).votes
    for focus_id, n in totals.items():
        focus.add_vote(store, focus_id, n, token=f"room:{session_id}:{focus_id}")


def forget_device(store: Store, session_id: int, device: str) -> None:
    """A removed phone: its ratings, dots and waiting proposals go (accepted ones stay: they
    are the session's observations now)."""
    R, V, P = m.RoomRating, m.RoomVote, m.RoomProposal
    with writing(store) as db:
        db.execute(delete(R).where(R.session_id == session_id, R.device == device))
        db.execute(delete(V).where(V.session_id == session_id, V.device == device))
        db.execute(
            delete(P).where(P.session_id == session_id, P.device == device, P.state == "waiting")
        )


def own_votes(store: Store, session_id: int, device: str) -> dict[int, int]:
    V = m.RoomVote
    with store.reading() as db:
        return dict(
            db.execute(
                select(V.focus_point_id, V.dots).where(
                    V.session_id == session_id, V.device == device
                )
            )
            .tuples()
            .all()
        )
