"""Offline first, also for a network on a shared server: a laptop takes a community out of the
shared database into a file of its own, works on it without a connection, and brings it back.

Taking out copies the community (the exchange document, keyed by uuid) into a new SQLite file and
records there the community as it was taken: the base that bringing back compares both sides
with (app.services.exchange_threeway). The server records who took it and when, so others can
see it is out. Bringing back merges in one transaction on the server; conflicts keep both sides
and are reported. The laptop's file is left as it is (only marked as brought back), so its
version of everything stays at hand.
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app import models as m
from app.models.base import utcnow
from app.services.bootstrap import open_database
from app.services.errors import FileRefused, refused
from app.services.exchange_apply import Applier, ImportResult, apply_document
from app.services.exchange_export import build_document, document_in
from app.services.exchange_file import ExchangeRejected
from app.services.exchange_merge import MergeApplier
from app.services.exchange_schema import check_meaning, check_schema
from app.services.exchange_threeway import Conflict, plan_merge
from app.services.model_store import keep_models
from app.services.rows import get
from app.store import Store
from app.store.lock import os_user
from app.vocabulary.refusals import Refusal


@dataclass(frozen=True)
class TakeoutResult:
    path: Path
    community_name: str
    sessions: int


@dataclass
class BringBackResult:
    community_name: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def _who() -> str:
    user = os_user()  # "" where the environment has none: the record just says less
    return f"{user}@{socket.gethostname()}" if user else socket.gethostname()


def takeout(server: Store, community_id: int, dest: Path | str) -> TakeoutResult:
    """Copy the community into a new file at dest, ready to work on offline."""
    dest = Path(dest).expanduser().resolve()
    if dest.exists():
        raise refused(Refusal.TAKEOUT_EXISTS, FileRefused, path=dest)
    doc = build_document(server, community_id)
    try:
        check_schema(doc)
        check_meaning(doc)
    except ExchangeRejected as exc:
        raise refused(Refusal.TAKEOUT_INVALID, problem=exc.problem) from exc
    laptop = open_database(str(dest), with_demo=False)
    try:
        with laptop.transaction() as db:
            apply_document(Applier(db, ImportResult(0, "", "new")), doc)
            db.add(
                m.Takeout(
                    community_uuid=doc["community"]["uuid"],
                    role="laptop",
                    holder=_who(),
                    place=server.describe(),
                    base=json.dumps(doc),
                )
            )
        laptop.close()
        with server.transaction() as db:
            db.add(
                m.Takeout(
                    community_uuid=doc["community"]["uuid"],
                    role="server",
                    holder=_who(),
                    place=str(dest),
                )
            )
    except BaseException:
        laptop.close()
        _remove_database_file(dest)  # half a take-out is none: the next try starts clean
        raise
    return TakeoutResult(dest, doc["community"]["name"], len(doc["sessions"]))


def _remove_database_file(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        p.unlink(missing_ok=True)


def taken_out(store: Store, community_uuid: str) -> m.Takeout | None:
    """The open take-out record of a community in this database (who has it out, or, in a
    laptop's file, where it came from)."""
    with store.reading() as db:
        return db.scalars(
            select(m.Takeout)
            .where(m.Takeout.community_uuid == community_uuid, m.Takeout.returned_at.is_(None))
            .order_by(m.Takeout.id.desc())
        ).first()


def bring_back(laptop: Store, server: Store) -> BringBackResult:
    """Merge the community taken out into the laptop's file back into the server."""
    record = _laptop_record(laptop)
    with laptop.reading() as db:
        community = db.scalars(
            select(m.Community).where(m.Community.uuid == record.community_uuid)
        ).first()
        if community is None:
            raise refused(Refusal.TAKEOUT_GONE, FileRefused)
        community_id = community.id
    mine = build_document(laptop, community_id)
    when = utcnow()
    imported = ImportResult(0, mine["community"]["name"], "merge")
    with server.transaction() as db:
        keep_models(db, mine)  # a model made on the laptop joins the server's
        here = db.scalars(
            select(m.Community.id).where(m.Community.uuid == record.community_uuid)
        ).first()
        theirs = document_in(db, here) if here is not None else None
        plan = plan_merge(json.loads(record.base), mine, theirs, when)
        applier = MergeApplier(db, imported, plan)
        applier.community_id = here
        deleted = applier.delete_planned()
        apply_document(applier, plan.merged)
        for out in db.scalars(
            select(m.Takeout).where(
                m.Takeout.community_uuid == record.community_uuid,
                m.Takeout.role == "server",
                m.Takeout.returned_at.is_(None),
            )
        ):
            out.returned_at = when
    with laptop.transaction() as db:
        get(db, m.Takeout, record.id).returned_at = when
    return BringBackResult(
        imported.community_name, imported.added, imported.updated, deleted, plan.conflicts
    )


def _laptop_record(laptop: Store) -> m.Takeout:
    with laptop.reading() as db:
        record = db.scalars(
            select(m.Takeout).where(m.Takeout.role == "laptop").order_by(m.Takeout.id.desc())
        ).first()
    if record is None:
        raise refused(Refusal.TAKEOUT_NONE, FileRefused)
    if record.returned_at is not None:
        raise refused(
            Refusal.TAKEOUT_RETURNED, FileRefused, when=f"{record.returned_at:%Y-%m-%d %H:%M}"
        )
    return record
