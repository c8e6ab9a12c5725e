"""Which backups to keep: every one of the last day, the newest of each day for thirty days, the
newest of each month after that, and always the newest one that still verifies. A few hundred
small files at most, however long the app is used.

Two rules guard against a database that was lost and silently started again: no backup at all is
deleted in the seven days after the database was created or restored (its backups may be all
that is left of the group's work), and the newest backup that holds more than the database does
now is never deleted."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from app.store.backup import BackupInfo, backup_dir_for, list_backups, newest_verified, row_count

KEEP_ALL = timedelta(days=1)
KEEP_DAILY = timedelta(days=30)
# after a database was created or restored, nothing is thinned for this long
KEEP_AFTER_FRESH = timedelta(days=7)
# A .part file is a backup that was being written when the app died; after an hour it is litter
# (with its -journal, which SQLite leaves when the copy was killed mid-write).
STALE_PART = timedelta(hours=1)
_PART_SUFFIXES = (".db.part", ".db.part-journal", ".db.part-wal", ".db.part-shm")


def to_delete(
    backups: list[BackupInfo], now: datetime, keep: Path | None = None
) -> list[BackupInfo]:
    """The backups the rules let go (pure: decides, deletes nothing). `keep` is never among them."""
    kept_buckets: set[tuple] = set()
    doomed = []
    for b in sorted(backups, key=lambda b: b.made_at, reverse=True):
        age = now - b.made_at
        if age < KEEP_ALL or b.path == keep:
            continue
        bucket = (
            ("day", b.made_at.date())
            if age < KEEP_DAILY
            else ("month", b.made_at.year, b.made_at.month)
        )
        if bucket in kept_buckets:
            doomed.append(b)
        else:
            kept_buckets.add(bucket)  # newest first, so the first one seen is the one kept
    return doomed


def _fresh_marker(db_path: Path) -> Path:
    return backup_dir_for(db_path) / f"{db_path.stem}.fresh.json"


def mark_fresh(db_path: Path, what: str, when: datetime | None = None) -> None:
    """Note that the database was just created or restored (what: 'created' / 'restored')."""
    marker = _fresh_marker(Path(db_path))
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(
            json.dumps({"what": what, "at": (when or datetime.now()).isoformat()}), encoding="utf-8"
        )
    except OSError:
        pass  # the marker only holds thinning back; the database itself is what matters


def fresh_since(db_path: Path) -> datetime | None:
    try:
        raw = json.loads(_fresh_marker(Path(db_path)).read_text(encoding="utf-8"))
        return datetime.fromisoformat(raw["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _newest_with_more(backups: list[BackupInfo], db_path: Path) -> BackupInfo | None:
    """The newest backup with more rows than the database has now: it may be the only copy of
    work the database has lost. Counted newest first, up to the first that holds more."""
    current = row_count(db_path) if db_path.exists() else 0
    return next((b for b in backups if row_count(b.path) > current), None)


def thin(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete what the rules let go and stale half-written copies; returns what was deleted."""
    db_path = Path(db_path)
    now = now or datetime.now()
    deleted = []
    fresh = fresh_since(db_path)
    # (a clock set back before the mark is not "just created": the usual rules then)
    if fresh is None or not timedelta(0) <= now - fresh < KEEP_AFTER_FRESH:
        backups = list_backups(db_path)  # newest first
        newest = newest_verified(db_path)
        doomed = to_delete(backups, now, newest.path if newest else None)
        more = _newest_with_more(backups, db_path) if doomed else None
        for b in doomed:
            if more is None or b.path != more.path:
                b.path.unlink(missing_ok=True)
                deleted.append(b.path)
    folder = backup_dir_for(db_path)
    for suffix in _PART_SUFFIXES:
        for part in folder.glob(f"{db_path.stem}-*{suffix}"):
            if now - datetime.fromtimestamp(part.stat().st_mtime) > STALE_PART:
                part.unlink(missing_ok=True)
                deleted.append(part)
    return deleted
