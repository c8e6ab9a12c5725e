"""Erasing a person on request (AVG/GDPR), in one action, from every session of every community:
their participant rows, their name as an actor's contact person, as facilitator, as an action's
owner or partner, and where the group's texts mention them by name.

SQLite keeps deleted text in free space and in its write-ahead log until overwritten; the erase
runs with secure_delete on and truncates the log after, so the name is gone from the file too.
Backups hold the person as well: include_backups rewrites them the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import create_engine, event, select, text

from app import models as m
from app.services.errors import ServiceError
from app.store import Store
from app.store.backup import integrity_ok, list_backups
from app.store.engine import sqlite_url

ERASED = "[verwijderd]"

# Free-text columns where the group may have written someone's name.
TEXT_COLUMNS = {
    m.Community: ("description",),
    m.Actor: ("knowledge",),
    m.IntervisieSession: ("title", "location", "development_path_reason", "ambition",
                          "summary_note"),
    m.Participant: ("role_in_session",),
    m.Assessment: ("context_note",),
    m.Observation: ("text",),
    m.FocusPoint: ("text",),
    m.SessionTheme: ("label",),
    m.Step: ("text",),
    m.MonitoringItem: ("text",),
    m.Action: ("title", "description", "indicator"),
    m.ActionReview: ("note",),
    m.Draft: ("text",),  # a line typed and not yet added
}


@dataclass
class ErasureCounts:
    participants: int = 0      # participant rows removed
    actors: int = 0            # actors whose contact person was this name
    facilitators: int = 0      # sessions where they were the facilitator
    owners: int = 0            # actions they owned
    partners: int = 0          # partner entries removed from actions
    text_mentions: int = 0     # mentions by name replaced in the group's texts
    backups: int = 0           # backups rewritten (include_backups)

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "backups")


def normalise(name: str) -> str:
    return " ".join(name.split()).casefold()


def same_name(a: str, b: str) -> bool:
    return bool(a) and normalise(a) == normalise(b)


def mention_pattern(name: str) -> re.Pattern:
    """The name as a whole word (any spacing, any case) inside a text."""
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _erase(db, name: str, counts: ErasureCounts) -> None:
    for p in db.scalars(select(m.Participant)):
        if same_name(p.name, name):
            db.delete(p)
            counts.participants += 1
    for a in db.scalars(select(m.Actor)):
        if same_name(a.name, name):
            counts.actors += 1
            if a.organisation.strip():
                a.name, a.contact = "", ""  # the organisation stays a partner of the community
            else:
                db.delete(a)
    for s in db.scalars(select(m.IntervisieSession)):
        if same_name(s.facilitator, name):
            s.facilitator = ""
            counts.facilitators += 1
    for a in db.scalars(select(m.Action)):
        if same_name(a.owner, name):
            a.owner = ""
            counts.owners += 1
        kept = [p for p in (a.partners or []) if not same_name(p, name)]
        if len(kept) != len(a.partners or []):
            counts.partners += len(a.partners) - len(kept)
            a.partners = kept
    pattern = mention_pattern(name)
    for model, columns in TEXT_COLUMNS.items():
        for row in db.scalars(select(model)):
            for col in columns:
                value = getattr(row, col) or ""
                new, n = pattern.subn(ERASED, value)
                if n:
                    setattr(row, col, new)
                    counts.text_mentions += n


def _run(store: Store, name: str) -> ErasureCounts:
    counts = ErasureCounts()
    with store.transaction() as db:
        if store.dialect == "sqlite":
            db.execute(text("PRAGMA secure_delete=ON"))  # freed space is zeroed, not left readable
        _erase(db, name, counts)
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return counts


def _fk_on(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _erase_in_backups(store: Store, name: str) -> int:
    """Rewrite every backup without the person; VACUUM leaves no free page holding the name."""
    done = 0
    for b in list_backups(store.path):
        engine = create_engine(sqlite_url(b.path))
        event.listen(engine, "connect", _fk_on)
        try:
            found = _run(Store(engine, sqlite_url(b.path), b.path), name)
            if found.total:
                with engine.connect() as conn:
                    conn.exec_driver_sql("VACUUM")
                done += 1
        finally:
            engine.dispose()
        ok, msg = integrity_ok(b.path)
        if not ok:
            raise ServiceError(f"The backup {b.path.name} did not check out after erasing: {msg}")
    return done


def erase_person(store: Store, name: str, include_backups: bool = False) -> ErasureCounts:
    """Erase `name` everywhere (case and spacing do not matter); returns what was changed."""
    if len(normalise(name)) < 2:
        raise ServiceError("Give the full name of the person to erase.")
    counts = _run(store, name)
    if include_backups and store.path is not None:
        counts.backups = _erase_in_backups(store, name)
    return counts
