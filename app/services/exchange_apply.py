"""Writing an exchange document's rows into a database, within one transaction.

The plain Applier adds what is not here and never changes a row that is: a plain import (a new
community, or a session file for a community that is here) leaves the community, its actors and
everything else here as they are. A merge (app.services.exchange_merge.MergeApplier) writes the
rows its plan changed. Every look-up is scoped to the community being written: with
app.services.exchange_scope checking the file first, a row of another community is never found,
so never changed or moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app import models as m
from app.services import exchange_tables as t
from app.services.exchange_threeway import Conflict
from app.services.model_store import keep_models


@dataclass
class ImportResult:
    community_id: int
    community_name: str
    mode: str
    added: int = 0  # rows that were not here
    updated: int = 0  # rows the merge changed
    kept: int = 0  # rows here that stayed as they were
    deleted: int = 0  # rows the merge deleted (deleted there, unchanged here)
    dropped_links: int = 0  # links to rows neither in the file nor here (a review of an action
    #                         of a session that was not exported)
    sessions: list[int] = field(default_factory=list)  # local ids of the file's sessions
    conflicts: list[Conflict] = field(default_factory=list)  # changed on both sides: both kept
    backup: Path | None = None


class Applier:
    def __init__(self, db, result: ImportResult):
        self.db, self.result = db, result
        self.community_id: int | None = None
        self.wrote: set[str] = set()  # uuids whose file version was written

    def find(self, model, uuid: str | None):
        """The row with this uuid in the community being written (never another community's)."""
        if uuid is None:
            return None
        stmt = select(model).where(model.uuid == uuid)
        if model is not m.Community:
            if self.community_id is None:
                return None
            if "community_id" in model.__table__.c:
                stmt = stmt.where(model.community_id == self.community_id)
            else:
                stmt = stmt.where(
                    model.session_id.in_(
                        select(m.IntervisieSession.id).where(
                            m.IntervisieSession.community_id == self.community_id
                        )
                    )
                )
        return self.db.scalars(stmt).first()

    def keeps(self, row, data: dict) -> bool:
        """Whether the row here stays as it is: always, for a plain import."""
        return True

    def _natural_twin(self, entity: t.Entity, data: dict, parent_id: int):
        """A row here that is the same thing under another uuid (both laptops gave the same
        element a status): the database allows only one."""
        if entity is t.ASSESSMENT:
            return self.db.scalars(
                select(m.Assessment).where(
                    m.Assessment.session_id == parent_id,
                    m.Assessment.element_key == data["element_key"],
                )
            ).first()
        if entity is t.REVIEW:
            action = self.find(m.Action, data["action"])
            return (
                action
                and self.db.scalars(
                    select(m.ActionReview).where(
                        m.ActionReview.session_id == parent_id,
                        m.ActionReview.action_id == action.id,
                    )
                ).first()
            )
        return None

    def upsert(self, entity: t.Entity, data: dict, parent_id: int | None = None):
        """The row for data, and whether the file's version was written."""
        with self.db.no_autoflush:  # a half-filled new row must not be flushed by a lookup
            return self._upsert(entity, data, parent_id)

    def _upsert(self, entity: t.Entity, data: dict, parent_id: int | None):
        row = self.find(entity.model, data["uuid"])
        if row is None and parent_id is not None:
            row = self._natural_twin(entity, data, parent_id)
        if row is not None and self.keeps(row, data):
            self.result.kept += 1
            return row, False
        if row is None:
            row = entity.model()
            row.uuid = data["uuid"]
            self.db.add(row)
            self.result.added += 1
        else:
            self.result.updated += 1
        row.created_at = t.from_json(entity.model, "created_at", data["created_at"])
        row.updated_at = t.from_json(entity.model, "updated_at", data["updated_at"])
        for name in entity.fields:
            setattr(row, name, t.from_json(entity.model, name, data[name]))
        if entity.parent_column is not None:
            setattr(row, entity.parent_column, parent_id)
        for ref in entity.refs:
            if ref.column == "continues_from_id":
                continue  # set once every session of the file is here
            target = self.find(ref.target, data[ref.key])
            if data[ref.key] is not None and target is None:
                self.result.dropped_links += 1
            setattr(row, ref.column, target.id if target else None)
        self.db.flush()
        self.wrote.add(data["uuid"])
        return row, True

    def session(self, data: dict, community_id: int) -> int:
        s, _ = self.upsert(t.SESSION, data, community_id)
        for entity in t.SESSION_ROWS:
            for item in data[entity.key]:
                if entity is t.REVIEW and self.find(m.Action, item["action"]) is None:
                    self.result.dropped_links += 1
                    continue
                row, written = self.upsert(entity, item, s.id)
                if written:
                    for key, model in t.LINKS.get(entity, {}).items():
                        setattr(
                            row,
                            key,
                            [x for x in (self.find(model, u) for u in item[key]) if x is not None],
                        )
            self.db.flush()
        return s.id

    def continues_from(self, data: dict) -> None:
        if data["uuid"] not in self.wrote:
            return  # the version here was kept
        s = self.find(m.IntervisieSession, data["uuid"])
        previous = self.find(m.IntervisieSession, data["continues_from"])
        if data["continues_from"] is not None and previous is None:
            self.result.dropped_links += 1
        s.continues_from_id = previous.id if previous else None
        flag_modified(s, "updated_at")  # keep the file's time: no automatic 'changed now'


def apply_document(applier: Applier, doc: dict) -> None:
    """Write the document's rows with the applier's rule for rows already here."""
    keep_models(applier.db, doc)  # first: the sessions are checked against their own model
    result = applier.result
    community, _ = applier.upsert(t.COMMUNITY, doc["community"])
    applier.community_id = community.id
    result.community_id, result.community_name = community.id, community.name
    for actor in doc["community"]["actors"]:
        applier.upsert(t.ACTOR, actor, community.id)
    for s in doc["sessions"]:
        result.sessions.append(applier.session(s, community.id))
    for s in doc["sessions"]:
        applier.continues_from(s)
