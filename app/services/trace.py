"""The trace of the model's loop, both ways: from an action to the focus points and themes it
serves and the observations those came from, and from an observation to the actions that serve
it. It follows the cycle across sessions: an action continued from an earlier session serves
what its earlier rows served, and an observation carried over is the one it was carried from."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import action_history
from app.services.rows import get
from app.store import Store
from app.vocabulary import dto


def _focus_step(f: m.FocusPoint, obs: m.Observation | None) -> dto.TraceFocus:
    return dto.TraceFocus(
        f.id,
        f.session_id,
        f.session.title,
        f.element_key,
        f.text,
        obs.id if obs else None,
        obs.text if obs else "",
        obs.element_key if obs else None,
    )


def action_trace(store: Store, action_id: int) -> dto.ActionTrace:
    """What the action serves, over all its rows up to its own session, oldest first."""
    with store.reading() as db:
        a = get(db, m.Action, action_id)
        focus, themes, seen = [], [], set()
        for row, _session in action_history.lineage(db, a):
            for f in sorted(row.focus_points, key=lambda f: f.position):
                if f.id not in seen:
                    seen.add(f.id)
                    obs = db.get(m.Observation, f.observation_id) if f.observation_id else None
                    focus.append(_focus_step(f, obs))
            for t in sorted(row.themes, key=lambda t: t.position):
                themes.append(
                    dto.TraceTheme(
                        t.id,
                        t.session_id,
                        t.session.title,
                        t.theme_key,
                        t.label,
                        tuple(t.element_keys or ()),
                    )
                )
            if row.id == a.id:
                break
        return dto.ActionTrace(action_id, tuple(focus), tuple(themes))


def observation_trace(store: Store, observation_id: int) -> tuple[dto.TraceAction, ...]:
    """The actions serving the observation (through a focus point made from it, or from the
    observation it was carried from), each with its latest row in the community."""
    with store.reading() as db:
        return _trace(db, get(db, m.Observation, observation_id))


def observation_traces(
    store: Store, observation_ids: list[int]
) -> dict[int, tuple[dto.TraceAction, ...]]:
    """observation_trace of each of these observations, in one read: the vertrekpunt's list
    shows every line's trace, and a read per line made each keystroke there wait for a dozen
    transactions. Most observations serve no action: one query finds those that may."""
    if not observation_ids:
        return {}
    with store.reading() as db:
        found = db.scalars(select(m.Observation).where(m.Observation.id.in_(observation_ids)))
        observations = {o.id: o for o in found}
        served = set(
            db.scalars(
                select(m.FocusPoint.observation_id).where(
                    m.FocusPoint.observation_id.in_(observation_ids)
                )
            )
        )
        return {
            oid: _trace(db, o) if (oid in served or o.carried_from_uuid) else ()
            for oid, o in observations.items()
        }


def _trace(db, o: m.Observation) -> tuple[dto.TraceAction, ...]:
    sources, uuid = [o], o.carried_from_uuid
    while uuid:  # back to where it was first said
        current = db.scalars(select(m.Observation).where(m.Observation.uuid == uuid)).first()
        if current is None or current in sources:
            break
        sources.append(current)
        uuid = current.carried_from_uuid
    points = list(
        db.scalars(
            select(m.FocusPoint).where(m.FocusPoint.observation_id.in_([s.id for s in sources]))
        )
    )
    if not points:
        return ()
    actions = db.scalars(
        select(m.Action)
        .join(m.action_focus)
        .where(m.action_focus.c.focus_point_id.in_([p.id for p in points]))
        .options(selectinload(m.Action.focus_points))
    )
    out, seen = [], set()
    for a in actions:
        latest, session = action_history.lineage(db, a)[-1]
        if latest.id in seen:
            continue
        seen.add(latest.id)
        via = next(f for f in a.focus_points if f in points)
        out.append(
            dto.TraceAction(
                latest.id, session.id, session.title, latest.title, latest.status, via.text
            )
        )
    return tuple(out)
