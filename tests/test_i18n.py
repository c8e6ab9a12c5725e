"""Dutch is the default language: every interface string has a Dutch translation, the compiled
file is current, and the window shows no English left in Dutch (and the reverse after a switch)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTableWidget

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "intervisie_nl.ts"


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) → (translation, finished)."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            text = forms[0] if forms else (tr.text or "" if tr is not None else "")
            finished = (
                tr is not None
                and tr.get("type") not in ("unfinished", "vanished", "obsolete")
                and bool(text)
            )
            out[(name, msg.findtext("source"))] = (text, finished)
    return out


def _tool(name: str) -> str:
    import shutil
    import sys

    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def test_every_interface_string_has_a_dutch_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    # every room of the interface and the services' refusals (what scripts/i18n.py collects);
    # a flat glob would see only app/ui/__init__.py since the interface lives in rooms
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "app" / "ui").rglob("*.py"), ROOT / "app" / "vocabulary" / "refusals.py"]
    )
    assert len(sources) > 100
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    committed = _messages(TS)
    missing = sorted(k for k in wanted if not committed.get(k, ("", False))[1])
    assert missing == [], f"{len(missing)} strings without Dutch (run `make i18n`): {missing[:15]}"


def test_the_compiled_translation_is_current(tmp_path):
    qm = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make i18n`"


def _visible_texts(root) -> list[str]:
    texts = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if w.isVisible() and w.text():
            texts.append(w.text().replace("&", ""))
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    for table in root.findChildren(QTableWidget):
        for c in range(table.columnCount()):
            item = table.horizontalHeaderItem(c)
            if item is not None and not table.isColumnHidden(c):
                texts.append(item.text())
    for action in root.menuBar().actions() if hasattr(root, "menuBar") else []:
        texts.append(action.text().replace("&", ""))
        for sub in action.menu().actions() if action.menu() else []:
            if sub.text():
                texts.append(sub.text().replace("&", ""))
    return texts


@pytest.mark.parametrize(
    "stage", ["home", "opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing"]
)
def test_no_english_left_in_dutch_and_back(qtbot, tmp_path, stage):
    from app.services import sessions
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.startup import create_application

    english_only = {
        src
        for (ctx, src), (text, ok) in _messages(TS).items()
        if ok and text != src and len(src) > 3
    }
    _app, settings = create_application()
    window = MainWindow(settings, str(tmp_path / "x.db"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_database()
    if stage != "home":
        window.open_session(sessions.list_sessions(window.store)[0].id)
        window.session_page.go_to(stage)
    QApplication.processEvents()
    left = sorted(set(_visible_texts(window)) & english_only)
    assert left == [], f"English on a Dutch screen: {left}"
    window.set_language("en")
    # the pages of the old language are deleted later, as in the running app's event loop
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    dutch = {
        text
        for (ctx, src), (text, ok) in _messages(TS).items()
        if ok and text != src and len(text) > 3
    }
    left = sorted(set(_visible_texts(window)) & dutch)
    assert left == [], f"Dutch on an English screen: {left}"
    window.set_language("nl")
    window.shutdown()
