"""Writes that fail through no fault of the edit: a full disk, a read-only folder or file, a file
another program keeps locked, a disk (or database server) that stopped answering. Told apart from programming errors so
the UI can show a banner, keep what was typed and try again later."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy import exc as sa_exc

from app.vocabulary.errors import StorageTrouble
from app.vocabulary.refusals import Refusal

# reason -> what the user is told; the UI may show its own translated words for the reason.
MESSAGES = {
    "full": "The disk is full, so the last change could not be saved yet. Nothing you typed is "
    "lost: make some room and it will be saved.",
    "read-only": "The database cannot be written (a read-only file or folder, or opened "
    "read-only). Nothing you typed is lost: it will be saved once writing is "
    "possible again.",
    # opened read-only on purpose or by necessity: nothing waits, so nothing may promise saving
    "opened-read-only": "This window shows the database read-only, so the change was not "
    "saved here. Nothing that was saved before has changed.",
    "locked": "Another program is holding the database, so the last change could not be saved "
    "yet. Nothing you typed is lost: it will be saved when the file is free.",
    "io": "The disk did not answer, so the last change could not be saved yet. Nothing you "
    "typed is lost: it will be saved when the disk is back.",
    "server": "The database server cannot be reached, so the last change could not be saved "
    "yet. Nothing you typed is lost: it will be saved when the connection is back.",
}

_BY_SQLITE_NAME = {
    "SQLITE_FULL": "full",
    "SQLITE_READONLY": "read-only",
    "SQLITE_BUSY": "locked",
    "SQLITE_LOCKED": "locked",
    "SQLITE_IOERR": "io",
    "SQLITE_CANTOPEN": "io",
}
_BY_MESSAGE = (
    ("database or disk is full", "full"),
    ("readonly database", "read-only"),
    ("read-only", "read-only"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("disk i/o error", "io"),
    ("unable to open database file", "io"),
)
# PostgreSQL's SQLSTATE codes (by class where the whole class means the same to the user)
_BY_SQLSTATE = {
    "25006": "read-only",
    "53100": "full",
    "40001": "locked",
    "40P01": "locked",
    "55P03": "locked",
    "57P01": "server",
    "57P02": "server",
    "57P03": "server",
}
_BY_SQLSTATE_CLASS = {"08": "server", "53": "server"}
_BY_ERRNO = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read-only",
    errno.EACCES: "read-only",
    errno.EPERM: "read-only",
    errno.EIO: "io",
}


class StorageFailure(StorageTrouble):
    """The store layer's form; app.services.errors.StorageUnavailable is the same failure as a
    ServiceError (the Store raises that one when the services opened it)."""

    code = Refusal.STORAGE_TROUBLE

    def __init__(self, message: str, reason: str = "io", detail: str = ""):
        super().__init__(message, params={"reason": reason})
        self.message, self.reason, self.detail = message, reason, detail


def storage_reason(exc: BaseException) -> str | None:
    """'full', 'read-only', 'locked' or 'io' when exc means the storage refused; else None."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        for prefix, reason in _BY_SQLITE_NAME.items():
            if name == prefix or name.startswith(prefix + "_"):
                return reason
        text = str(exc).lower()
        return next((reason for needle, reason in _BY_MESSAGE if needle in text), None)
    if type(exc).__module__.startswith("psycopg"):
        return _server_reason(exc)
    if isinstance(exc, OSError):
        return _BY_ERRNO.get(exc.errno) if exc.errno is not None else None
    return None


def _server_reason(exc: BaseException) -> str | None:
    """A PostgreSQL error (psycopg 3): by its SQLSTATE; a connection that broke has none."""
    code = getattr(exc, "sqlstate", None)
    if code is None:
        return "server" if type(exc).__name__ == "OperationalError" else None
    return _BY_SQLSTATE.get(code) or _BY_SQLSTATE_CLASS.get(code[:2])


def as_failure(
    exc: BaseException,
    failure_type: type[StorageFailure] = StorageFailure,
    opened_read_only: bool = False,
) -> StorageFailure | None:
    reason = storage_reason(exc)
    if reason is None:
        return None
    if opened_read_only and reason == "read-only":
        # nothing waits in a read-only window, so the message may not promise saving later
        return failure_type(MESSAGES["opened-read-only"], reason, str(exc))
    return failure_type(MESSAGES[reason], reason, str(exc))
