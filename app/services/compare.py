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


def compare_sessions(store: Store, session_a: int, session_b: int) -> dto.Comparison:
    a, b = sessions.get_session(store, session_a), sessions.get_session(store, session_b)
    with store.reading() as db:
        status_a, count_a = _statuses_and_counts(db, a.id)
        status_b, count_b = _statuses_and_counts(db, b.id)
    keys, _ = element_order([(a.model_id, a.model_version), (b.model_id, b.model_version)])
    in_a = set(definition_for(a.model_id, a.model_version).element_keys())
    in_b = set(definition_for(b.model_id, b.model_version).element_keys())
    rows = tuple(dto.ComparedElement(
        key, status_a.get(key), status_b.get(key), change(status_a.get(key), status_b.get(key)),
        count_a.get(key, 0), count_b.get(key, 0), key in in_a, key in in_b) for key in keys)
    return dto.Comparison(a, b, a.community_id == b.community_id, rows)
