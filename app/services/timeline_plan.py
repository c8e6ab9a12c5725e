"""The plan over time, beside the statuses on the timeline: per session the development path the
group chose and its regional questions (type and place between renewal and transition), and per
"Op koers?" indicator its standing in every session it was carried to. A few queries per
community, however many sessions it has."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.services import plan_carry
from app.services.knowledge import question_elements
from app.services.model_checks import model_of
from app.services.rows import get
from app.store import Store
from app.vocabulary import dto


def _places(rows) -> tuple[dto.QuestionPlace, ...]:
    return tuple(dto.QuestionPlace(o.text, o.complexity, o.transition) for o in rows)


def band_questions(store: Store, session_id: int) -> tuple[dto.QuestionPlace, ...]:
    """The session's regional questions, in their list's order, for the figure's band."""
    with store.reading() as db:
        s = get(db, m.IntervisieSession, session_id)
        keys = question_elements(model_of(s))
        q = (
            select(m.Observation)
            .where(m.Observation.session_id == session_id, m.Observation.element_key.in_(keys))
            .order_by(m.Observation.element_key, m.Observation.position, m.Observation.id)
        )
        return _places(db.scalars(q))


def path_over_time(store: Store, community_id: int) -> tuple[dto.PathStep, ...]:
    """Per session, oldest first: the development path and the regional questions."""
    with store.reading() as db:
        sessions = list(
            db.scalars(
                select(m.IntervisieSession)
                .where(m.IntervisieSession.community_id == community_id)
                .order_by(m.IntervisieSession.held_on, m.IntervisieSession.id)
            )
        )
        rows = db.scalars(
            select(m.Observation)
            .join(m.IntervisieSession, m.IntervisieSession.id == m.Observation.session_id)
            .where(m.IntervisieSession.community_id == community_id)
            .order_by(m.Observation.element_key, m.Observation.position, m.Observation.id)
        )
        by_session: dict[int, list] = {}
        for o in rows:
            by_session.setdefault(o.session_id, []).append(o)
        out = []
        for s in sessions:
            keys = set(question_elements(model_of(s)))
            questions = [o for o in by_session.get(s.id, ()) if o.element_key in keys]
            out.append(
                dto.PathStep(
                    s.id,
                    s.title,
                    s.held_on,
                    s.development_path,
                    plan_carry.states(s).get("path", ""),
                    _places(questions),
                )
            )
        return tuple(out)


def indicator_trends(store: Store, community_id: int) -> tuple[dto.IndicatorTrend, ...]:
    """Every indicator of the community, named by its latest wording, with its standing in each
    session of its line (carried_from_uuid back to where it was first written), in the order of
    the latest session that holds it."""
    x, s = m.MonitoringItem, m.IntervisieSession
    q = (
        select(x, s)
        .join(s, s.id == x.session_id)
        .where(s.community_id == community_id, x.kind == "indicator")
        .order_by(s.held_on.desc(), s.id.desc(), x.position, x.id)
    )
    with store.reading() as db:
        rows = list(db.execute(q).tuples())
    by_uuid = {item.uuid: (item, session) for item, session in rows}
    carried_on = {item.carried_from_uuid for item, _ in rows if item.carried_from_uuid}
    out = []
    for item, _session in rows:
        if item.uuid in carried_on:
            continue  # not the last of its line: the line is read from its last row
        steps: list[dto.IndicatorStep] = []
        seen: set[str] = set()
        here: tuple | None = (item, _session)
        while here is not None and here[0].uuid not in seen:
            row, sess = here
            seen.add(row.uuid)
            steps.insert(
                0, dto.IndicatorStep(sess.id, sess.title, sess.held_on, row.verdict, row.standing)
            )
            here = by_uuid.get(row.carried_from_uuid) if row.carried_from_uuid else None
        out.append(dto.IndicatorTrend(item.text, tuple(steps)))
    return tuple(out)
