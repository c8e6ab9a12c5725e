"""Errors a user can cause, in words the UI can show.

A refusal the services foresee has a code (app.vocabulary.refusals.Refusal) and its parameters:
the interface words it in the language on screen (app.ui.common.service_words); str() of the
error is the English wording, for the command line and the log."""

from app.models.limits import TooLong
from app.store.storage_errors import StorageFailure
from app.store.store import ChangedElsewhere
from app.vocabulary.refusals import Refusal, english


class ServiceError(Exception):
    """A request the services refuse, with a message fit for the user (and, when foreseen, the
    code and parameters the interface words it from)."""

    def __init__(self, message: str, *args, code: Refusal | None = None,
                 params: dict | None = None):
        super().__init__(message, *args)
        self.code = code
        self.params = dict(params or {})


def refused(code: Refusal, cls: type | None = None, **params) -> "ServiceError":
    """The error for a refusal by code, in English for str(); raise it."""
    return (cls or ServiceError)(english(code, params), code=code, params=params)


class NotFound(ServiceError):
    pass


class SessionClosed(ServiceError):
    """A closed session is read-only until someone reopens it on purpose."""


class StorageUnavailable(ServiceError, StorageFailure):
    """The database cannot be written right now (disk full, read-only folder, locked file).
    Nothing the user typed is lost: the UI keeps it and retries.

    Raised by Store.transaction()/reading() of every store bootstrap.open_database opened, with
    .reason ('full', 'read-only', 'locked', 'io') and .detail (SQLite's words)."""


class ConcurrentEdit(ServiceError, ChangedElsewhere):
    """Someone else (another laptop on the same server) changed what this edit changes, after
    this client last read it. Nothing was saved; the other's value stays. The UI tells the user
    (with the other text) and keeps the rejected text on screen: saving it again replaces theirs
    on purpose, since the user has now seen it.

    Raised by the update services (app.services.rows.set_fields), and by Store.transaction() of
    a store bootstrap.open_database opened when two saves of one row meet at the same moment
    (then current and rejected are None)."""

    def __init__(self, message: str, current=None, rejected=None, field: str | None = None,
                 what: str | None = None, row_id: int | None = None):
        super().__init__(message)
        self.current, self.rejected = current, rejected  # the other's value; this edit's value
        self.field, self.what, self.row_id = field, what, row_id


class SessionInUse(ServiceError):
    """The session is marked as in use by another facilitator (app.services.presence): opening
    it asks whether to look (read-only) or take over; a write while they hold it is refused."""

    def __init__(self, message: str, holder):
        super().__init__(message)
        self.holder = holder  # app.services.presence.InUse


class TextTooLong(ServiceError, TooLong):
    """A text longer than its field holds (app.models.limits), refused before the database sees
    it, on every database. .field names it, .limit and .length say by how much; the text stays on
    the user's screen."""


class NotStored(ServiceError):
    """The database refused a value for a reason the services did not foresee (PostgreSQL's
    DataError: a text or number that does not fit). Nothing was saved; what was typed stays on
    screen."""
