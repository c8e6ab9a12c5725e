"""The room's inputs of one session as the report shows them: the spread of the phones' ratings
per element and their dots per focus point, counted, never by device."""

from __future__ import annotations

from sqlalchemy import func, select

from app import models as m
from app.store import Store
from app.vocabulary.room import RoomSummary


def room_summary(store: Store, session_id: int) -> RoomSummary | None:
    """None when no phone rated or voted in the session (it had no room, or nobody joined)."""
    R, V = m.RoomRating, m.RoomVote
    with store.reading() as db:
        rows = db.execute(
            select(R.element_key, R.level, func.count())
            .where(R.session_id == session_id)
            .group_by(R.element_key, R.level)
        ).all()
        votes = db.execute(
            select(V.focus_point_id, func.sum(V.dots))
            .where(V.session_id == session_id)
            .group_by(V.focus_point_id)
        ).all()
        raters = db.scalar(
            select(func.count(func.distinct(R.device))).where(R.session_id == session_id)
        )
        voters = db.scalar(
            select(func.count(func.distinct(V.device))).where(V.session_id == session_id)
        )
    if not rows and not votes:
        return None
    spread: dict[str, dict[int, int]] = {}
    for key, level, n in rows:
        spread.setdefault(key, {})[int(level)] = int(n)
    return RoomSummary(
        spread, {int(k): int(v) for k, v in votes}, int(raters or 0), int(voters or 0)
    )
