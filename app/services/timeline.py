"""In de tijd positioneren: a community's element statuses across its sessions, as plain points
for a chart. Two queries read every session and status of the community, however many sessions
there are. Elements are matched by key, so sessions made with different versions of the model
stay comparable where their elements agree; where a version lacks an element, the timeline says
so instead of drawing a drop."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.modeldef import current_definition, definition_for
from app.vocabulary import dto
from app.store import Store


def _newest_first(version: str) -> tuple[int, ...]:
    return tuple(-int(x) if x.isdigit() else 0 for x in version.split("."))


def element_order(versions: list[tuple[str, str]]) -> tuple[tuple[str, ...], dict[str, tuple]]:
    """Every element of the given (model id, version) pairs, in the newest definition's order
    then the older ones', and per element the versions that lack it."""
    keys: list[str] = list(current_definition().element_keys()) if not versions else []
    have: dict[tuple[str, str], set[str]] = {}
    for pair in sorted(set(versions), key=lambda p: _newest_first(p[1])):
        elements = definition_for(*pair).element_keys()
        have[pair] = set(elements)
        keys += [k for k in elements if k not in keys]
    missing = {k: tuple(sorted({v for (_, v), ks in have.items() if k not in ks}))
               for k in keys}
    return tuple(keys), {k: v for k, v in missing.items() if v}


def community_timeline(store: Store, community_id: int) -> dto.Timeline:
    """Two queries whatever the number of sessions: the sessions, then all their statuses (each
    date is read once per session, not once per status)."""
    s, a = m.IntervisieSession, m.Assessment
    q_sessions = (select(s.id, s.held_on, s.title, s.model_id, s.model_version)
                  .where(s.community_id == community_id).order_by(s.held_on, s.id))
    q_statuses = (select(a.session_id, a.element_key, a.status, a.carried)
                  .join(s, s.id == a.session_id)
                  .where(s.community_id == community_id, a.status.is_not(None)))
    with store.reading() as db:
        rows = db.execute(q_sessions).all()
        statuses = db.execute(q_statuses).all()
    sessions = {sid: dto.TimelineSession(sid, held_on, title, version)
                for sid, held_on, title, _model, version in rows}
    order = {sid: i for i, sid in enumerate(sessions)}
    points: dict[str, list[dto.TimelinePoint]] = {}
    for sid, key, status, carried in sorted(statuses, key=lambda r: order[r[0]]):
        # carried over and never confirmed: the group did not re-assess it (drawn hollow)
        points.setdefault(key, []).append(dto.TimelinePoint(sessions[sid].held_on, sid, status,
                                                            bool(carried)))
    keys, missing = element_order([(model, version) for _, _, _, model, version in rows])
    keys += tuple(k for k in points if k not in keys)  # assessed, yet in no known version
    return dto.Timeline(community_id, tuple(sessions.values()), keys,
                        {k: tuple(points.get(k, ())) for k in keys}, missing)
