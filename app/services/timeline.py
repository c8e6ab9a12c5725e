"""In de tijd positioneren: a community's element statuses across its sessions, as plain points
for a chart. Two queries read every session and status of the community, however many sessions
there are. Elements are matched in the newest version's keys (app.services.version_keys: a
renamed or merged area keeps its line), so sessions made with different versions of the model
stay comparable; where a version lacks an element, the timeline says so instead of drawing a
drop."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.services.version_keys import element_order, translation
from app.store import Store
from app.vocabulary import overviews


def community_timeline(store: Store, community_id: int) -> overviews.Timeline:
    """Two queries whatever the number of sessions: the sessions, then all their statuses (each
    date is read once per session, not once per status)."""
    s, a = m.IntervisieSession, m.Assessment
    q_sessions = (
        select(s.id, s.held_on, s.title, s.model_id, s.model_version)
        .where(s.community_id == community_id)
        .order_by(s.held_on, s.id)
    )
    q_statuses = (
        select(a.session_id, a.element_key, a.status, a.carried)
        .join(s, s.id == a.session_id)
        .where(s.community_id == community_id, a.status.is_not(None))
    )
    with store.reading() as db:
        rows = db.execute(q_sessions).all()
        statuses = db.execute(q_statuses).all()
    sessions = {
        sid: overviews.TimelineSession(sid, held_on, title, version)
        for sid, held_on, title, _model, version in rows
    }
    order = {sid: i for i, sid in enumerate(sessions)}
    pair_of = {sid: (model, version) for sid, _, _, model, version in rows}
    tr = translation(list(pair_of.values()))
    points: dict[str, list[overviews.TimelinePoint]] = {}
    for sid, key, status, carried in sorted(statuses, key=lambda r: order[r[0]]):
        # carried over and never confirmed: the group did not re-assess it (drawn hollow)
        points.setdefault(tr.key(pair_of[sid], key), []).append(
            overviews.TimelinePoint(sessions[sid].held_on, sid, status, bool(carried))
        )
    keys, missing = element_order(list(pair_of.values()), tr)
    keys += tuple(k for k in points if k not in keys)  # assessed, yet in no known version
    return overviews.Timeline(
        community_id,
        tuple(sessions.values()),
        keys,
        {k: tuple(points.get(k, ())) for k in keys},
        missing,
    )
