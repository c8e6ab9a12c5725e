"""Errors a user can cause, in words the UI can show."""

from app.store.storage_errors import StorageFailure


class ServiceError(Exception):
    """A request the services refuse, with a message fit for the user."""


class NotFound(ServiceError):
    pass


class SessionClosed(ServiceError):
    """A closed session is read-only until someone reopens it on purpose."""


class StorageUnavailable(ServiceError, StorageFailure):
    """The database cannot be written right now (disk full, read-only folder, locked file).
    Nothing the user typed is lost: the UI keeps it and retries.

    Raised by Store.transaction()/reading() of every store bootstrap.open_database opened, with
    .reason ('full', 'read-only', 'locked', 'io') and .detail (SQLite's words)."""
