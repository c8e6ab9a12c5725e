"""Visies vergelijken en verbinden: the group connects an observation of one community with one of
another ("verbonden met …"), seen in both when the two are compared and in the report's
comparison. The link is a note about what was said, not a change of it: it may be made on closed
sessions too (comparing is done afterwards). It is kept on the first observation as the other's
uuid, so it travels with exchange files and take-outs and is carried on to follow-ups."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.services.errors import refused
from app.services.rows import get, writing
from app.store import Store
from app.vocabulary.refusals import Refusal


def _community(o: m.Observation) -> int:
    return o.session.community_id


def link_observations(store: Store, observation_id: int, other_id: int) -> None:
    """Connect two observations of two communities (a replay changes nothing)."""
    with writing(store) as db:
        here, there = get(db, m.Observation, observation_id), get(db, m.Observation, other_id)
        if _community(here) == _community(there):
            raise refused(Refusal.LINK_SAME_COMMUNITY)
        if there.linked_uuid != here.uuid:
            here.linked_uuid = there.uuid


def _lineage(db, o: m.Observation) -> list[str]:
    """Its uuid and those of the rows it was carried from: a link made before either was
    carried on still connects the two."""
    out, uuid = [o.uuid], o.carried_from_uuid
    while uuid is not None and uuid not in out:
        out.append(uuid)
        uuid = db.scalar(select(m.Observation.carried_from_uuid).where(m.Observation.uuid == uuid))
    return out


def unlink_observations(store: Store, observation_id: int, other_id: int) -> None:
    """Take the connection between the two away, whichever of them holds it."""
    with writing(store) as db:
        here, there = get(db, m.Observation, observation_id), get(db, m.Observation, other_id)
        for a, b in ((here, there), (there, here)):
            if a.linked_uuid is not None and a.linked_uuid in _lineage(db, b):
                a.linked_uuid = None
