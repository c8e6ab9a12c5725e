"""GroenPact: the community's regional initiatives and projects (the actions of all its
sessions) against GroenPact's six action lines, as a matrix — one row per initiative, a column
per action line, a marked cell where the initiative gives shape to that line — with the policy
frame items beside them and the action lines nothing serves yet. No totals: the empty columns
say enough. Tagging happens in the aanpak."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.modeldef import current_definition
from app.services import communities
from app.services.groenpact import groenpact_matrix
from app.ui.common.i18n import current_language
from app.ui.common.screen_fit import fit_to_screen
from app.ui.session.reader import reader_for
from app.ui.widgets.labels import big_label
from app.ui.widgets.table_keys import leave_by_tab

MARK = "●"


class GroenpactView(QWidget):
    def __init__(self, store, community_id: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.community_id = store, community_id
        self.reader = reader_for(store)  # its reads: app.ui.session.reader
        self.model = current_definition()
        name = self.reader.read(communities.get_community, community_id).name
        self.setWindowTitle(self.tr("GroenPact action lines · %1").replace("%1", name))
        self.setAccessibleName(self.tr("GroenPact matrix"))
        heading = big_label(self.tr("GroenPact action lines · %1").replace("%1", name), scale=1.3)
        heading.setAccessibleName(self.tr("GroenPact matrix"))
        note = QLabel(
            self.tr(
                "Which of GroenPact's action lines the community's initiatives and "
                "projects give shape to, across all its sessions. Tag a project "
                "with its action lines in the aanpak."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget()
        leave_by_tab(self.table)  # Tab leaves the table; arrows move inside it
        self.table.setAccessibleName(self.tr("Initiatives against the action lines"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # rows as tall as their wrapped text at the columns' final widths
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        self.untouched = big_label(scale=1.0, bold=False)
        self.untouched.setAccessibleName(self.tr("Action lines without an initiative"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.untouched)
        fit_to_screen(self, (1280, 700))
        self.reload()

    def reload(self) -> None:
        lang = current_language()
        self.matrix = m = self.reader.read(groenpact_matrix, self.community_id)
        lines = [self.model.find(self.model.groenpact, k) for k in m.lines]
        frame_items = {
            f"{f.key}:{i.key}": i.label.get(lang) for f in self.model.frames for i in f.items
        }
        self.table.setColumnCount(2 + len(lines))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Initiative")] + [g.label.get(lang) for g in lines] + [self.tr("Policy frame")]
        )
        for col, g in enumerate(lines, start=1):
            if g.explanation:
                self.table.horizontalHeaderItem(col).setToolTip(g.explanation.get(lang))
        self.table.setRowCount(len(m.rows))
        mark_font = QFont(self.table.font())
        mark_font.setPointSizeF(mark_font.pointSizeF() * 1.4)
        for row, r in enumerate(m.rows):
            self.table.setItem(row, 0, QTableWidgetItem(f"{r.title}\n{r.held_on:%d-%m-%Y}"))
            for col, key in enumerate(m.lines, start=1):
                cell = QTableWidgetItem(MARK if key in r.lines else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setFont(mark_font)
                # a screen reader hears the line and yes/no, not a dot
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{lines[col - 1].label.get(lang)}: "
                    + (self.tr("yes") if key in r.lines else self.tr("no")),
                )
                self.table.setItem(row, col, cell)
            frames = "; ".join(frame_items.get(k, k) for k in r.frame_items)
            self.table.setItem(row, len(lines) + 1, QTableWidgetItem(frames))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(lines) + 1, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(lines) + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        empty = [
            self.model.find(self.model.groenpact, k).label.get(lang) for k in m.untouched_lines()
        ]
        self.untouched.setText(
            self.tr("No initiative yet for: %1").replace("%1", ", ".join(empty))
            if empty
            else self.tr("Every action line has an initiative.")
        )
        if not m.rows:
            self.untouched.setText(
                self.tr("No projects or initiatives yet: add them in the aanpak of a session.")
            )

    def marked(self) -> dict[str, list[str]]:
        """Initiative title -> the action lines marked (for tests)."""
        out = {}
        for row, r in enumerate(self.matrix.rows):
            out[r.title] = [
                k
                for col, k in enumerate(self.matrix.lines, start=1)
                if self.table.item(row, col).text() == MARK
            ]
        return out
