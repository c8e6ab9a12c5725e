"""Lines added while the storage cannot be written: kept at the end of their LineList, marked
"⏳" and not editable, until they are saved and the list shows them as stored rows (so nobody
types them a second time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidgetItem

WAITING_ID = -1  # the id of a waiting line in LineList._ids: shown, not yet a row


class WaitingRows:
    """Mixed into LineList (uses its table, text_column, _ids, _waiting and _filling)."""

    def _add_waiting_rows(self) -> None:
        """Lines added while the storage waits, after the stored ones: visible, marked, not
        editable (they are not rows in the database yet)."""
        for text in self._waiting:
            row = self.table.rowCount()
            self.table.setRowCount(row + 1)
            self._ids.append(WAITING_ID)
            item = QTableWidgetItem("⏳ " + text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            # the context of the list it is shown in (self.tr would not find it from a mixin)
            item.setToolTip(
                QCoreApplication.translate(
                    "LineList",
                    "Waiting to be saved: it is saved as soon as writing works again. "
                    "No need to type it again.",
                )
            )
            f = item.font()
            f.setItalic(True)
            item.setFont(f)
            self.table.setItem(row, self.text_column, item)
            self.table.resizeRowToContents(row)

    def _drop_waiting_rows(self) -> None:
        stored = len(self._ids) - self._ids.count(WAITING_ID)
        self.table.setRowCount(stored)
        self._ids = self._ids[:stored]

    def show_waiting(self, text: str) -> None:
        """Keep a line that was added while the storage cannot be written on screen, marked, so
        nobody types it again; clear_waiting() removes it once it is saved (and listed)."""
        self._filling = True
        self._drop_waiting_rows()
        self._waiting.append(text)
        self._add_waiting_rows()
        self._filling = False

    def clear_waiting(self) -> None:
        self._filling = True
        self._drop_waiting_rows()
        self._waiting = []
        self._filling = False

    @property
    def waiting_lines(self) -> list[str]:
        return list(self._waiting)
