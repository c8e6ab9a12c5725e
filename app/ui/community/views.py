"""What the model is for, per community: buttons that open the timeline, the comparison of two
sessions, the actors and their knowledge, and the GroenPact matrix, each in a window of its own
(so the list of communities stays where it was)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.ui.common import shortcuts

KINDS = ("timeline", "compare", "actors", "groenpact")


class CommunityViews(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = None
        self.community_id: int | None = None
        self.high_contrast = False
        self.windows: list[QWidget] = []
        texts = {
            "timeline": (self.tr("Timeline…"), self.tr("Timeline of the community")),
            "compare": (self.tr("Compare sessions…"), self.tr("Compare two sessions")),
            "actors": (self.tr("Actors and knowledge…"), self.tr("Actors and knowledge")),
            "groenpact": (self.tr("GroenPact matrix…"), self.tr("GroenPact matrix")),
        }
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for kind in KINDS:
            text, name = texts[kind]
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _c=False, k=kind: self.open(k))
            row.addWidget(button)
            self.buttons[kind] = button
        row.addStretch(1)
        self.set_community(None, None)

    def set_community(self, store, community_id: int | None) -> None:
        """The community the buttons open views of (None: no community selected)."""
        self.store, self.community_id = store, community_id
        for button in self.buttons.values():
            button.setEnabled(community_id is not None)

    def set_high_contrast(self, on: bool) -> None:
        """The palette of the models the views draw from now on (the projector setting)."""
        self.high_contrast = on

    def open(self, kind: str) -> QWidget | None:
        if self.store is None or self.community_id is None:
            return None
        from app.ui.session.reader import reader_for

        # a window whose first read the storage refuses does not open; the notice says why
        window = reader_for(self.store).guarded(self._make)(kind)
        if window is None:
            return None
        self._keep(window)
        window.raise_()
        return window

    def _keep(self, window: QWidget) -> None:
        """Show a view window of its own, closed again by Escape or Ctrl+W (it has no menu)."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        for key in (QKeySequence(shortcuts.CLOSE_WINDOW), QKeySequence(Qt.Key.Key_Escape)):
            QShortcut(key, window, window.close)
        self.windows.append(window)
        window.show()

    def _make(self, kind: str) -> QWidget:
        if kind == "timeline":
            from app.ui.community.timeline import TimelineView

            return TimelineView(self.store, self.community_id, self.open_session, self)
        if kind == "compare":
            from app.ui.community.compare import CompareView

            return CompareView(self.store, self.community_id, self.high_contrast, self)
        if kind == "actors":
            from app.ui.community.actors import ActorsView

            return ActorsView(self.store, self.community_id, self)
        if kind == "groenpact":
            from app.ui.community.groenpact import GroenpactView

            return GroenpactView(self.store, self.community_id, self)
        raise ValueError(kind)

    def open_session(self, session_id: int) -> QWidget | None:
        """One session's model, read-only (from a point of the timeline)."""
        from app.ui.canvas.session_canvas import SessionCanvasWindow
        from app.ui.session.reader import reader_for

        window = reader_for(self.store).guarded(SessionCanvasWindow)(
            self.store, session_id, self.high_contrast, self
        )
        if window is None:
            return None
        self._keep(window)
        return window

    def _forget(self, window) -> None:
        if window in self.windows:
            self.windows.remove(window)
