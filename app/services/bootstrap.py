"""Open the database for the app or a command: create (with the demo), migrate, or refuse, and
turn every failure into a sentence for the user that says the data is safe."""

from __future__ import annotations

from app.services import lengths  # noqa: F401  (every text checked before each flush)
from app.services.errors import ConcurrentEdit, StorageUnavailable
from app.store import Store, open_store
from app.store.backup import BackupError, BackupInfo, contents, newest_verified
from app.store.damage import DamagedDatabaseError
from app.store.lock import LockHeld, LockUnavailable
from app.store.migrate import NewerDatabaseError, NotADatabaseError
from app.store.sqlite_files import CannotRead
from app.store.store import CannotOpenReadOnly, NoDatabase, ServerUnavailable
from app.vocabulary.errors import FileProblem
from app.vocabulary.refusals import Refusal


class OpenFailure(FileProblem):
    """The database cannot be opened; nothing was changed. Its words are the message (a file
    name and the system's reason), so the code's wording is that message."""

    code = Refusal.CANNOT_OPEN

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


class FileInUse(OpenFailure):
    """Another running copy of the app writes to this file. The UI may offer
    open_database(target, read_only=True): looking is safe, writing is refused."""

    def __init__(self, message: str, holder):
        super().__init__(message)
        self.holder = holder  # app.store.lock.LockHolder, or None when it could not be read


class DamagedDatabase(OpenFailure):
    """The file is damaged; it was not changed and a copy was kept aside (kept_at). The UI
    offers app.services.recovery.restore_backup(path, backup) when backup is not None."""

    def __init__(self, message: str, path, kept_at, backup: BackupInfo | None):
        super().__init__(message)
        self.path, self.kept_at, self.backup = path, kept_at, backup


class DatabaseMissing(OpenFailure):
    """The database file is missing or empty. When backups beside it say it held the group's
    work, nothing is created: `backup` is the newest verified one (None when none verifies) with
    its `contents` (communities, sessions). The UI offers restoring it, or
    open_database(target, start_empty=True) on the user's explicit choice."""

    def __init__(
        self,
        message: str,
        path,
        backups: list,
        backup: BackupInfo | None,
        contents: tuple[int, int],
    ):
        super().__init__(message)
        self.path, self.backups, self.backup, self.contents = path, backups, backup, contents


def _missing(exc: NoDatabase) -> DatabaseMissing:
    what = (
        f"The database {exc.path} does not exist"
        if exc.missing
        else f"The database {exc.path} is empty (0 bytes)"
    )
    if not exc.backups:
        return DatabaseMissing(
            f"{what}. Nothing has been created or changed. Start the app or "
            "run `intervisie migrate` to make a new one.",
            exc.path,
            [],
            None,
            (0, 0),
        )
    backup = newest_verified(exc.path)
    found = contents(backup.path) if backup else (0, 0)
    if backup is None:
        offer = (
            f"{len(exc.backups)} backups of it are in {exc.backups[0].path.parent}, but "
            "none of them passes SQLite's integrity check."
        )
    else:
        offer = (
            f"The newest verified backup, {backup.path.name}, is from "
            f"{backup.made_at:%Y-%m-%d %H:%M} and holds {found[0]} communities and "
            f"{found[1]} sessions; `intervisie backup restore` puts it back."
        )
    return DatabaseMissing(
        f"{what}, but backups say it held the group's work, so no new database was made. "
        f"Nothing has been created or changed. {offer} To start with an empty database anyway: "
        "`intervisie migrate --start-empty`.",
        exc.path,
        exc.backups,
        backup,
        found,
    )


def missing_message(path) -> str:
    """What open_database says about a missing or empty file (naming its newest backup)."""
    from app.store.backup import list_backups

    return _missing(NoDatabase(path, list_backups(path))).message


def open_database(
    target: str,
    with_demo: bool = True,
    read_only: bool = False,
    must_exist: bool = False,
    start_empty: bool = False,
) -> Store:
    """must_exist: a command that only reads (nothing is created). start_empty: the user chose to
    begin again although backups say there was a database (no demo then)."""
    try:
        store = open_store(
            target, read_only=read_only, must_exist=must_exist, start_empty=start_empty
        )
    except NewerDatabaseError as exc:
        raise OpenFailure(
            f"{exc.path} was made by a newer version of Intervisie (schema {exc.revision}). "
            "This version cannot read it and has not changed it. Install the newer version "
            "to open it."
        ) from exc
    except NotADatabaseError as exc:
        raise OpenFailure(f"{exc} The file has not been changed.") from exc
    except BackupError as exc:
        raise OpenFailure(
            f"Before updating the database a backup must be made, and that "
            f"failed: {exc}. The database has not been changed."
        ) from exc
    except PermissionError as exc:
        raise OpenFailure(
            f"No permission to open {exc.filename}. Nothing has been changed."
        ) from exc
    except LockHeld as exc:
        who = exc.holder.describe() if exc.holder else "another program"
        raise FileInUse(
            f"{exc.db_path} is already open in Intervisie elsewhere ({who}). This copy will "
            "not change it, so the two cannot overwrite each other's work. You can open it "
            "read-only to look, or close the other copy first.",
            exc.holder,
        ) from exc
    except DamagedDatabaseError as exc:
        backup = newest_verified(exc.path)
        offer = (
            f"The newest verified backup is from {backup.made_at:%Y-%m-%d %H:%M}; "
            "restoring it brings back everything saved up to then."
            if backup
            else "There is no backup to restore from."
        )
        kept = f" A copy of the damaged file is kept as {exc.kept_at.name}." if exc.kept_at else ""
        raise DamagedDatabase(
            f"The database {exc.path} is damaged and cannot be opened safely ({exc.detail}). "
            f"It has not been changed.{kept} {offer}",
            exc.path,
            exc.kept_at,
            backup,
        ) from exc
    except CannotOpenReadOnly as exc:
        raise OpenFailure(f"{exc}. Nothing has been changed.") from exc
    except ServerUnavailable as exc:
        raise OpenFailure(f"Cannot open the database: {exc}. Nothing has been changed.") from exc
    except NoDatabase as exc:
        raise _missing(exc) from exc
    except CannotRead as exc:
        raise OpenFailure(
            f"The database {exc.path} cannot be read here ({exc.detail}). It is "
            "not damaged by this and has not been changed."
        ) from exc
    except LockUnavailable as exc:
        raise OpenFailure(
            f"No database can be made at {exc.db_path}: {exc}. Nothing has been created."
        ) from exc
    except OSError as exc:
        raise OpenFailure(
            f"The database {target} cannot be opened: {exc.strerror or exc}. "
            "Nothing has been changed."
        ) from exc
    store.failure_type = StorageUnavailable
    store.conflict_type = ConcurrentEdit
    if store.created and with_demo and not start_empty:
        from app.services.demo import install_demo

        install_demo(store)
    from app.services.model_store import open_models

    open_models(store)  # its sessions draw with the models it keeps (and keeps the ones missing)
    return store
