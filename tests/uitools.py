"""Helpers for GUI tests: type any text (QTest.keyClicks aborts on non-ASCII), find widgets by
their accessible name."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Press, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        QTest.sendKeyEvent(
            QTest.KeyAction.Release, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def by_name(root: QWidget, name: str, cls=QWidget, visible_only: bool = True):
    found = [
        w
        for w in root.findChildren(cls)
        if w.accessibleName() == name and (w.isVisible() or not visible_only)
    ]
    assert found, f"no visible widget named {name!r}"
    return found[0]


def open_window(qtbot, tmp_path, database: str = "demo.db", size=(1024, 768)):
    """The main window on a fresh database (with the demo), shown at a projector's size."""
    from app.ui.common.settings import Settings
    from app.ui.shell.main_window import MainWindow

    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / database))
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.open_database()
    return w


# what the message boxes said, in order, for the last answer() (a test reads it afterwards)
seen: list[str] = []


def answer(*labels: str) -> None:
    """Press these buttons on the message boxes, one box after the other, as they show, with the
    keyboard's Space as a person would; remember what each box said. A box without the button
    is closed (the test then fails on what it said), never left open to hang the run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    todo = list(labels)

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        label = todo.pop(0)
        button = next((b for b in box.buttons() if b.text().replace("&", "") == label), None)
        if button is None:
            seen.append(f"no button {label!r} among {[b.text() for b in box.buttons()]}")
            box.reject()
            return
        QTest.keyClick(button, Qt.Key.Key_Space)
        if todo:
            QTimer.singleShot(10, press)

    seen.clear()
    QTimer.singleShot(0, press)


@contextmanager
def app_type():
    """The app's own type size (View → text size 100 %) for a test that measures what fits:
    the tests' default font is smaller and hides what a 1024-pixel screen cuts off."""
    from PySide6.QtWidgets import QApplication

    from app.ui.common.zoom import apply_zoom

    font = QApplication.font()
    apply_zoom(100)
    try:
        yield
    finally:
        QApplication.setFont(font)
