"""Vergelijken: two sessions side by side — one community at two moments, or two communities —
element by element: the status in each, which way it differs, and how much was said. For
learning, not ranking: the comparison has no totals and no scores, and names can be hidden by
whoever shows it."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from app import models as m
from app.services import sessions
from app.services.version_keys import element_order, translation
from app.store import Store
from app.vocabulary import overviews


def change(status_a: int | None, status_b: int | None) -> int | None:
    """+1 when b is higher, -1 lower, 0 the same; None when either left the element open."""
    if status_a is None or status_b is None:
        return None
    return (status_b > status_a) - (status_b < status_a)


def _statuses_and_counts(db, session_id: int) -> tuple[dict[str, int | None], Counter]:
    statuses = dict(
        db.execute(
            select(m.Assessment.element_key, m.Assessment.status).where(
                m.Assessment.session_id == session_id
            )
        ).all()
    )
    counts = Counter(
        dict(
            db.execute(
                select(m.Observation.element_key, func.count(m.Observation.id))
                .where(m.Observation.session_id == session_id)
                .group_by(m.Observation.element_key)
            ).all()
        )
    )
    return statuses, counts


def _observations(db, session_id: int) -> list[m.Observation]:
    return list(
        db.scalars(
            select(m.Observation)
            .where(m.Observation.session_id == session_id)
            .order_by(m.Observation.element_key, m.Observation.position)
        )
    )


def said_side_by_side(db, a_id: int, b_id: int) -> dict[str, tuple[overviews.SaidPair, ...]]:
    """Per element, A's observations with what became of each in B, then B's new ones. A row
    of B carried (perhaps through sessions between) from one of A is that one, changed or not;
    an observation the group connected with one of the other community ("verbonden met …",
    also when either was carried on since) is paired with it; otherwise the same text is the
    same observation (between communities too)."""
    obs_a, obs_b = _observations(db, a_id), _observations(db, b_id)
    by_uuid = {o.uuid: o for o in obs_a}
    carried_from = dict(
        db.execute(
            select(m.Observation.uuid, m.Observation.carried_from_uuid).where(
                m.Observation.carried_from_uuid.is_not(None)
            )
        ).all()
    )

    def lineage(o: m.Observation) -> list[str]:
        """The observation's uuid and those of the rows it was carried from, newest first."""
        out, uuid = [o.uuid], o.carried_from_uuid
        while uuid is not None and uuid not in out:
            out.append(uuid)
            uuid = carried_from.get(uuid)
        return out

    def origin_in_a(o: m.Observation) -> m.Observation | None:
        return next((by_uuid[u] for u in lineage(o)[1:] if u in by_uuid), None)

    def connected(x: m.Observation, o: m.Observation) -> bool:
        return (x.linked_uuid is not None and x.linked_uuid in lineage(o)) or (
            o.linked_uuid is not None and o.linked_uuid in lineage(x)
        )

    partner: dict[int, m.Observation] = {}
    linked: set[int] = set()
    for o in obs_b:
        found = origin_in_a(o)
        if found is None:
            found = next((x for x in obs_a if x.id not in partner and connected(x, o)), None)
            if found is not None:
                linked.add(found.id)
        if found is None:
            found = next(
                (
                    x
                    for x in obs_a
                    if x.element_key == o.element_key and x.text == o.text and x.id not in partner
                ),
                None,
            )
        if found is not None and found.id not in partner:
            partner[found.id] = o
    taken = {o.id for o in partner.values()}
    out: dict[str, list[overviews.SaidPair]] = {}
    for x in obs_a:
        in_b = partner.get(x.id)
        if in_b is None:
            mark = "gone"
        elif x.id in linked:
            mark = "linked"
        else:
            mark = "same" if in_b.text == x.text else "changed"
        out.setdefault(x.element_key, []).append(
            overviews.SaidPair(
                x.text,
                in_b.text if in_b is not None else None,
                mark,
                x.id,
                in_b.id if in_b is not None else None,
            )
        )
    for o in obs_b:
        if o.id not in taken:
            out.setdefault(o.element_key, []).append(
                overviews.SaidPair(None, o.text, "new", None, o.id)
            )
    return {k: tuple(v) for k, v in out.items()}


def _in_keys(tr, pair, statuses: dict, counts: Counter, said: dict, side: str):
    """One side's statuses and counts in the newest version's keys (merged areas: the one
    status when they agree, none when they differ). `said` is keyed by either side's keys: a
    key moves when this side's mapping renames it."""
    by_key: dict[str, set] = {}
    for k, v in statuses.items():
        by_key.setdefault(tr.key(pair, k), set()).add(v)
    moved_counts: Counter = Counter()
    for k, n in counts.items():
        moved_counts[tr.key(pair, k)] += n
    moved_said: dict[str, tuple] = {}
    for k, pairs in said.items():
        target = tr.key(pair, k)
        moved_said[target] = moved_said.get(target, ()) + tuple(pairs)
    return (
        {k: next(iter(v)) if len(v) == 1 else None for k, v in by_key.items()},
        moved_counts,
        moved_said,
    )


def compare_sessions(store: Store, session_a: int, session_b: int) -> overviews.Comparison:
    a, b = sessions.get_session(store, session_a), sessions.get_session(store, session_b)
    with store.reading() as db:
        status_a, count_a = _statuses_and_counts(db, a.id)
        status_b, count_b = _statuses_and_counts(db, b.id)
        said = said_side_by_side(db, a.id, b.id)
    # both sides in the newer version's keys: a renamed or merged area is one row
    pair_a, pair_b = (a.model_id, a.model_version), (b.model_id, b.model_version)
    tr = translation([pair_a, pair_b])
    status_a, count_a, said_a = _in_keys(tr, pair_a, status_a, count_a, said, "a")
    status_b, count_b, said = _in_keys(tr, pair_b, status_b, count_b, said_a, "b")
    keys, _ = element_order([pair_a, pair_b], tr)
    in_a, in_b = set(tr.keys_of(pair_a)), set(tr.keys_of(pair_b))
    rows = tuple(
        overviews.ComparedElement(
            key,
            status_a.get(key),
            status_b.get(key),
            change(status_a.get(key), status_b.get(key)),
            count_a.get(key, 0),
            count_b.get(key, 0),
            key in in_a,
            key in in_b,
            said.get(key, ()),
        )
        for key in keys
    )
    return overviews.Comparison(a, b, a.community_id == b.community_id, rows)
