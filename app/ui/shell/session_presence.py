"""The open session window marks its session as in use (app.services.presence): it claims the
session on opening, asking what to do when another facilitator runs it (look read-only, take
over, or cancel), sends a heartbeat every minute and releases the session on closing.

Wiring (the window that opens a session):
    opened = open_session_presence(parent, store, session_id, facilitator_name)
    if opened is None: return                      # the user cancelled
    if opened.read_only: ...open the pages without editing...
    else: opened.presence.takenOver.connect(...)   # someone took over: stop editing, say so
    on closing: if opened.presence: opened.presence.stop()
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import presence
from app.services.errors import SessionInUse, StorageUnavailable

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class SessionPresence(QObject):
    takenOver = Signal(str)  # who has the session now ("" when unknown): stop writing

    def __init__(self, store, session_id: int, facilitator: str = "", parent=None):
        super().__init__(parent)
        self.store, self.session_id, self.facilitator = store, session_id, facilitator
        self._timer = QTimer(self)
        self._timer.setInterval(int(presence.HEARTBEAT_EVERY.total_seconds() * 1000))
        self._timer.timeout.connect(self.beat)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, take_over: bool = False) -> None:
        """Claim the session; raises SessionInUse when someone else runs it (unless take_over)."""
        presence.claim_session(self.store, self.session_id, self.facilitator, take_over)
        self._timer.start()

    def beat(self) -> None:
        try:
            still_mine = presence.heartbeat(self.store, self.session_id)
        except StorageUnavailable:
            return  # the server is out of reach for now: the next beat tries again
        if not still_mine:
            self._timer.stop()
            holder = presence.in_use(self.store, self.session_id)
            self.takenOver.emit(holder.describe() if holder else "")

    def stop(self) -> None:
        if not self._timer.isActive():
            return
        self._timer.stop()
        # unreachable: the mark goes stale by itself within presence.STALE_AFTER
        with contextlib.suppress(StorageUnavailable):
            presence.release_session(self.store, self.session_id)


@dataclass
class OpenedSession:
    read_only: bool
    presence: SessionPresence | None  # None when read-only


def ask_in_use(parent: QWidget | None, holder: presence.InUse) -> str:
    """'read-only', 'take-over' or '' (cancel), asked in plain words."""
    since = holder.since.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SessionPresence", "Session in use"))
    if holder.on_this_computer:
        box.setText(
            translate(
                "SessionPresence",
                "This session is still marked as open on this computer since %1, "
                "probably by a window that closed unexpectedly.",
            ).replace("%1", since)
        )
    else:
        box.setText(
            translate("SessionPresence", "%1 has had this session open since %2.")
            .replace("%1", holder.describe())
            .replace("%2", since)
        )
    box.setInformativeText(
        translate(
            "SessionPresence",
            "You can look at it without changing anything, or take it over: "
            "then the other window stops saving.",
        )
    )
    look = box.addButton(
        translate("SessionPresence", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    take = box.addButton(
        translate("SessionPresence", "Take over"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(look)
    box.exec()
    clicked = box.clickedButton()
    return "read-only" if clicked is look else "take-over" if clicked is take else ""


def open_session_presence(
    parent: QWidget | None, store, session_id: int, facilitator: str = "", ask=ask_in_use
) -> OpenedSession | None:
    """Claim the session for this window; None when the user cancelled."""
    mark = SessionPresence(store, session_id, facilitator, parent)
    try:
        mark.start()
    except SessionInUse as exc:
        choice = ask(parent, exc.holder)
        if choice == "read-only":
            mark.deleteLater()
            return OpenedSession(True, None)
        if choice != "take-over":
            mark.deleteLater()
            return None
        mark.start(take_over=True)
    return OpenedSession(False, mark)
