"""The proposals tray: observations the phones proposed, for the facilitator to accept (as they
are or edited) or drop. Nothing enters the session unaccepted; an accepted one is added through
the session controller, like the facilitator's own typing, so every page shows it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.vocabulary.changes import Change


class ProposalTray(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.page = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Proposals from the phones"))
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("The proposal as it will be added"))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.drop_button = QPushButton(self.tr("&Drop"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.drop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        self.setTitle(self.tr("Proposals tray"))
        self.list.currentItemChanged.connect(self._chosen)
        self.accept_button.clicked.connect(self.accept_current)
        self.drop_button.clicked.connect(self.drop_current)
        self.edit.returnPressed.connect(self.accept_current)
        self._chosen(None)

    def fill(self, proposals, label_of) -> None:
        """proposals: app.vocabulary.room.ProposalData waiting; label_of: element key -> label."""
        keep = (
            self.list.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.list.currentItem()
            else None
        )
        self.list.clear()
        for p in proposals:
            # plain text items: a proposal is never read as markup here either
            item = QListWidgetItem(f"{label_of(p.element_key)}: {p.text}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, p.text)
            self.list.addItem(item)
            if p.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem())

    def _chosen(self, item) -> None:
        self.edit.setText(item.data(Qt.ItemDataRole.UserRole + 1) if item else "")
        for w in (self.edit, self.accept_button, self.drop_button):
            w.setEnabled(item is not None)

    def accept_current(self) -> None:
        from app.services import room as svc

        item = self.list.currentItem()
        text = self.edit.text().strip()
        if item is None or self.page is None or not text:
            return
        self.page.controller.write(
            svc.accept_proposal,
            item.data(Qt.ItemDataRole.UserRole),
            text=text,
            what=Change.OBSERVATIONS,
        )
        self.refreshed()

    def drop_current(self) -> None:
        from app.services import room as svc

        item = self.list.currentItem()
        if item is None or self.page is None:
            return
        self.page.controller.write(
            svc.drop_proposal, item.data(Qt.ItemDataRole.UserRole), what=Change.ROOM
        )
        self.refreshed()

    def refreshed(self) -> None:
        """Replaced by the panel: fill again after a decision."""
