"""The layers point one way: nothing below app/ui imports Qt, so services, models, diagram and
reports run and test without a display."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in APP.rglob("*.py"):
        rel = path.relative_to(APP)
        if rel.parts[0] == "ui":
            continue
        for mod in _imports(path):
            if mod.split(".")[0] in QT_MODULES:
                offenders.append(f"{rel}: {mod}")
    assert offenders == []


def test_services_and_below_do_not_import_ui():
    offenders = []
    for path in APP.rglob("*.py"):
        rel = path.relative_to(APP)
        if rel.parts[0] == "ui":
            continue
        for mod in _imports(path):
            if mod.startswith("app.ui"):
                offenders.append(f"{rel}: {mod}")
    # app/main.py starts the GUI lazily; it is the one place allowed to name app.ui
    assert [o for o in offenders if not o.startswith("main.py")] == []


def test_lower_layers_do_not_import_services():
    # app.services.dto is the shared vocabulary of plain dataclasses; the use cases are not.
    for sub in ("store", "models", "modeldef", "diagram", "reports"):
        for path in (APP / sub).rglob("*.py"):
            for mod in _imports(path):
                if mod.startswith("app.services") and mod != "app.services.dto":
                    raise AssertionError(f"{path}: {mod}")
