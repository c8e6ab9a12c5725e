"""Vergelijken: two sessions side by side — one community at two moments, or two communities —
element by element: the status in each, which way it differs, and how much was said. For
learning, not ranking: the comparison has no totals and no scores, and names can be hidden by
whoever shows it."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from app import models as m
from app.modeldef import definition_for
from app.services import sessions
from app.vocabulary import dto
from app.services.timeline import element_order
from app.store import Store


def change(status_a: int | None, status_b: int | None) -> int | None:
    """+1 when b is higher, -1 lower, 0 the same; None when either left the element open."""
    if status_a is None or status_b is None:
        return None
    return (status_b > status_a) - (status_b < status_a)


def _statuses_and_counts(db, session_id: int) -> tuple[dict[str, int | None], Counter]:
    statuses = dict(db.execute(select(m.Assessment.element_key, m.Assessment.status)
                               .where(m.Assessment.session_id == session_id)).all())
    counts = Counter(dict(db.execute(
        select(m.Observation.element_key, func.count(m.Observation.id))
        .where(m.Observation.session_id == session_id)
        .group_by(m.Observation.element_key)).all()))
    return statuses, counts


def _observations(db, session_id: int) -> list[m.Observation]:
    return list(db.scalars(select(m.Observation).where(m.Observation.session_id == session_id)
                           .order_by(m.Observation.element_key, m.Observation.position)))


def said_side_by_side(db, a_id: int, b_id: int) -> dict[str, tuple[dto.SaidPair, ...]]:
    """Per element, A's observations with what became of each in B, then B's new ones. A row
    of B carried (perhaps through sessions between) from one of A is that one, changed or not;
    otherwise the same text is the same observation (between communities too)."""
    obs_a, obs_b = _observations(db, a_id), _observations(db, b_id)
    by_uuid = {o.uuid: o for o in obs_a}
    carried_from = dict(db.execute(select(m.Observation.uuid, m.Observation.carried_from_uuid)
                                   .where(m.Observation.carried_from_uuid.is_not(None))).all())

    def origin_in_a(o: m.Observation) -> m.Observation | None:
        uuid, seen = o.carried_from_uuid, set()
        while uuid is not None and uuid not in seen:
            if uuid in by_uuid:
                return by_uuid[uuid]
            seen.add(uuid)
            uuid = carried_from.get(uuid)
        return None

    partner: dict[int, m.Observation] = {}
    for o in obs_b:
        found = origin_in_a(o) or next(
            (x for x in obs_a if x.element_key == o.element_key and x.text == o.text
             and x.id not in partner), None)
        if found is not None and found.id not in partner:
            partner[found.id] = o
    taken = {o.id for o in partner.values()}
    out: dict[str, list[dto.SaidPair]] = {}
    for x in obs_a:
        b = partner.get(x.id)
        mark = "gone" if b is None else ("same" if b.text == x.text else "changed")
        out.setdefault(x.element_key, []).append(
            dto.SaidPair(x.text, b.text if b is not None else None, mark))
    for o in obs_b:
        if o.id not in taken:
            out.setdefault(o.element_key, []).append(dto.SaidPair(None, o.text, "new"))
    return {k: tuple(v) for k, v in out.items()}


def compare_sessions(store: Store, session_a: int, session_b: int) -> dto.Comparison:
    a, b = sessions.get_session(store, session_a), sessions.get_session(store, session_b)
    with store.reading() as db:
        status_a, count_a = _statuses_and_counts(db, a.id)
        status_b, count_b = _statuses_and_counts(db, b.id)
        said = said_side_by_side(db, a.id, b.id)
    keys, _ = element_order([(a.model_id, a.model_version), (b.model_id, b.model_version)])
    in_a = set(definition_for(a.model_id, a.model_version).element_keys())
    in_b = set(definition_for(b.model_id, b.model_version).element_keys())
    rows = tuple(dto.ComparedElement(
        key, status_a.get(key), status_b.get(key), change(status_a.get(key), status_b.get(key)),
        count_a.get(key, 0), count_b.get(key, 0), key in in_a, key in in_b, said.get(key, ()))
        for key in keys)
    return dto.Comparison(a, b, a.community_id == b.community_id, rows)
