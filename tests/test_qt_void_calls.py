"""Regression guard: PySide6 6.12.0 on Python 3.11 decrements None's reference count on every
void Qt call and aborts after a few thousand (none_dealloc). The pinned build must survive."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(str(i))
    label.move(i % 100, 0)
print("survived", label.text())
"""


def test_twenty_thousand_void_setter_calls_survive():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "survived 19999" in r.stdout
