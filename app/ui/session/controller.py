"""The one road from a widget to the database during a session.

Widgets call `write(...)` (now) or `write_later(...)` (debounced typing); the controller runs the
service call in one short transaction, then announces what changed, so the canvas and the pages
update, and the "saved" indicator moves. When the storage cannot be written (disk full, read-only,
locked), the edit waits in order in a queue, the text stays on screen, and the queue is retried
until writing works again. The queue is also kept in a small journal outside the database's
folder (app.ui.session.waiting_journal), so a crash while waiting loses nothing.

`pending` counts everything on screen that is not in the database yet (typing in its pause and
waiting edits): the "saved" indicator says saved only when it is 0.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.errors import ConcurrentEdit, ServiceError, SessionInUse, StorageUnavailable
from app.services.idempotent import with_client_ids
from app.services.retry_queue import RetryQueue, Waiting
from app.ui.common.service_words import words
from app.ui.session.conflict_words import someone_else
from app.ui.session.waiting_journal import Journal, database_name, record
from app.vocabulary.based_on import OwnSaves
from app.vocabulary.changes import REREAD, WAITING, Change, Outcome, Written

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400  # typing pauses this long → saved (well within a second)
RETRY_MS = 3000


class _Edit:
    __slots__ = ("args", "done", "fn", "kwargs", "merge", "what")

    def __init__(self, fn, args, kwargs, what, done, merge=None):
        self.fn, self.args, self.kwargs, self.what, self.done = fn, args, kwargs, what, done
        self.merge = merge  # waiting edits with the same merge key keep only the newest

    @property
    def counts(self) -> bool:
        """Words of the user: not the forgetting of a draft (a merged edit with no text)."""
        return not (self.merge and not str(self.args[-1] if self.args else "").strip())


class SessionController(QObject):
    changed = Signal(object)  # what changed: a Change (app.vocabulary.changes)
    saved = Signal(float)  # time.time() of the last committed write
    storageTrouble = Signal(str)  # a plain-language banner text; "" when writing works again
    problem = Signal(str)  # an edit the services refused (an inline hint)
    stateChanged = Signal()  # pending or waiting changed (the indicator follows it)

    def __init__(self, store, session_id: int, parent=None):
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self._later: OrderedDict[str, _Edit] = OrderedDict()
        self._queue = RetryQueue()  # the waiting edits, in order (payload: the _Edit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        self._states = None  # element states, read once per change for every view
        self.journal = Journal(database_name(store))
        self._read_failed = False  # a read failed: the retry also tries reading again
        self._entry_drafts = None
        # per row, what this window itself saved last, or the other's value a conflict showed:
        # newer than the screen's base when a field typed on was not read again
        self._own = OwnSaves()
        self.last_saved: float | None = None
        self.latencies: list[float] = []  # seconds from request to commit, for the benchmark

    def element_states(self) -> dict:
        """The model's element states, shared by the canvas and the pages until the next edit."""
        if self._states is None:
            from app.services.vertrekpunt import element_states

            self._states = element_states(self.store, self.session_id)
        return self._states

    def read(self, fn: Callable, *args, **kwargs) -> Any:
        """A view's read, on the same road as its writes: the view names the service call and
        the controller gives it the store (a read the storage refuses raises StorageUnavailable,
        which guarded() slots turn into the banner and a retry)."""
        return fn(self.store, *args, **kwargs)

    @property
    def entry_drafts(self):
        """The drafts of this session's "+ add" lines (app.ui.session.entry_drafts)."""
        if self._entry_drafts is None:
            from app.ui.session.entry_drafts import EntryDrafts

            self._entry_drafts = EntryDrafts(self)
        return self._entry_drafts

    # -- writing --------------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Edits on screen and not in the database yet: typing in its pause, and waiting ones."""
        return self._queue.pending + len(self._later)

    @property
    def waiting(self) -> int:
        """Edits the storage refused so far, waiting in order to be written (as the user counts
        them: a draft and the forgetting of it after its line was added are not two edits)."""
        return sum(1 for w in self._queue if w.payload.counts)

    def _enqueue(self, edit: _Edit) -> None:
        """Wait in order. A draft typed on while waiting replaces its earlier waiting version in
        place: the journal keeps one record per entry line, and the replay ends the same."""
        self._queue.enqueue(
            Waiting(lambda: self._run(edit, from_queue=True), edit.what, edit.merge, edit)
        )
        self._queue_changed()

    def waiting_records(self) -> list[dict]:
        """The waiting edits as plain records (the journal's, a file saved elsewhere)."""
        return [
            record(e.fn, e.args, e.kwargs, e.what, self.journal.database)
            for e in (w.payload for w in self._queue)
        ]

    def discard_waiting(self) -> None:
        """Forget the waiting edits, on the facilitator's explicit choice."""
        self._queue.clear()
        self._later.clear()
        self._debounce.stop()
        self._retry.stop()
        self._queue_changed()

    def _queue_changed(self) -> None:
        self.journal.write(self.waiting_records())
        self.stateChanged.emit()

    def guarded(self, slot: Callable) -> Callable:
        """A slot that reads the database: a read the storage refuses shows the same banner as a
        refused write (and is tried again with the retry), instead of escaping the Qt slot."""

        def run(*args, **kwargs):
            try:
                return slot(*args, **kwargs)
            except StorageUnavailable as exc:
                self.read_failed(exc)
                return None

        return run

    def read_failed(self, exc: StorageUnavailable) -> None:
        self._read_failed = True
        self._states = None
        self._retry.start()
        self.storageTrouble.emit(str(exc))

    def write(
        self,
        fn: Callable,
        *args,
        what: Change = Change.SESSION,
        done: Callable[[Any], None] | None = None,
        merge: str | None = None,
        **kwargs,
    ) -> Written:
        """Run a service call now (after anything still waiting) and say what happened: saved
        (with the service's answer), waiting for the storage, or refused (with the words the
        user was shown, which the problem signal also carries)."""
        self.flush()
        # a new row's uuid (a vote's token) is made now, once: a replay after a lost answer
        # finds what the first attempt saved instead of adding it again
        edit = _Edit(fn, args, with_client_ids(fn, kwargs), what, done, merge)
        if self._queue.pending:
            self._enqueue(edit)
            return WAITING
        return self._run(edit)

    def write_later(
        self, key: str, fn: Callable, *args, what: Change = Change.SESSION, **kwargs
    ) -> None:
        """Debounced: the newest call per key wins, run when typing pauses. The typing stays
        based on the row as it was when it began (a list read again meanwhile is not what the
        user typed on)."""
        earlier = self._later.pop(key, None)
        if earlier is not None and kwargs.get("based_on") and earlier.kwargs.get("based_on"):
            kwargs["based_on"] = earlier.kwargs["based_on"]
        self._later[key] = _Edit(
            fn,
            args,
            with_client_ids(fn, kwargs),
            what,
            None,
            key if key.startswith("draft:") else None,
        )
        self._debounce.start()
        self.stateChanged.emit()

    def flush(self) -> None:
        """Write every debounced edit now (on leaving a field, a stage, or the app)."""
        self._debounce.stop()
        if not self._later:
            return
        while self._later:
            _key, edit = self._later.popitem(last=False)
            if self._queue.pending:
                self._enqueue(edit)
            else:
                self._run(edit)
        self.stateChanged.emit()

    def retry(self) -> None:
        before = self._queue.pending
        # in order; the queue stops at the first edit the storage still refuses (_run raises
        # for a waiting edit replayed from the queue)
        done = self._queue.retry()
        written = self._queue.pending != before
        if not done:
            if written:
                self._queue_changed()
            return
        if self._read_failed:
            try:
                self.element_states()
            except StorageUnavailable:
                return
            self._read_failed = False
            for what in REREAD:  # every view reads its lists again
                self.changed.emit(what)
        self._retry.stop()
        if written:
            self._queue_changed()
        self.storageTrouble.emit("")

    def _run(self, edit: _Edit, from_queue: bool = False) -> Written:
        started = time.perf_counter()
        kwargs = self._own.based(edit.kwargs)
        try:
            result = edit.fn(self.store, *edit.args, **kwargs)
        except StorageUnavailable as exc:
            if getattr(self.store, "read_only", False):
                # a read-only window (another copy writes, a read-only medium): nothing will
                # ever be written here, so nothing waits and nothing may promise saving; the
                # page's banner already says this window only shows the session
                return Written(Outcome.REFUSED, refusal=str(exc), error=exc)
            self._retry.start()
            self.storageTrouble.emit(str(exc))
            if from_queue:
                raise  # the queue keeps it at the front and stops there
            self._enqueue(edit)
            return WAITING
        except ConcurrentEdit as exc:
            self._own.shown(kwargs, exc.row, exc.version, exc.field, exc.current)
            return self._refused(exc, someone_else(exc))
        except SessionInUse as exc:
            # another facilitator on the same database: say what they did; the text typed here
            # stays on screen (nothing reloads it), so saving again replaces theirs on purpose
            return self._refused(exc, someone_else(exc))
        except ServiceError as exc:
            return self._refused(exc, words(exc))  # in the language on screen
        self.latencies.append(time.perf_counter() - started)
        self._own.saved(kwargs, result)
        self._states = None
        self.last_saved = time.time()
        self.saved.emit(self.last_saved)
        self.changed.emit(edit.what)
        if edit.done is not None:
            edit.done(result)
        return Written(Outcome.SAVED, result)

    def _refused(self, exc: ServiceError, text: str) -> Written:
        self.problem.emit(text)
        return Written(Outcome.REFUSED, refusal=text, error=exc)
