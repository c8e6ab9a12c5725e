"""Import an exchange file: validate everything first (exchange_schema), check that it touches
only its own community (exchange_scope), ask when the community or a session is already here, take
a backup, then apply in one transaction, so that any problem leaves the database as it was.

on_existing:
- "ask"   (default): raise NeedsDecision when the file's community/sessions are already here;
          otherwise a plain import: what is new is added, and nothing here is changed (a session
          file for a community that is here adds the session and leaves the community as it is);
- "merge": the three-way merge of exchange_merge: what changed only in the file is taken, what
           changed only here stays, what changed on both sides is kept twice and listed as a
           conflict; what the file deleted goes when it was not changed here;
- "copy":  keep both: every row gets a new uuid, so the file becomes a separate community.
"""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from app import models as m
from app.models.base import utcnow
from app.services import exchange_tables as t
from app.services.communities import unique_name
from app.services.errors import ServiceError, StorageUnavailable, refused
from app.services.exchange_apply import Applier, ImportResult, apply_document
from app.services.exchange_export import document_in
from app.services.exchange_file import ExchangeRejected
from app.services.exchange_merge import MergeApplier, merge_base, note_origin, remember
from app.services.exchange_schema import read_exchange_file
from app.services.exchange_scope import check_scope
from app.services.exchange_threeway import IMPORT, plan_merge
from app.services.model_store import ModelConflict, keep_models
from app.store import Store
from app.store.backup import BackupError, make_backup
from app.store.storage_errors import MESSAGES
from app.vocabulary.errors import Conflict
from app.vocabulary.refusals import Refusal

__all__ = ["CHOICES", "ImportResult", "NeedsDecision", "import_file"]

CHOICES = ("ask", "merge", "copy")


class NeedsDecision(ServiceError, Conflict):
    """The file's community (or session) is already in the database: merge, or keep both?"""

    code = Refusal.ALREADY_HERE

    def __init__(self, community_name: str, sessions_in_file: int, sessions_here: int):
        self.community_name = community_name
        self.sessions_in_file, self.sessions_here = sessions_in_file, sessions_here
        super().__init__(
            f"“{community_name}” is already in this database ({sessions_here} of the "
            f"{sessions_in_file} sessions in the file are here). Merge the file into it, or keep "
            "both as separate communities? Nothing has been changed yet.",
            params={
                "community": community_name,
                "here": sessions_here,
                "in_file": sessions_in_file,
            },
        )


# ---- deciding -----------------------------------------------------------------------------------
def _sessions_here(db, community_id: int, doc: dict) -> list[int]:
    uuids = [s["uuid"] for s in doc["sessions"]]
    return list(
        db.scalars(
            select(m.IntervisieSession.id).where(
                m.IntervisieSession.community_id == community_id,
                m.IntervisieSession.uuid.in_(uuids),
            )
        )
    )


def _decision(store: Store, doc: dict) -> NeedsDecision | None:
    """Refuses a file that reaches into another community; asks when its community is here."""
    with store.reading() as db:
        community_id = check_scope(db, doc)
        here = _sessions_here(db, community_id, doc) if community_id is not None else []
    if here or (community_id is not None and doc["kind"] == "community"):
        return NeedsDecision(doc["community"]["name"], len(doc["sessions"]), len(here))
    return None


def _renew_uuids(doc: dict) -> None:
    """Copy mode: a fresh uuid for every row, and every link in the file follows. Links to rows
    outside the file keep their uuid and are left out on writing (the copy's community has no
    such rows)."""
    doc.pop("base", None)  # the copy shares no history with anything
    fresh: dict[str, str] = {}

    def renew(row: dict) -> None:
        fresh[row["uuid"]] = row["uuid"] = str(uuidlib.uuid4())

    for _entity, row, _session in t.rows_of(doc):
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
                    row["carried_from_uuid"] = fresh.get(
                        row["carried_from_uuid"], row["carried_from_uuid"]
                    )
                    # a link to another community's observation keeps its uuid
                    row["linked_uuid"] = fresh.get(row["linked_uuid"], row["linked_uuid"])
                if entity is t.MONITORING:
                    row["carried_from_uuid"] = fresh.get(
                        row["carried_from_uuid"], row["carried_from_uuid"]
                    )
                if entity is t.ACTION:
                    row["continued_from_uuid"] = fresh.get(
                        row["continued_from_uuid"], row["continued_from_uuid"]
                    )


# ---- applying -----------------------------------------------------------------------------------
def _apply_new(db, doc: dict, result: ImportResult) -> None:
    community_id = check_scope(db, doc)  # again, in the writing transaction
    apply_document(Applier(db, result), doc)
    if community_id is None:  # it came from the file, whatever this database once held
        note_origin(db, doc["community"]["uuid"], "file").origin = "file"
    remember(db, doc, "here")


def _apply_copy(db, doc: dict, result: ImportResult) -> None:
    apply_document(Applier(db, result), doc)
    note_origin(db, doc["community"]["uuid"], "file")


def _apply_merge(db, doc: dict, result: ImportResult) -> None:
    community_id = check_scope(db, doc)
    assert community_id is not None  # a merge is chosen only for a community that is here
    keep_models(db, doc)  # the merged document is this database's: the file's models first
    here = _sessions_here(db, community_id, doc)
    # the community as it is here: all of it for a community file, the file's sessions for a
    # session file (the merge never touches the community's other sessions)
    theirs = document_in(db, community_id, None if doc["kind"] == "community" else here)
    plan = plan_merge(merge_base(db, doc), doc, theirs, utcnow(), IMPORT)
    applier = MergeApplier(db, result, plan)
    applier.community_id = community_id
    result.deleted = applier.delete_planned()
    apply_document(applier, plan.merged)
    in_file = set(_sessions_here(db, community_id, doc))
    result.sessions = [i for i in result.sessions if i in in_file]
    result.conflicts = plan.conflicts
    remember(db, doc, "here")


def import_file(store: Store, path: Path | str, on_existing: str = "ask") -> ImportResult:
    """Import an exchange file; raises ExchangeRejected or NeedsDecision with nothing changed."""
    if on_existing not in CHOICES:
        raise ValueError(on_existing)
    doc = read_exchange_file(Path(path))
    if store.read_only:
        raise StorageUnavailable(MESSAGES["read-only"], "read-only")
    if on_existing == "copy":
        mode = "copy"  # keep both, also when only some rows' ids are taken here
    else:
        decision = _decision(store, doc)
        if decision is not None and on_existing == "ask":
            raise decision
        mode = "merge" if decision is not None else "new"
    if mode == "copy":
        _renew_uuids(doc)
        with store.reading() as db:
            doc["community"]["name"] = unique_name(db, doc["community"]["name"])
    result = ImportResult(0, doc["community"]["name"], mode)
    if store.path is not None:
        try:
            result.backup = make_backup(store.path, "voor-import").path
        except BackupError as exc:
            raise refused(Refusal.IMPORT_NEEDS_BACKUP, problem=exc) from exc
    try:
        with store.transaction() as db:
            {"merge": _apply_merge, "copy": _apply_copy, "new": _apply_new}[mode](db, doc, result)
    except sa_exc.IntegrityError as exc:
        raise ExchangeRejected(f"it conflicts with what is in the database ({exc.orig})") from exc
    except ModelConflict as exc:
        raise ExchangeRejected(
            f"its version {exc.params['version']} of the model {exc.params['model']!r} differs "
            "from the one this database keeps (a changed model needs a new version number)"
        ) from exc
    return result
