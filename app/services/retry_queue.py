"""Edits that wait for the storage: a first-in, first-out queue of callables.

When the disk is full or the folder read-only, an edit cannot be written; it waits here, in order,
and later edits wait behind it (a later edit may depend on an earlier one, and replaying out of
order could bring back an old text). retry() replays from the front and stops at the first that
still cannot be written. Plain Python: the UI drives it from a timer.

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

    def labels(self) -> list[str]:
        return [w.label for w in self._waiting]

    def submit(self, fn: Callable[[], Any], label: str = "") -> bool:
        """Write now if nothing is waiting; True when written. False: it waits (in order).
        Any other error of the edit itself propagates, as if there were no queue."""
        if self._waiting:
            self._waiting.append(Waiting(fn, label))
            self.retry()
            return not self._waiting
        try:
            fn()
        except StorageFailure as exc:  # includes app.services.errors.StorageUnavailable
            self.last_failure = exc
            self._waiting.append(Waiting(fn, label))
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
