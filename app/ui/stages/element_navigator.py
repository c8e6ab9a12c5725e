"""The vertrekpunt's list of elements to walk through: grouped under their perspective, then the
conditions for success, each with its status icon and its number of observations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.ui.common.i18n import current_language
from app.ui.widgets.choices import element_label

KEY_ROLE = Qt.ItemDataRole.UserRole


class ElementNavigator(QListWidget):
    """The elements to walk through, grouped under their perspective; headers are not
    selectable."""

    def fill(self, model, states) -> None:
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        lang = current_language()
        groups = [
            (p.label.get(lang), [a.key for a in model.areas_of(p.key)]) for p in model.perspectives
        ]
        groups.append((self.tr("Conditions for success"), [c.key for c in model.conditions]))
        for title, keys in groups:
            if not keys:
                continue
            header = QListWidgetItem(title.upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            # not selectable, yet not greyed out as disabled: a heading the room must read
            header.setForeground(QBrush(self.palette().color(QPalette.ColorRole.Text)))
            f = header.font()
            f.setBold(True)
            header.setFont(f)
            self.addItem(header)
            for key in keys:
                st = states.get(key)
                level = model.level(st.status if st else None)
                count = st.observation_count if st else 0
                label = element_label(model, key, short=True)
                item = QListWidgetItem(f"{level.icon}  {label}  ({count})")
                item.setData(KEY_ROLE, key)
                item.setToolTip(element_label(model, key))
                self.addItem(item)
                if key == current:
                    self.setCurrentItem(item)
        self.blockSignals(False)
        if self.currentItem() is None:
            self.select_key(model.element_keys()[0])

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY_ROLE) if item else None

    def select_key(self, key: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                self.setCurrentRow(i)
                return
