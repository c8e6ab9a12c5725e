"""Vergelijken: two sessions side by side — one community at two moments, or two communities —
as two models and a table of the differences per element (the status in each, which way it
differs in words and arrows, how much was observed). For learning, not ranking: no totals, no
league table, and a switch shows the communities as "Community A" and "Community B"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.modeldef import current_definition
from app.services import sessions
from app.services.compare import compare_sessions
from app.ui.canvas.session_canvas import session_canvas, session_caption
from app.ui.common.screen_fit import fit_to_screen
from app.ui.community.said_links import SaidLinks
from app.ui.session.reader import reader_for
from app.ui.widgets.choices import element_label, status_text
from app.ui.widgets.labels import big_label
from app.ui.widgets.table_keys import leave_by_tab

ARROWS = {1: "↑", -1: "↓", 0: "→", None: "–"}


class CompareView(QWidget):
    def __init__(self, store, community_id: int, high_contrast: bool = False, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.high_contrast = store, high_contrast
        self.reader = reader_for(store)  # its reads: app.ui.session.reader
        self.model = current_definition()
        self.setWindowTitle(self.tr("Compare sessions"))
        self.setAccessibleName(self.tr("Compare sessions"))
        heading = big_label(self.tr("Two sessions side by side"), scale=1.3)
        heading.setAccessibleName(self.tr("Compare sessions"))
        note = QLabel(
            self.tr(
                "For learning, not ranking: the differences per element, without totals or scores."
            )
        )
        note.setWordWrap(True)
        everything = self.reader.read(sessions.list_sessions)  # newest first
        mine = [s for s in everything if s.community_id == community_id]
        # this community's sessions first, then the other communities'
        self.choices = mine + [s for s in everything if s.community_id != community_id]
        self.left, self.right = QComboBox(), QComboBox()
        self.left.setAccessibleName(self.tr("Session A"))
        self.right.setAccessibleName(self.tr("Session B"))
        for combo in (self.left, self.right):
            # a session's caption can be long: the combo shows 30 characters and opens wider, so
            # the window still fits a 1024-pixel projector screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(30)
            for s in self.choices:
                combo.addItem(session_caption(s), s.id)
            combo.activated.connect(lambda _i: self.show_pair())
        if len(mine) >= 2:
            self.left.setCurrentIndex(1)  # the one before the latest, against the latest
        self.hide_names = QCheckBox(self.tr("Hide community names (Community A/B)"))
        self.hide_names.setAccessibleName(self.tr("Hide community names"))
        self.hide_names.toggled.connect(lambda _on: self.show_pair())

        pickers = QGridLayout()
        pickers.addWidget(QLabel("A"), 0, 0)
        pickers.addWidget(self.left, 0, 1)
        pickers.addWidget(QLabel("B"), 1, 0)
        pickers.addWidget(self.right, 1, 1)
        pickers.addWidget(self.hide_names, 2, 1, Qt.AlignmentFlag.AlignLeft)
        pickers.setColumnStretch(1, 1)
        self.captions = (big_label(scale=1.0), big_label(scale=1.0))
        for label, side in zip(self.captions, "AB", strict=True):
            label.setAccessibleName(self.tr("Session %1").replace("%1", side))
        self.figures = QSplitter()
        self.holders = []
        for caption in self.captions:
            holder = QWidget()
            hv = QVBoxLayout(holder)
            hv.setContentsMargins(0, 0, 0, 0)
            hv.addWidget(caption)
            self.holders.append(hv)
            self.figures.addWidget(holder)
        self.canvases: list = [None, None]
        self.table = QTableWidget(0, 6)
        leave_by_tab(self.table)  # Tab leaves the table; arrows move inside it
        self.table.setAccessibleName(self.tr("Differences per element"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Element"),
                "A",
                "B",
                self.tr("Difference"),
                self.tr("Observations A"),
                self.tr("Observations B"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # what was said about the element chosen above: A's and B's observations side by side
        self.said = QTableWidget(0, 3)
        self.said.setAccessibleName(self.tr("Observations of A and B for the chosen element"))
        self.said.setHorizontalHeaderLabels(
            [self.tr("Observation A"), self.tr("Observation B"), self.tr("What became of it")]
        )
        self.said.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.said.setWordWrap(True)
        self.said.verticalHeader().hide()
        for col in (0, 1):
            self.said.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        # its heading and marks are short: as wide as they are ("What became of it" was cut)
        self.said.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.currentCellChanged.connect(lambda row, *_: self._fill_said(row))
        leave_by_tab(self.said)
        # between two communities: connect an observation of A with one of B
        self.links = SaidLinks(store)
        self.links.changed.connect(self._recompare)
        self.said.currentCellChanged.connect(lambda row, *_: self._show_links(row))
        said_box = QWidget()
        sv = QVBoxLayout(said_box)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.said, 1)
        sv.addWidget(self.links)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.figures)
        split.addWidget(self.table)
        split.addWidget(said_box)
        split.setSizes([380, 220, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(pickers)
        layout.addWidget(split, 1)
        fit_to_screen(self, (1280, 760))
        self.show_pair()

    def show_pair(self) -> None:
        a_id, b_id = self.left.currentData(), self.right.currentData()
        if a_id is None or b_id is None:
            return
        result = self.reader.read(compare_sessions, a_id, b_id)
        self.result = result
        self._name_choices(result)
        for i, (info, side) in enumerate(((result.a, "A"), (result.b, "B"))):
            self.captions[i].setText(f"{side} · {info.held_on:%d-%m-%Y}")
            if self.canvases[i] is not None:
                # out of the layout now, not when deleteLater gets to it: until then the old and
                # the new canvas stood one above the other and grew the window past the screen
                self.holders[i].removeWidget(self.canvases[i])
                self.canvases[i].hide()
                self.canvases[i].deleteLater()
            self.canvases[i] = session_canvas(self.store, info.id, self.high_contrast)
            self.canvases[i].setMinimumHeight(240)
            self.holders[i].addWidget(self.canvases[i], 1)
        self._fill_table(result)

    def _name_choices(self, result) -> None:
        """With names hidden the pickers too say "Community A", "Community B" (the chosen
        sessions' communities), then C, D, … for the others: nothing on the screen names one."""
        hide = self.hide_names.isChecked()
        letters: dict[int, str] = {result.a.community_id: "A"}
        letters.setdefault(result.b.community_id, "B")
        for s in self.choices:
            letters.setdefault(s.community_id, chr(ord("A") + len(letters)))
        for combo in (self.left, self.right):
            for i, s in enumerate(self.choices):
                name = (
                    self.tr("Community %1").replace("%1", letters[s.community_id]) if hide else None
                )
                combo.setItemText(i, session_caption(s, name))

    def _difference(self, e, same_community: bool) -> str:
        if not (e.in_a and e.in_b):
            return self.tr("not in this model")
        if e.change is None:
            return self.tr("not comparable")
        if e.change == 0:
            return self.tr("same")
        if same_community:
            return self.tr("up") if e.change > 0 else self.tr("down")
        # between communities "up" would read as better: say where it is higher
        return self.tr("higher in B") if e.change > 0 else self.tr("lower in B")

    def _fill_table(self, result) -> None:
        self.table.setRowCount(len(result.elements))
        for row, e in enumerate(result.elements):
            cells = (
                element_label(self.model, e.key, short=True),
                status_text(self.model, e.status_a),
                status_text(self.model, e.status_b),
                f"{ARROWS[e.change]}  {self._difference(e, result.same_community)}",
                str(e.observations_a),
                str(e.observations_b),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        for col in range(1, 6):
            self.table.resizeColumnToContents(col)
        self._fill_said(self.table.currentRow())

    def _mark(self, mark: str) -> str:
        """In words with a sign, so it does not rest on colour."""
        return {
            "same": self.tr("= same"),
            "changed": self.tr("≠ changed"),
            "new": self.tr("+ new in B"),
            "gone": self.tr("− gone in B"),
            "linked": self.tr("⇄ connected"),
        }.get(mark, mark)

    def _fill_said(self, row: int) -> None:
        elements = self.result.elements if getattr(self, "result", None) else ()
        pairs = elements[row].said if 0 <= row < len(elements) else ()
        self.said.setRowCount(len(pairs))
        for i, p in enumerate(pairs):
            for col, text in enumerate((p.text_a or "–", p.text_b or "–", self._mark(p.mark))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.said.setItem(i, col, item)
        self.said.resizeRowsToContents()
        self._show_links(self.said.currentRow())

    def _pairs(self) -> tuple:
        row = self.table.currentRow()
        elements = self.result.elements
        return elements[row].said if 0 <= row < len(elements) else ()

    def _show_links(self, said_row: int) -> None:
        pairs = self._pairs()
        pair = pairs[said_row] if 0 <= said_row < len(pairs) else None
        key = self.result.elements[self.table.currentRow()].key if pairs else None
        # B's observations standing alone, the chosen element's first
        alone = sorted(
            (
                (e.key != key, p.id_b, p.text_b)
                for e in self.result.elements
                for p in e.said
                if p.mark == "new"
            ),
            key=lambda t: t[0],
        )
        self.links.show_pair(
            pair, [(oid, text) for _other, oid, text in alone], not self.result.same_community
        )

    def _recompare(self) -> None:
        """After a connection: the same pair again, the same element and row chosen."""
        row, said_row = self.table.currentRow(), self.said.currentRow()
        self.result = self.reader.read(compare_sessions, self.result.a.id, self.result.b.id)
        self._fill_table(self.result)
        self.table.setCurrentCell(row, 0)
        self.said.setCurrentCell(min(said_row, self.said.rowCount() - 1), 0)
        self.said.setFocus()

    def differences(self) -> list[tuple[str, str]]:
        """(element key, difference as shown), for tests and screen readers alike."""
        return [(e.key, self.table.item(i, 3).text()) for i, e in enumerate(self.result.elements)]
