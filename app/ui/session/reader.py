"""The one road for the reads of windows that show a whole community, not one session: the home
page, the timeline, the comparison, the actors, the GroenPact matrix, a session's read-only
model opened from them.

Why one reader per store and not a controller per window: inside a session the controller reads
(SessionController.read) and its refusal goes to the session page's banner and a retry together
with the edits waiting there. A community window has no session and nothing waiting, so there is
nothing to retry; what it needs is that a read the storage refuses is said once, in plain words,
in one place (the main window's storage banner), and that the window stays as it was instead of
a trace escaping a Qt slot. Each window catching errors its own way said it in four ways, or not
at all. The next read that works clears the notice.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ui.common.service_words import words
from app.vocabulary.errors import StorageTrouble


class Reader(QObject):
    trouble = Signal(str)  # a read the storage refused, in the user's words; "" once one works

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self.failed = False  # the last read was refused: the notice is up

    def read(self, fn: Callable, *args, **kwargs) -> Any:
        """fn(store, *args, **kwargs): a service read. A refusal is announced and raised on, so
        the window's slot (guarded) stops where it was."""
        try:
            result = fn(self.store, *args, **kwargs)
        except StorageTrouble as exc:
            self.say(exc)
            raise
        if self.failed:
            self.failed = False
            self.trouble.emit("")
        return result

    def guarded(self, slot: Callable) -> Callable:
        """A slot (or a window's opening) that reads: a refused read ends it quietly, the notice
        shown, and it returns None."""

        def run(*args, **kwargs):
            try:
                return slot(*args, **kwargs)
            except StorageTrouble as exc:
                self.say(exc)
                return None

        return run

    def say(self, exc: StorageTrouble) -> None:
        """Show what the storage said (a window's write it refused goes the same way)."""
        if getattr(exc, "announced", False):
            return  # read() said it already; the slot around it only stops
        exc.announced = True  # type: ignore[attr-defined]
        self.failed = True
        self.trouble.emit(
            self.tr(
                "The database cannot be used just now: %1 Nothing was changed; your "
                "group's work is safe. Try again in a moment."
            ).replace("%1", words(exc))
        )


_READERS: weakref.WeakKeyDictionary[Any, Reader] = weakref.WeakKeyDictionary()


def reader_for(store) -> Reader:
    """The one reader of this store, shared by every community window of it."""
    reader = _READERS.get(store)
    if reader is None:
        reader = _READERS[store] = Reader(store)
    return reader
