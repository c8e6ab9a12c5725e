"""Which backups to keep: every one of the last day, the newest of each day for thirty days, the
newest of each month after that, and always the newest one that still verifies. A few hundred
small files at most, however long the app is used."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app.store.backup import BackupInfo, list_backups, newest_verified

KEEP_ALL = timedelta(days=1)
KEEP_DAILY = timedelta(days=30)
# A .part file is a backup that was being written when the app died; after an hour it is litter.
STALE_PART = timedelta(hours=1)


def to_delete(backups: list[BackupInfo], now: datetime,
              keep: Path | None = None) -> list[BackupInfo]:
    """The backups the rules let go (pure: decides, deletes nothing). `keep` is never among them."""
    kept_buckets: set[tuple] = set()
    doomed = []
    for b in sorted(backups, key=lambda b: b.made_at, reverse=True):
        age = now - b.made_at
        if age < KEEP_ALL or b.path == keep:
            continue
        bucket = (("day", b.made_at.date()) if age < KEEP_DAILY
                  else ("month", b.made_at.year, b.made_at.month))
        if bucket in kept_buckets:
            doomed.append(b)
        else:
            kept_buckets.add(bucket)  # newest first, so the first one seen is the one kept
    return doomed


def thin(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete what the rules let go and stale half-written copies; returns what was deleted."""
    db_path = Path(db_path)
    now = now or datetime.now()
    newest = newest_verified(db_path)
    deleted = []
    for b in to_delete(list_backups(db_path), now, newest.path if newest else None):
        b.path.unlink(missing_ok=True)
        deleted.append(b.path)
    folder = db_path.parent / "backups"
    for part in folder.glob(f"{db_path.stem}-*.db.part"):
        if now - datetime.fromtimestamp(part.stat().st_mtime) > STALE_PART:
            part.unlink(missing_ok=True)
            deleted.append(part)
    return deleted
