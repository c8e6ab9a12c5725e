"""The plan over time, beside the status chart of the timeline: the development path per session
(the path the group chose, whether it was carried, confirmed or changed, and its regional
questions by type and by place on the renewal ↔ transition band, so the group sees whether it
moves along the path it chose), and the "On track?" indicators' trend: where each stood in every
session. Tables, so every cell is read out and reached by the keyboard; Enter on a session's row
opens its model, as in the list of sessions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.diagram.band_marks import BandMark, mark_ops, shape_of
from app.modeldef.definition import ModelDefinition
from app.ui.canvas.band_item import shape_word
from app.ui.canvas.items import paint_ops
from app.ui.common.i18n import current_language
from app.ui.stages.indicator_standing import verdict_word
from app.ui.widgets.table_keys import leave_by_tab
from app.vocabulary import dto

BAND_W, BAND_H, MARK_R = 150, 22, 5.0
SESSION_ROLE = Qt.ItemDataRole.UserRole


def mean_place(step: dto.PathStep) -> float | None:
    places = [q.transition for q in step.questions if q.transition is not None]
    return sum(places) / len(places) if places else None


def band_icon(step: dto.PathStep, steps: int) -> QIcon:
    """The session's questions on a small band: renewal at the left, transition at the right,
    one marker per question shaped by its type (as on the model figure)."""
    pix = QPixmap(BAND_W, BAND_H)
    pix.fill(QColor("#FFFFFF"))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(0, BAND_H // 2 - 3, BAND_W, 6, QColor("#CFCFCF"))
    left, right = MARK_R + 1, BAND_W - MARK_R - 1
    seen: dict[int, int] = {}
    for q in step.questions:
        if q.transition is None:
            continue
        place = min(max(q.transition, 0), steps - 1)
        nth = seen.get(place, 0)
        seen[place] = nth + 1
        x = left + place / max(1, steps - 1) * (right - left)
        y = BAND_H / 2 + (nth % 2) * 2 * (MARK_R - 1) - (MARK_R - 1) * (nth > 0)
        paint_ops(p, mark_ops(BandMark(q, shape_of(q.complexity), x, y, MARK_R)))
    p.end()
    return QIcon(pix)


class _Table(QTableWidget):
    """A read-only table whose rows (or columns) stand for sessions; Enter opens one."""

    sessionChosen = Signal(int)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        leave_by_tab(self)  # Tab leaves the table; arrows move inside it
        self.installEventFilter(self)
        self.itemDoubleClicked.connect(self._chosen)

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.currentItem() is not None
        ):
            self._chosen(self.currentItem())
            return True
        return super().eventFilter(obj, event)

    def _chosen(self, item: QTableWidgetItem) -> None:
        sid = item.data(SESSION_ROLE)
        if sid is not None:
            self.sessionChosen.emit(int(sid))


class PathTable(_Table):
    SESSION, PATH, MIX, BAND, PLACE = range(5)

    def __init__(self, model: ModelDefinition, parent=None):
        super().__init__(
            QCoreApplication.translate(
                "PathTable", "Development path and regional questions per session"
            ),
            parent,
        )
        self.model = model
        self.setColumnCount(5)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Session"),
                self.tr("Development path"),
                self.tr("Questions by type"),
                self.tr("Renewal → transition"),
                self.tr("Place"),
            ]
        )
        self.setIconSize(QSize(BAND_W, BAND_H))
        header = self.horizontalHeader()
        for col in (self.SESSION, self.PATH, self.MIX, self.PLACE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.BAND, QHeaderView.ResizeMode.Fixed)
        # as wide as the band picture, or as its heading when that is wider (no cut-off title)
        band_title = self.horizontalHeaderItem(self.BAND).text()
        self.setColumnWidth(
            self.BAND, max(BAND_W + 12, header.fontMetrics().horizontalAdvance(band_title) + 24)
        )
        self.verticalHeader().hide()

    def set_steps(self, steps: tuple[dto.PathStep, ...]) -> None:
        self.setRowCount(len(steps))
        before: float | None = None
        for row, step in enumerate(steps):
            mean = mean_place(step)
            place = self._band_text(mean, before)
            cells = [
                f"{step.held_on:%d-%m-%Y} · {step.session_title}",
                self._path(step),
                self._mix(step),
                "",
                place,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SESSION_ROLE, step.session_id)
                item.setToolTip(text)
                self.setItem(row, col, item)
            band = self.item(row, self.BAND)
            band.setIcon(band_icon(step, self.model.transition.steps))
            lines = [self._question_line(q) for q in step.questions if q.transition is not None]
            band.setToolTip("\n".join(lines) or place)
            # the picture's words, for a screen reader: the place and every question on it
            band.setData(Qt.ItemDataRole.AccessibleTextRole, "; ".join([place, *lines]))
            if mean is not None:
                before = mean
        self.resizeRowsToContents()

    def _path(self, step: dto.PathStep) -> str:
        if not step.path:
            return self.tr("not chosen")
        lang = current_language()
        label = next((p.label.get(lang) for p in self.model.paths if p.key == step.path), step.path)
        state = {
            "carried": self.tr("carried, not confirmed"),
            "confirmed": self.tr("confirmed"),
            "changed": self.tr("changed"),
        }.get(step.path_state, "")
        return f"{label} ({state})" if state else label

    def _mix(self, step: dto.PathStep) -> str:
        lang = current_language()
        counts = [
            (c.label.get(lang), sum(q.complexity == c.key for q in step.questions))
            for c in self.model.complexity
        ]
        untyped = sum(q.complexity is None for q in step.questions)
        parts = [f"{n} {label.lower()}" for label, n in counts if n]
        if untyped:
            parts.append(self.tr("%1 without type").replace("%1", str(untyped)))
        return "\n".join(parts) or self.tr("no regional questions")

    def _band_text(self, mean: float | None, before: float | None) -> str:
        """The mean place, as 1 … steps, and which way it moved since the last session with
        questions on the band."""
        if mean is None:
            return self.tr("no place given")
        text = (
            self.tr("on average %1 of %2")
            .replace("%1", f"{mean + 1:.1f}")
            .replace("%2", str(self.model.transition.steps))
        )
        if before is None:
            return text
        if mean > before + 0.05:
            return text + " " + self.tr("↗ towards transition")
        if mean < before - 0.05:
            return text + " " + self.tr("↙ towards renewal")
        return text + " " + self.tr("→ unchanged")

    def _question_line(self, q: dto.QuestionPlace) -> str:
        return f"{q.text} ({shape_word(shape_of(q.complexity))}; {(q.transition or 0) + 1})"


class IndicatorTable(_Table):
    """One row per indicator, one column per session: its verdict and value or note there."""

    def __init__(self, parent=None):
        super().__init__(
            QCoreApplication.translate(
                "IndicatorTable", "Trend of the On track? indicators over the sessions"
            ),
            parent,
        )
        self.verticalHeader().hide()

    def set_trends(self, sessions, trends: tuple[dto.IndicatorTrend, ...]) -> None:
        """sessions: the timeline's sessions, oldest first (the columns)."""
        columns = {s.id: i + 1 for i, s in enumerate(sessions)}
        self.setColumnCount(len(sessions) + 1)
        self.setHorizontalHeaderLabels(
            [self.tr("Indicator")] + [f"{s.held_on:%d-%m-%Y}\n{s.title}" for s in sessions]
        )
        self.setRowCount(len(trends))
        header = self.horizontalHeader()
        # the indicator and every session share the width, the words wrap in them
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if not trends:
            self.setRowCount(1)
            self.setItem(
                0,
                0,
                QTableWidgetItem(
                    self.tr(
                        "No indicators yet: the group adds them in the vervolg, under On track?"
                    )
                ),
            )
            self.setSpan(0, 0, 1, self.columnCount())
        for row, trend in enumerate(trends):
            self.setItem(row, 0, QTableWidgetItem(trend.text))
            for step in trend.steps:
                text = verdict_word(step.verdict) + (f"\n{step.standing}" if step.standing else "")
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(SESSION_ROLE, step.session_id)
                self.setItem(row, columns[step.session_id], item)
        self.resizeRowsToContents()

    def cell_text(self, row: int, session_index: int) -> str:
        item = self.item(row, session_index + 1)
        return item.text() if item is not None else ""
