"""Edits that wait for the storage: a first-in, first-out queue of callables.

When the disk is full or the folder read-only, an edit cannot be written; it waits here, in order,
and later edits wait behind it (a later edit may depend on an earlier one, and replaying out of
order could bring back an old text). retry() replays from the front and stops at the first that
still cannot be written. Plain Python: the UI drives it from a timer. It is the one queue of waiting edits: the session
window's controller (app.ui.session.controller) keeps its edits here, with the edit itself as the
payload, so what waits, in which order, and how a draft typed on replaces its waiting version is
decided in one place.

A failure may come after the commit (the server's answer was lost): the replay then repeats an
edit that was saved. call() binds an edit with its client id made once (app.services.idempotent),
so the repeat finds the row it made, or the vote it counted, instead of adding it again.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.services.errors import ServiceError
from app.services.idempotent import bind
from app.store.storage_errors import StorageFailure

log = logging.getLogger(__name__)


@dataclass
class Waiting:
    fn: Callable[[], Any]
    label: str = ""
    merge: str | None = None  # a later edit with the same key replaces this one where it waits
    payload: Any = None  # what the caller keeps with the edit (the controller: its edit)


class RetryQueue:
    def __init__(self) -> None:
        self._waiting: deque[Waiting] = deque()
        self.last_failure: StorageFailure | None = None  # why the front edit is waiting
        # edits that, on replay, were refused for another reason (say the row was deleted in the
        # meantime): dropped so the rest can go on, kept here for the UI to mention
        self.refused: list[tuple[Waiting, Exception]] = []

    @property
    def pending(self) -> int:
        return len(self._waiting)

    def __iter__(self):
        return iter(list(self._waiting))

    def labels(self) -> list[str]:
        return [w.label for w in self._waiting]

    def enqueue(self, item: Waiting) -> None:
        """Wait at the back; an item with the merge key of one already waiting takes its place
        instead (in place: the order of the others, and so the replay, stays the same)."""
        same = next((w for w in self._waiting if item.merge and w.merge == item.merge), None)
        if same is None:
            self._waiting.append(item)
        else:
            same.fn, same.label, same.payload = item.fn, item.label, item.payload

    def clear(self) -> None:
        """Forget every waiting edit (on the user's explicit choice)."""
        self._waiting.clear()
        self.last_failure = None

    def submit(self, fn: Callable[[], Any], label: str = "") -> bool:
        """Write now if nothing is waiting; True when written. False: it waits (in order).
        Any other error of the edit itself propagates, as if there were no queue."""
        if self._waiting:
            self.enqueue(Waiting(fn, label))
            self.retry()
            return not self._waiting
        try:
            fn()
        except StorageFailure as exc:  # includes app.services.errors.StorageUnavailable
            self.last_failure = exc
            self.enqueue(Waiting(fn, label))
            return False
        self.last_failure = None
        return True

    def call(self, fn: Callable[..., Any], *args: Any, label: str = "", **kwargs: Any) -> bool:
        """submit() a service call, its client id (a new row's uuid) fixed for every attempt."""
        return self.submit(bind(fn, *args, **kwargs), label)

    def retry(self) -> bool:
        """Replay in order; True when nothing is waiting any more."""
        while self._waiting:
            front = self._waiting[0]
            try:
                front.fn()
            except StorageFailure as exc:
                self.last_failure = exc
                return False
            except Exception as exc:  # refused on its own merits: let the others through
                if not isinstance(exc, ServiceError):
                    log.exception("a waiting edit failed on replay: %s", front.label)
                self.refused.append((front, exc))
            self._waiting.popleft()
        self.last_failure = None
        return True
