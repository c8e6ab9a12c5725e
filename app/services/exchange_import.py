"""Import an exchange file: validate everything first (exchange_schema), ask when the community or
a session is already here, take a backup, then apply in one transaction, so that any problem
leaves the database as it was.

on_existing:
- "ask"   (default): raise NeedsDecision when the file's community/sessions are already here;
- "merge": row by row, by uuid: rows not here are added, rows here are replaced when the file's
           copy was changed later (updated_at), and kept otherwise; nothing is deleted;
- "copy":  keep both: every row gets a new uuid, so the file becomes a separate community.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app import models as m
from app.services import exchange_tables as t
from app.services.errors import ServiceError, StorageUnavailable
from app.services.exchange_schema import ExchangeRejected, read_exchange_file
from app.store import Store
from app.store.backup import BackupError, make_backup
from app.store.storage_errors import MESSAGES

CHOICES = ("ask", "merge", "copy")


class NeedsDecision(ServiceError):
    """The file's community (or session) is already in the database: merge, or keep both?"""

    def __init__(self, community_name: str, sessions_in_file: int, sessions_here: int):
        self.community_name = community_name
        self.sessions_in_file, self.sessions_here = sessions_in_file, sessions_here
        super().__init__(
            f"“{community_name}” is already in this database ({sessions_here} of the "
            f"{sessions_in_file} sessions in the file are here). Merge the file into it, or keep "
            "both as separate communities? Nothing has been changed yet.")


@dataclass
class ImportResult:
    community_id: int
    community_name: str
    mode: str
    added: int = 0       # rows that were not here
    updated: int = 0     # rows replaced by the file's later version
    kept: int = 0        # rows here that were as new or newer
    dropped_links: int = 0  # links to rows neither in the file nor here (a review of an action
    #                         of a session that was not exported)
    sessions: list[int] = field(default_factory=list)  # local ids of the file's sessions
    backup: Path | None = None


# ---- deciding -----------------------------------------------------------------------------------
def _existing(db, model, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(uuids), 500):
        found.update(db.scalars(select(model.uuid).where(model.uuid.in_(uuids[i:i + 500]))))
    return found


def _conflict(store: Store, doc: dict) -> NeedsDecision | None:
    sessions = [s["uuid"] for s in doc["sessions"]]
    with store.reading() as db:
        community_here = bool(_existing(db, m.Community, [doc["community"]["uuid"]]))
        sessions_here = len(_existing(db, m.IntervisieSession, sessions))
    if sessions_here or (community_here and doc["kind"] == "community"):
        return NeedsDecision(doc["community"]["name"], len(sessions), sessions_here)
    return None


def _renew_uuids(doc: dict) -> None:
    """Copy mode: a fresh uuid for every row, and every link in the file follows."""
    fresh: dict[str, str] = {}

    def renew(row: dict) -> None:
        fresh[row["uuid"]] = row["uuid"] = str(uuidlib.uuid4())

    renew(doc["community"])
    for a in doc["community"]["actors"]:
        renew(a)
    for s in doc["sessions"]:
        renew(s)
        for entity in t.SESSION_ROWS:
            for row in s[entity.key]:
                renew(row)
    for s in doc["sessions"]:
        s["continues_from"] = fresh.get(s["continues_from"], s["continues_from"])
        for entity in t.SESSION_ROWS:
            for row in s[entity.key]:
                for ref in entity.refs:
                    row[ref.key] = fresh.get(row[ref.key], row[ref.key])
                for key in t.LINKS.get(entity, ()):
                    row[key] = [fresh.get(u, u) for u in row[key]]
                if entity is t.OBSERVATION:
                    row["carried_from_uuid"] = fresh.get(row["carried_from_uuid"],
                                                         row["carried_from_uuid"])


