"""A visible, never-blocking countdown per stage: the facilitator picks minutes and starts it;
when time is up the display says so quietly (no sound, no dialog)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget


class StageTimer(QWidget):
    expired = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ends: dict[str, float] = {}  # stage → monotonic end time
        self._minutes: dict[str, int] = {}
        self._stage = "opening"
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timer minutes"))
        self.button = QPushButton()
        self.button.setAccessibleName(self.tr("Stage timer"))
        self.button.clicked.connect(self.toggle)
        self.button.setMinimumWidth(150)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minutes)
        layout.addWidget(self.button)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._refresh)
        self._refresh()

    def set_stage(self, stage: str) -> None:
        self._minutes[self._stage] = self.minutes.value()
        self._stage = stage
        self.minutes.setValue(self._minutes.get(stage, self.minutes.value()))
        self._refresh()

    def running(self) -> bool:
        return self._stage in self._ends

    def toggle(self) -> None:
        if self.running():
            del self._ends[self._stage]
        else:
            self._ends[self._stage] = time.monotonic() + self.minutes.value() * 60
        self._refresh()

    def remaining(self) -> float | None:
        end = self._ends.get(self._stage)
        return None if end is None else end - time.monotonic()

    def _refresh(self) -> None:
        left = self.remaining()
        self.minutes.setEnabled(left is None)
        if left is None:
            self.button.setText(self.tr("Start timer"))
            self.button.setStyleSheet("")
        elif left > 0:
            secs = int(left + 0.999)
            self.button.setText(f"{secs // 60:02d}:{secs % 60:02d}")
            self.button.setStyleSheet("")
        else:
            if not self.button.text().startswith("00:00"):
                self.expired.emit(self._stage)
            self.button.setText(self.tr("00:00 time is up"))
            self.button.setStyleSheet("font-weight: bold;")
        if self._ends and not self._tick.isActive():
            self._tick.start()
        elif not self._ends:
            self._tick.stop()
