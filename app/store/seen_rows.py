"""What this client last saw of each versioned row, so that a write can tell whether someone else
changed the same field in the meantime.

A facilitator reads an observation, types for a minute, and the typing is saved: the database
transaction of the save is not the one of the read, so SQLAlchemy's version check (which guards
one transaction) cannot see that a colleague on another laptop saved the same observation in
between. The Store remembers, per row, the version and the values as they were last read (or
written) by this client; the services compare them with the database's before they write
(app.services.rows).

Only reads count as "seen" (Store.reading() sessions) and rows this client itself wrote: a write
transaction also loads rows nobody looked at (siblings to renumber), and those must not pass for
seen. Bounded: the oldest rows are forgotten first (a forgotten row is simply not checked).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

READING = "reading"  # Session.info key: the session only reads what the user is shown
SEEN = "seen"        # Session.info key: the SeenRows of the store that opened the session
CLIENT = "client"    # Session.info key: the id of the client (one Store) that writes
_WRITTEN = "written"

Key = tuple[str, tuple]


class SeenRows:
    def __init__(self, limit: int = 100_000):
        self._rows: OrderedDict[Key, tuple[int, dict]] = OrderedDict()
        self._limit = limit
        self._guard = threading.Lock()

    @staticmethod
    def _key(state) -> Key | None:
        mapper = state.mapper
        if mapper.version_id_col is None or state.identity is None:
            return None
        return mapper.local_table.name, state.identity

    def remember(self, instance, copy: bool = False) -> None:
        """Note the row's version and values. The values dict is the instance's own (no copy)
        for rows of a finished session, which nobody changes any more; copy=True for a row still
        in a transaction, whose values a rollback would wipe."""
        state = inspect(instance)
        key = self._key(state)
        if key is None:
            return
        version = state.dict.get(state.mapper.version_id_col.key)
        if version is None:
            return
        values = dict(state.dict) if copy else state.dict
        with self._guard:
            self._rows[key] = (version, values)
            self._rows.move_to_end(key)
            while len(self._rows) > self._limit:
                self._rows.popitem(last=False)

    def seen(self, instance) -> tuple[int, dict] | None:
        """(version, values) as this client last saw the row, or None when it never did."""
        key = self._key(inspect(instance))
        if key is None:
            return None
        with self._guard:
            return self._rows.get(key)

    def forget(self, instance) -> None:
        key = self._key(inspect(instance))
        if key is None:  # never remembered: nothing to forget
            return
        with self._guard:
            self._rows.pop(key, None)


def _loaded(session: Session, instance) -> None:
    if session.info.get(READING):
        session.info[SEEN].remember(instance)


def _before_flush(session: Session, _context, _instances) -> None:
    written = session.info.setdefault(_WRITTEN, set())
    written.update(session.new)
    written.update(session.dirty)


def _after_commit(session: Session) -> None:
    """What this client wrote is what it has seen (its own screen shows it)."""
    seen = session.info.get(SEEN)
    for instance in session.info.pop(_WRITTEN, ()):
        if seen is None:
            continue
        if inspect(instance).was_deleted:
            seen.forget(instance)
        else:
            seen.remember(instance)


def _after_rollback(session: Session, _transaction) -> None:
    session.info.pop(_WRITTEN, None)


def watch(factory: sessionmaker) -> None:
    """Let every session of this factory keep its store's SeenRows up to date."""
    event.listen(factory, "loaded_as_persistent", _loaded)
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_soft_rollback", _after_rollback)
