"""Putting a backup back: what the UI offers after a damaged database, and `intervisie backup
restore`. The file being replaced is kept first (a verified backup when it still reads whole, a
byte copy `<name>.damaged-<time>` when it does not), so a restore can itself be undone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.errors import FileRefused, refused
from app.store import backup as backups
from app.store import damage, lock, retention
from app.vocabulary.refusals import Refusal


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the backup that is now the database
    kept_aside: Path | None  # the file as it was just before, None when there was none


def _keep_current(db_path: Path) -> Path | None:
    if not db_path.exists():
        return None
    if damage.has_sqlite_header(db_path) and damage.problem(db_path) is None:
        return backups.make_backup(db_path, "voor-herstel").path
    return damage.keep_aside(db_path)


def restore_backup(db_path: Path | str, backup: backups.BackupInfo | Path | str) -> RestoreResult:
    """Replace the database by `backup`. The database must be closed in this program, and no
    other copy of the app may have it open. Raises ServiceError (nothing changed) otherwise."""
    db_path = Path(db_path).expanduser().resolve()
    source = Path(backup.path if isinstance(backup, backups.BackupInfo) else backup)
    if lock.held_in_process(db_path):
        raise refused(Refusal.RESTORE_WHILE_OPEN)
    if not source.is_file():
        raise refused(Refusal.BACKUP_MISSING, FileRefused, path=source)
    try:
        held = lock.acquire(db_path)
    except lock.LockHeld as exc:
        who = exc.holder.describe() if exc.holder else "another program"
        raise refused(Refusal.RESTORE_IN_USE, path=db_path, who=who) from exc
    except lock.LockUnavailable as exc:
        raise refused(Refusal.RESTORE_NO_LOCK, problem=exc) from exc
    try:
        ok, msg = backups.integrity_ok(source)
        if not ok:
            raise refused(Refusal.BACKUP_NOT_WHOLE, FileRefused, name=source.name, problem=msg)
        aside = _keep_current(db_path)
        backups.restore(db_path, source)
        retention.mark_fresh(db_path, "restored")  # thinning waits a week after a restore
    except (backups.BackupError, OSError) as exc:
        raise refused(Refusal.RESTORE_FAILED, FileRefused, problem=exc) from exc
    finally:
        held.release()
    return RestoreResult(source, aside)


def list_backups(db_path: Path | str) -> list[backups.BackupInfo]:
    """The verified backups of a database, newest first (for the app's backup list)."""
    return backups.list_backups(Path(db_path).expanduser().resolve())
