"""Under the compare view's "what was said" table, between two communities: connect the chosen
observation of A with one of B ("verbonden met …"), or take a connection away. The pair then
stands on one row in both communities' comparisons and in the report's. A refusal is shown in
words under the row, with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.services.observation_links import link_observations, unlink_observations
from app.ui.common.service_words import words


class SaidLinks(QWidget):
    changed = Signal()  # a connection was made or taken away: compare again

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._pair = None
        self.label = QLabel(self.tr("Connect A's chosen observation with B's:"))
        self.others = QComboBox()
        self.others.setAccessibleName(self.tr("Observation of B to connect with"))
        self.label.setBuddy(self.others)
        # an observation is a sentence: show its start, open wide (the window fits 1024 pixels)
        self.others.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.others.setMinimumContentsLength(24)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setAccessibleName(self.tr("Connect the two observations"))
        self.connect_button.clicked.connect(self._connect)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setAccessibleName(self.tr("Take the connection away"))
        self.disconnect_button.clicked.connect(self._disconnect)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        row = QHBoxLayout()  # the label above its row: together they fit a 1024-pixel screen
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.others, 1)
        row.addWidget(self.connect_button)
        row.addWidget(self.disconnect_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addLayout(row)
        column.addWidget(self.hint)

    def show_pair(self, pair, unpaired_b: list[tuple[int, str]], between_communities: bool):
        """pair: the chosen SaidPair (or None); unpaired_b: (id, text) of B's observations that
        stand alone, the chosen element's first."""
        self._pair = pair
        self.setVisible(between_communities)
        linked = pair is not None and pair.mark == "linked"
        can_link = pair is not None and pair.text_b is None and bool(unpaired_b)
        self.others.clear()
        for oid, text in unpaired_b if can_link else ():
            self.others.addItem(text if len(text) <= 90 else text[:89] + "…", oid)
            self.others.setItemData(
                self.others.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )  # the whole text
        self.others.setEnabled(can_link)
        self.connect_button.setEnabled(can_link)
        self.disconnect_button.setEnabled(linked)
        self.hint.hide()

    def _connect(self) -> None:
        if self._pair is not None and self.others.currentData() is not None:
            self._write(link_observations, self._pair.id_a, self.others.currentData())

    def _disconnect(self) -> None:
        if self._pair is not None and self._pair.mark == "linked":
            self._write(unlink_observations, self._pair.id_a, self._pair.id_b)

    def _write(self, fn, *args) -> None:
        try:
            fn(self.store, *args)
        except ServiceError as exc:
            self.hint.setText(words(exc))
            self.hint.show()
            return
        self.changed.emit()
