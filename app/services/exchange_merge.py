"""Merging a community's two versions, with the one three-way merge (app.services.exchange_threeway)
for both ways they meet: a taken-out community brought back to the server, and a laptop's exchange
file imported into another laptop's database.

A three-way merge needs the base: the rows as both sides last had them in common. A take-out keeps
it in the laptop's file. Between laptops, each database records the rows of every file it imported
(ExchangeRecord.base), and every file it exports carries that record along ("base" in the file).
For each row, the merge takes the later (updated_at) of the two: what this database last received
and what the other laptop last received. Between two laptops that is the version both have seen;
and a file imported a second time finds its own rows as the base, so it changes nothing.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app import models as m
from app.services import exchange_tables as t
from app.services.exchange_apply import Applier
from app.services.exchange_threeway import Plan


class MergeApplier(Applier):
    """Writes exactly the rows the plan changed, after deleting what it deletes."""

    def __init__(self, db, result, plan: Plan):
        super().__init__(db, result)
        self.plan = plan

    def keeps(self, row, data: dict) -> bool:
        return data["uuid"] not in self.plan.written

    def delete_planned(self) -> int:
        # rows of a session before sessions, sessions before actors: nothing is deleted twice
        rank = {t.SESSION: 1, t.ACTOR: 2}
        deleted = 0
        for entity, uuid in sorted(self.plan.deleted, key=lambda d: rank.get(d[0], 0)):
            row = self.find(entity.model, uuid)
            if row is not None:
                self.db.delete(row)
                self.db.flush()
                deleted += 1
        return deleted


# ---- the record of a community's exchanges ------------------------------------------------------
def record(db, community_uuid: str) -> m.ExchangeRecord | None:
    return db.scalars(
        select(m.ExchangeRecord).where(m.ExchangeRecord.community_uuid == community_uuid)
    ).first()


def recorded_base(db, community_uuid: str) -> dict | None:
    found = record(db, community_uuid)
    return json.loads(found.base) if found is not None and found.base else None


def note_origin(db, community_uuid: str, origin: str) -> m.ExchangeRecord:
    """The community's record, made with origin when it has none yet (an existing origin stays)."""
    found = record(db, community_uuid)
    if found is None:
        found = m.ExchangeRecord(community_uuid=community_uuid, origin=origin, base="")
        db.add(found)
    return found


def remember(db, doc: dict, origin: str) -> None:
    """After importing doc: its rows are what this database last received of the community."""
    found = note_origin(db, doc["community"]["uuid"], origin)
    old = json.loads(found.base) if found.base else None
    found.base = json.dumps(later_of(old, strip_base(doc)), ensure_ascii=False)


def strip_base(doc: dict) -> dict:
    return {"community": doc["community"], "sessions": doc["sessions"]}


def _when(row: dict) -> datetime:
    return datetime.fromisoformat(row["updated_at"])


def _wanted(entity: t.Entity, row: dict, session: str | None, sessions: set[str] | None) -> bool:
    if sessions is None:
        return True
    if entity is t.SESSION:
        return row["uuid"] in sessions
    return session is None or session in sessions


def later_of(*docs: dict | None, sessions: set[str] | None = None) -> dict | None:
    """Per row (by uuid) the later of the versions in docs, as one document; only the sessions
    named in sessions (all when None) with their rows. None when no document holds the community."""
    rows: dict[str, tuple[t.Entity, dict, str | None]] = {}
    for doc in docs:
        if doc is None:
            continue
        for entity, row, session in t.rows_of(doc):
            if not _wanted(entity, row, session, sessions):
                continue
            old = rows.get(row["uuid"])
            if old is None or _when(row) > _when(old[1]):
                rows[row["uuid"]] = (entity, row, session)
    community = next((row for entity, row, _s in rows.values() if entity is t.COMMUNITY), None)
    if community is None:
        return None
    out: dict[str, Any] = {"community": dict(copy.deepcopy(community), actors=[]), "sessions": []}
    by_session = {}
    for entity, row, _s in rows.values():
        if entity is t.ACTOR:
            out["community"]["actors"].append(copy.deepcopy(row))
        elif entity is t.SESSION:
            s = copy.deepcopy(row)
            s.update({e.key: [] for e in t.SESSION_ROWS})
            by_session[s["uuid"]] = s
            out["sessions"].append(s)
    for entity, row, session in rows.values():
        if session in by_session:
            by_session[session][entity.key].append(copy.deepcopy(row))
    return out


def base_to_carry(db, doc: dict) -> dict | None:
    """What an exported file carries as its base: the rows this database last received, of the
    community and of the file's sessions."""
    recorded = recorded_base(db, doc["community"]["uuid"])
    if recorded is None:
        return None
    sessions = None if doc["kind"] == "community" else {s["uuid"] for s in doc["sessions"]}
    return later_of(recorded, sessions=sessions)


def merge_base(db, doc: dict) -> dict | None:
    """The base for merging the imported doc: per row the later of what this database last
    received and what the file's laptop last received (doc["base"])."""
    sessions = None if doc["kind"] == "community" else {s["uuid"] for s in doc["sessions"]}
    return later_of(recorded_base(db, doc["community"]["uuid"]), doc.get("base"), sessions=sessions)
