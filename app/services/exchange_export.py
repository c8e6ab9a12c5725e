"""Export a session, or a community with all its sessions, to one `.intervisie` file: a zip
holding intervisie.json (docs/exchange-format.md). Everything is keyed by uuid, so the file means
the same on any laptop. Written to a temporary name, synced and renamed, readable by the user
only; checked against the schema first, so this app never writes a file it would refuse."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app import __version__
from app import models as m
from app.paths import private_file
from app.services import exchange_tables as t
from app.services.errors import refused
from app.services.exchange_anonymise import anonymise as anonymise_document
from app.services.exchange_file import ENTRY_NAME, ExchangeRejected
from app.services.exchange_merge import base_to_carry
from app.services.exchange_schema import FORMAT, FORMAT_VERSION, check_meaning, check_schema
from app.services.model_store import carried_models
from app.services.rows import get
from app.services.written_files import remember
from app.store import Store
from app.vocabulary.refusals import Refusal


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sessions: int
    rows: int
    anonymised: bool


def _ordered(rows) -> list:
    return sorted(rows, key=lambda r: (getattr(r, "position", 0), r.id))


def _session_json(db, s: m.IntervisieSession, uuid_of) -> dict:
    out = t.row_to_json(t.SESSION, s, uuid_of)
    for entity in t.SESSION_ROWS:
        rows = db.scalars(select(entity.model).where(entity.model.session_id == s.id))
        items = []
        for row in _ordered(rows):
            item = t.row_to_json(entity, row, uuid_of)
            for key in t.LINKS.get(entity, ()):
                item[key] = sorted(x.uuid for x in getattr(row, key))
            items.append(item)
        out[entity.key] = items
    return out


def build_document(
    store: Store,
    community_id: int,
    session_ids: list[int] | None = None,
    anonymise: bool = False,
    drop_organisations: bool = False,
) -> dict:
    """The exchange document of a community (all its sessions, or just session_ids)."""
    with store.reading() as db:
        doc = document_in(db, community_id, session_ids)
        # an anonymised file shares no history (and its base would hold the names)
        doc["base"] = None if anonymise else base_to_carry(db, doc)
    return anonymise_document(doc, drop_organisations) if anonymise else doc


def document_in(db, community_id: int, session_ids: list[int] | None = None) -> dict:
    """build_document within an open transaction (bringing a community back reads the server's
    copy in the transaction that merges into it)."""
    c = get(db, m.Community, community_id)

    def uuid_of(model, local_id):
        return get(db, model, local_id).uuid

    community = t.row_to_json(t.COMMUNITY, c, uuid_of)
    community["actors"] = [t.row_to_json(t.ACTOR, a, uuid_of) for a in _ordered(c.actors)]
    sessions = [
        s
        for s in sorted(c.sessions, key=lambda s: (s.held_on, s.id))
        if session_ids is None or s.id in session_ids
    ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": "community" if session_ids is None else "session",
        "exported_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "app_version": __version__,
        "anonymised": False,
        "community": community,
        "sessions": [_session_json(db, s, uuid_of) for s in sessions],
        # the definitions travel with the sessions: a laptop without the model file imports them
        "models": carried_models(sessions),
    }


def write_exchange_file(doc: dict, dest: Path) -> Path:
    """Check the document, then write it whole or not at all, private to the user."""
    try:
        check_schema(doc)
        check_meaning(doc)
    except ExchangeRejected as exc:
        raise refused(Refusal.EXPORT_INVALID, problem=exc.problem) from exc
    dest = Path(dest)
    if dest.suffix != ".intervisie":
        dest = dest.with_name(dest.name + ".intervisie")
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    tmp = dest.with_name(dest.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(ENTRY_NAME, data)
            fh.flush()
            os.fsync(fh.fileno())
        private_file(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    remember(dest, "export", doc.get("anonymised") is True)  # erasing a person lists it
    return dest


def _count(doc: dict) -> int:
    n = 1 + len(doc["community"]["actors"])
    for s in doc["sessions"]:
        n += 1 + sum(len(s[e.key]) for e in t.SESSION_ROWS)
    return n


def export_community(
    store: Store,
    community_id: int,
    dest: Path,
    anonymise: bool = False,
    drop_organisations: bool = False,
) -> ExportResult:
    doc = build_document(
        store, community_id, anonymise=anonymise, drop_organisations=drop_organisations
    )
    path = write_exchange_file(doc, dest)
    return ExportResult(path, len(doc["sessions"]), _count(doc), anonymise)


def export_session(
    store: Store,
    session_id: int,
    dest: Path,
    anonymise: bool = False,
    drop_organisations: bool = False,
) -> ExportResult:
    """One session, with its community's details and actors (so it can be placed anywhere)."""
    with store.reading() as db:
        community_id = get(db, m.IntervisieSession, session_id).community_id
    doc = build_document(
        store,
        community_id,
        [session_id],
        anonymise=anonymise,
        drop_organisations=drop_organisations,
    )
    path = write_exchange_file(doc, dest)
    return ExportResult(path, 1, _count(doc), anonymise)
