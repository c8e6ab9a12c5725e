"""Every control a keyboard can reach needs an accessible name (screen readers, and our own
tests find widgets by it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QScrollBar, QWidget


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, focusable widgets under root without an accessible name. The line edit inside
    a spin or date box and scroll bars belong to their owner, which carries the name."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(w, QScrollBar) or isinstance(w.parent(), QAbstractSpinBox):
            continue
        if not w.accessibleName():
            out.append(f"{type(w).__name__} {w.objectName()!r}")
    return out
