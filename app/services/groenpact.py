"""GroenPact: the regional initiatives and projects of a community (the actions of its sessions)
against GroenPact's action lines and the policy-frame items they give shape to, as a matrix:
one row per initiative, one column per action line. Columns nobody fills show where nothing
happens yet; there are no totals or scores."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.modeldef import current_definition
from app.store import Store
from app.vocabulary import overviews


def groenpact_matrix(store: Store, community_id: int) -> overviews.GroenpactMatrix:
    s, a = m.IntervisieSession, m.Action
    q = (
        select(
            a.id,
            a.session_id,
            s.held_on,
            a.title,
            a.status,
            a.groenpact,
            a.frame_items,
            a.element_keys,
        )
        .join(s, s.id == a.session_id)
        .where(s.community_id == community_id)
        .order_by(s.held_on, s.id, a.position, a.id)
    )
    with store.reading() as db:
        rows = tuple(
            overviews.GroenpactRow(
                i,
                sid,
                held_on,
                title,
                status,
                tuple(lines or ()),
                tuple(frames or ()),
                tuple(keys or ()),
            )
            for i, sid, held_on, title, status, lines, frames, keys in db.execute(q)
        )
    lines = tuple(g.key for g in current_definition().groenpact)
    return overviews.GroenpactMatrix(community_id, lines, rows)