# ---- applying -----------------------------------------------------------------------------------
class _Applier:
    def __init__(self, db, result: ImportResult):
        self.db, self.result = db, result

    def find(self, model, uuid: str | None):
        if uuid is None:
            return None
        return self.db.scalars(select(model).where(model.uuid == uuid)).first()

    def keeps(self, row, data: dict, updated_at) -> bool:
        """Whether the row here stays as it is: the file's copy is not newer."""
        return updated_at <= row.updated_at

    def _natural_twin(self, entity: t.Entity, data: dict, parent_id: int):
        """A row here that is the same thing under another uuid (both laptops gave the same
        element a status): the database allows only one."""
        if entity is t.ASSESSMENT:
            return self.db.scalars(select(m.Assessment).where(
                m.Assessment.session_id == parent_id,
                m.Assessment.element_key == data["element_key"])).first()
        if entity is t.REVIEW:
            action = self.find(m.Action, data["action"])
            return action and self.db.scalars(select(m.ActionReview).where(
                m.ActionReview.session_id == parent_id,
                m.ActionReview.action_id == action.id)).first()
        return None

    def upsert(self, entity: t.Entity, data: dict, parent_id: int | None = None):
        """The row for data, and whether the file's version was written."""
        with self.db.no_autoflush:  # a half-filled new row must not be flushed by a lookup
            return self._upsert(entity, data, parent_id)

    def _upsert(self, entity: t.Entity, data: dict, parent_id: int | None):
        row = self.find(entity.model, data["uuid"])
        if row is None and parent_id is not None:
            row = self._natural_twin(entity, data, parent_id)
        updated_at = t.from_json(entity.model, "updated_at", data["updated_at"])
        if row is not None and self.keeps(row, data, updated_at):
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
        row.updated_at = updated_at
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
                        setattr(row, key, [x for x in (self.find(model, u) for u in item[key])
                                           if x is not None])
            self.db.flush()
        return s.id

    def continues_from(self, data: dict) -> None:
        s = self.find(m.IntervisieSession, data["uuid"])
        if s.updated_at != t.from_json(m.IntervisieSession, "updated_at", data["updated_at"]):
            return  # the version here was kept
        previous = self.find(m.IntervisieSession, data["continues_from"])
        if data["continues_from"] is not None and previous is None:
            self.result.dropped_links += 1
        s.continues_from_id = previous.id if previous else None
        flag_modified(s, "updated_at")  # keep the file's time: no automatic 'changed now'


# Other merges (bringing a taken-out community back) subclass it and change keeps().
Applier = _Applier


def _apply(store: Store, doc: dict, result: ImportResult) -> None:
    with store.transaction() as db:
        apply_document(_Applier(db, result), doc)


def apply_document(applier: _Applier, doc: dict) -> None:
    """Write the document's rows with the applier's rule for rows already here."""
    result = applier.result
    community, _ = applier.upsert(t.COMMUNITY, doc["community"])
    result.community_id, result.community_name = community.id, community.name
    for actor in doc["community"]["actors"]:
        applier.upsert(t.ACTOR, actor, community.id)
    for s in doc["sessions"]:
        result.sessions.append(applier.session(s, community.id))
    for s in doc["sessions"]:
        applier.continues_from(s)


def import_file(store: Store, path: Path | str, on_existing: str = "ask") -> ImportResult:
    """Import an exchange file; raises ExchangeRejected or NeedsDecision with nothing changed."""
    if on_existing not in CHOICES:
        raise ValueError(on_existing)
    doc = read_exchange_file(Path(path))
    if store.read_only:
        raise StorageUnavailable(MESSAGES["read-only"], "read-only")
    decision = _conflict(store, doc)
    if decision is not None and on_existing == "ask":
        raise decision
    mode = on_existing if decision is not None else "new"
    if mode == "copy":
        _renew_uuids(doc)
        with store.reading() as db:
            if db.scalars(select(m.Community.id).where(
                    m.Community.name == doc["community"]["name"])).first() is not None:
                doc["community"]["name"] += " (kopie)"
    result = ImportResult(0, doc["community"]["name"], mode)
    if store.path is not None:
        try:
            result.backup = make_backup(store.path, "voor-import").path
        except BackupError as exc:
            raise ServiceError(f"Before importing, a backup must be made, and that failed: {exc}. "
                               "Nothing was changed.") from exc
    try:
        _apply(store, doc, result)
    except sa_exc.IntegrityError as exc:
        raise ExchangeRejected(f"it conflicts with what is in the database ({exc.orig})") from exc
    return result
