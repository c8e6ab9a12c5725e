"""A banner across the top of the main window for what the storage itself says: the database is
read-only here, a backup could not be made, the journal was deleted. It stays until the cause is
gone or the user closes it (a status-bar line of a few seconds is missed in a room)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolBar, QWidget

from app.ui.common import style


class StoreBanner(QToolBar):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("storeBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not one of the toolbars a user switches
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Storage notice"))
        row.addWidget(self.label, 1)
        self.close_button = QPushButton(self.tr("Close notice"))
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.close_button)
        self.addWidget(box)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self._before: tuple[str, bool] | None = None  # under a passing notice (show_while)
        self.hide()

    def show_text(self, text: str, closable: bool = True) -> None:
        self.label.setStyleSheet(style.notice_sheet(self, border=1))  # the palette as it is now
        self.label.setText(text)
        self.close_button.setVisible(closable)
        self.show()

    def show_or_clear(self, text: str) -> None:
        """For a signal that says "" when the trouble is over."""
        if text:
            self.show_text(text)
        else:
            self.clear()

    def show_while(self, text: str) -> None:
        """For a notice that says "" when it is over (a refused read, app.ui.session.reader):
        the notice shown before it, such as "read-only here", comes back then."""
        if text:
            if self._before is None:
                self._before = (self.text(), self.close_button.isVisible())
            self.show_text(text)
        elif self._before is not None:
            before, closable = self._before
            self._before = None
            if before:
                self.show_text(before, closable)
            else:
                self.clear()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def clear(self) -> None:
        self.label.clear()
        self.hide()


def read_only_notice(store) -> str:
    """Why this window only shows the database, and what the user can do about it."""
    cause = getattr(store, "read_only_cause", "asked")
    if cause == "medium":
        return QCoreApplication.translate(
            "StoreBanner",
            "This database cannot be written where it is (a write-protected stick, a read-only "
            "share or folder). It is open read-only: you can look, print and export, and "
            "nothing is changed. To work in it, copy it to this computer or remove the write "
            "protection.",
        )
    if cause == "lock":
        return QCoreApplication.translate(
            "StoreBanner",
            "The lock file beside the database cannot be written (%1), so this window cannot "
            "make sure it is the only one writing. It is open read-only: nothing is "
            "changed.",
        ).replace("%1", store.read_only_detail)
    return QCoreApplication.translate(
        "StoreBanner",
        "This database is open in Intervisie elsewhere, so this window only shows it: changes "
        "are not saved here. Nothing that was saved has changed.",
    )
