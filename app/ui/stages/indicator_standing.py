"""Under the "On track?" list: for the selected indicator, where the group stands now (a
verdict, and a value or note) and how it stood in earlier sessions (its trend). A follow-up asks
this about every indicator it carried over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models.plan import VERDICTS
from app.services import plan_carry
from app.ui.widgets.text_limits import limit_text
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change


def verdict_word(verdict: str | None) -> str:
    words = {
        None: QCoreApplication.translate("IndicatorStanding", "– not asked yet"),
        "op-koers": QCoreApplication.translate("IndicatorStanding", "✓ on track"),
        "aandacht": QCoreApplication.translate("IndicatorStanding", "! needs attention"),
        "uit-koers": QCoreApplication.translate("IndicatorStanding", "✗ off track"),
    }
    return words.get(verdict, str(verdict))


class IndicatorStanding(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.item_id: int | None = None
        self._base: dict | None = None  # the indicator as read (app.vocabulary.based_on)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(self.tr("Where do we stand on the selected indicator"))
        for value in (None, *VERDICTS):
            self.verdict.addItem(verdict_word(value), value)
        self.verdict.activated.connect(lambda _i: self._write())
        self.standing = QLineEdit()
        self.standing.setAccessibleName(self.tr("Value or note on the selected indicator"))
        self.standing.setPlaceholderText(self.tr("value or note, e.g. 25 companies take part"))
        limit_text(self.standing, "monitoring_item", "standing")
        self.standing.textEdited.connect(lambda _t: self._write(later=True))
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.trend.setAccessibleName(self.tr("Trend of the indicator over sessions"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Where do we stand?")))
        row.addWidget(self.verdict)
        row.addWidget(self.standing, 1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.trend)

    def load(self, item) -> None:
        """item: the selected MonitoringData, or None (nothing to ask about)."""
        self.item_id = item.id if item is not None and item.kind == "indicator" else None
        self._base = based_on(item) if self.item_id is not None else None  # the row as read
        self.setEnabled(self.item_id is not None)
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(item.verdict)) if item else 0)
        self.standing.setText(item.standing if item else "")
        steps = (
            self.controller.read(plan_carry.indicator_trend, self.item_id)
            if self.item_id is not None
            else ()
        )
        earlier = steps[:-1]
        self.trend.setText(
            self.tr("Before: %1").replace(
                "%1",
                " · ".join(
                    f"{s.held_on:%d-%m-%Y} {verdict_word(s.verdict)}"
                    + (f" ({s.standing})" if s.standing else "")
                    for s in earlier
                ),
            )
            if earlier
            else ""
        )
        self.trend.setVisible(bool(earlier))

    def _write(self, later: bool = False) -> None:
        if self.item_id is None:
            return
        # the values by their fields' names: the window follows its own save (OwnSaves), so
        # typing on after it is no conflict even when another field changed meanwhile
        args = (plan_carry.set_standing, self.item_id)
        values = {"verdict": self.verdict.currentData(), "standing": self.standing.text()}
        if later:
            self.controller.write_later(
                f"standing:{self.item_id}",
                *args,
                what=Change.STANDING,
                based_on=self._base,
                **values,
            )
        else:
            self.controller.write(*args, what=Change.STANDING, based_on=self._base, **values)

    def setReadOnly(self, read_only: bool) -> None:
        self.verdict.setEnabled(not read_only)
        self.standing.setReadOnly(read_only)
