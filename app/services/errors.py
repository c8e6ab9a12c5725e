"""The services' errors: the kinds of app.vocabulary.errors (refused, storage trouble, conflict,
file problem), each with a code (app.vocabulary.refusals.Refusal) and its parameters; the
interface words the code in the language on screen (app.ui.common.service_words), str() of the
error is the English wording, for the command line and the log. `except ServiceError` catches
every error a service raises for the user."""

from app.models.limits import TooLong
from app.store.storage_errors import StorageFailure
from app.store.store import ChangedElsewhere
from app.vocabulary.errors import Conflict, FileProblem, IntervisieError, Refused
from app.vocabulary.refusals import Refusal, english


class ServiceError(IntervisieError):
    """A request the services refuse, with a message fit for the user, its code and the
    parameters the interface words it from."""


class RuleRefused(ServiceError, Refused):
    """A rule of the app said no (an empty text, an unknown status, …)."""


def refused(code: Refusal, cls: type | None = None, **params) -> ServiceError:
    """The error for a refusal by code, in English for str(); raise it."""
    return (cls or RuleRefused)(english(code, params), code=code, params=params)


class NotFound(RuleRefused):
    code = Refusal.NOT_FOUND


class SessionClosed(RuleRefused):
    """A closed session is read-only until someone reopens it on purpose."""

    code = Refusal.SESSION_CLOSED


class FileRefused(ServiceError, FileProblem):
    """A file to import, restore, take out or bring back cannot be used; nothing was changed."""


class StorageUnavailable(ServiceError, StorageFailure):
    """The database cannot be written right now (disk full, read-only folder, locked file).
    Nothing the user typed is lost: the UI keeps it and retries.

    Raised by Store.transaction()/reading() of every store bootstrap.open_database opened, with
    .reason ('full', 'read-only', 'locked', 'io') and .detail (SQLite's words)."""


class ConcurrentEdit(ServiceError, ChangedElsewhere):
    """Someone else (another laptop on the same server) changed what this edit changes, since
    the version the edit was based on (app.vocabulary.based_on). Nothing was saved; the other's
    value stays. The UI tells the user (with the other text) and keeps the rejected text on
    screen: saving it again replaces theirs on purpose, since the user has now seen it.

    Raised by the update services (app.services.rows.set_fields), and by Store.transaction() of
    a store bootstrap.open_database opened when two saves of one row meet at the same moment
    (then current and rejected are None)."""

    def __init__(
        self,
        message: str,
        current=None,
        rejected=None,
        field: str | None = None,
        what: str | None = None,
        row_id: int | None = None,
        version: int | None = None,
        row: str | None = None,
    ):
        super().__init__(message)
        self.current, self.rejected = current, rejected  # the other's value; this edit's value
        self.field, self.what, self.row_id = field, what, row_id
        # the row's version now and its base's name: the user has now seen the other's value,
        # so an edit based on this version replaces it on purpose
        self.version, self.row = version, row


class SessionInUse(ServiceError, Conflict):
    """The session is marked as in use by another facilitator (app.services.presence): opening
    it asks whether to look (read-only) or take over; a write while they hold it is refused."""

    code = Refusal.SESSION_IN_USE

    def __init__(self, message: str, holder):
        super().__init__(message)
        self.holder = holder  # app.services.presence.InUse


class TextTooLong(ServiceError, TooLong):
    """A text longer than its field holds (app.models.limits), refused before the database sees
    it, on every database. .field names it, .limit and .length say by how much; the text stays on
    the user's screen."""


class NotStored(RuleRefused):
    """The database refused a value for a reason the services did not foresee (PostgreSQL's
    DataError: a text or number that does not fit). Nothing was saved; what was typed stays on
    screen."""

    code = Refusal.NOT_STORED
