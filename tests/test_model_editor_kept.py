"""The model editor keeps what is typed on disk until it is saved: the process is killed in the
middle of reworking an area's name, and the next editor brings it back when asked; answering no
lets it go; a config folder that cannot be written is said in the status line, and editing goes
on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.modeldef import catalogue, editor_journal
from app.modeldef.loader import load_definition
from app.ui.community.model_editor.window import ModelEditor
from tests.uitools import answer, seen

ROOT = Path(__file__).resolve().parent.parent
TYPED = "Visie op de regio — herschreven vóór de crash"

CHILD = r"""
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.ui.community.model_editor.window import ModelEditor
from tests.uitools import type_text

app = QApplication([])
e = ModelEditor()
e.show()
page = e.page("areas")
e.section_list.setCurrentRow(0)
field = next(w for w in page.editors.values() if w.accessibleName() == "Name (Dutch)")
field.setFocus()
QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
QTest.keyClick(field, Qt.Key.Key_Backspace)
type_text(field, sys.argv[1])
deadline = time.monotonic() + 10
while e._timer.isActive() and time.monotonic() < deadline:  # the pause after typing
    app.processEvents()
    time.sleep(0.02)
print("typed", flush=True)
time.sleep(60)  # killed here, with the window open and nothing saved
"""


def _name_field(e: ModelEditor):
    page = e.page("areas")
    e.section_list.setCurrentRow(0)
    return next(w for w in page.editors.values() if w.accessibleName() == "Name (Dutch)")


def _editor(qtbot) -> ModelEditor:
    e = ModelEditor()
    e.resize(1024, 768)
    e.show()
    qtbot.waitExposed(e)
    return e


def _close(e: ModelEditor) -> None:
    e.dirty = False
    e.close()
    e.deleteLater()


def _killed_while_typing() -> None:
    """An editor in another process, killed (SIGKILL) after the pause in typing."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, TYPED],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read()[-2000:]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


def test_a_killed_editors_changes_come_back_and_are_saved(qtbot):
    _killed_while_typing()
    assert editor_journal.read("llo-community-learning") is not None
    answer("Yes")
    e = _editor(qtbot)
    try:
        qtbot.waitUntil(lambda: e.dirty, timeout=5000)
        assert "not saved" in seen[0]
        assert _name_field(e).text() == TYPED
        assert e.page("areas").list.item(0).text() == TYPED
        assert e.version.text() == "1.1"
        qtbot.waitUntil(lambda: e.save_button.isEnabled(), timeout=5000)
        e.save_button.setFocus()
        QTest.keyClick(e.save_button, Qt.Key.Key_Space)
        saved = load_definition(catalogue.user_model_dir() / "llo-community-learning-1.1.toml")
        assert saved.area("visie-regio").label.nl == TYPED
        assert editor_journal.read("llo-community-learning") is None  # saved: forgotten
    finally:
        _close(e)


def test_answering_no_lets_the_kept_changes_go(qtbot):
    _killed_while_typing()
    answer("No")
    e = _editor(qtbot)
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert not e.dirty and _name_field(e).text() != TYPED
        assert editor_journal.read("llo-community-learning") is None
    finally:
        _close(e)
    again = _editor(qtbot)  # and no question the next time
    try:
        QTest.qWait(200)
        assert not again.dirty and _name_field(again).text() != TYPED
    finally:
        _close(again)


def test_a_config_folder_that_cannot_be_written_is_said_and_editing_goes_on(qtbot, tmp_path):
    from app.paths import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "model-drafts").write_text("not a folder")  # so nothing can be kept there
    e = _editor(qtbot)
    try:
        field = _name_field(e)
        field.setFocus()
        QTest.keyClicks(field, " en meer")
        qtbot.waitUntil(lambda: not e._timer.isActive(), timeout=3000)
        assert "could not be kept on disk" in e.status.text()
        assert e.dirty and field.text().endswith(" en meer")
        assert e.save_button.isEnabled()  # saving is still the way out
    finally:
        _close(e)


@pytest.fixture(autouse=True)
def _no_boxes_left():
    yield
    seen.clear()
