"""One error hierarchy for what the user can meet: every layer raises these (the store, the
services, the command line), each with a code (app.vocabulary.refusals.Refusal) and the
parameters its wording is filled from. str() is the English wording, for the command line and the
log; the interface words the code in the language on screen (app.ui.common.service_words).

    IntervisieError        a code, its parameters, English words
      Refused              a rule of the app said no (an empty text, a closed session, …)
      StorageTrouble       the storage cannot be written or read now; nothing typed is lost
      Conflict             someone else changed or holds the same thing
      FileProblem          a file to import, restore or bring back is not usable

A subclass may name a default code (`code = Refusal.X`), filled from the error's own message
(`detail`) when it has no parameters of its own.
"""

from __future__ import annotations

from typing import Any

from app.vocabulary.refusals import Refusal, english


class IntervisieError(Exception):
    code: Refusal | None = None

    def __init__(
        self,
        message: str | None = None,
        *args: Any,
        code: Refusal | None = None,
        params: dict[str, Any] | None = None,
    ):
        code = code if code is not None else type(self).code
        params = dict(params or {})
        if message is None:
            message = english(code, params) if code is not None else type(self).__name__
        if code is not None:
            params.setdefault("detail", message)
        super().__init__(message, *args)
        self.code = code
        self.params = params


class Refused(IntervisieError):
    """A rule of the app refused the request; nothing was changed."""


class StorageTrouble(IntervisieError):
    """The storage cannot be used now (a full disk, a read-only folder, a lost connection)."""


class Conflict(IntervisieError):
    """Someone else changed, or holds, what this request changes; theirs stays."""


class FileProblem(IntervisieError):
    """A file given to the app (an import, a backup, a taken-out community) cannot be used."""


def refused(code: Refusal, cls: type[IntervisieError] = Refused, **params: Any) -> IntervisieError:
    """The error for a refusal by code, in English for str(); raise it."""
    return cls(english(code, params), code=code, params=params)
