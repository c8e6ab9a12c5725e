"""The two label kinds every page uses: a heading in large type and an inline hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from app.ui.common import style


def big_label(text: str = "", scale: float = 1.35, bold: bool = True) -> QLabel:
    label = QLabel(text)
    f = QFont(label.font())
    f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(bold)
    label.setFont(f)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hint_label() -> QLabel:
    hint = QLabel()
    hint.setObjectName("hint")
    hint.setStyleSheet(style.warning_sheet(hint))
    hint.setWordWrap(True)
    hint.hide()
    return hint
