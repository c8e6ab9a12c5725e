"""The layers point one way, checked by import-linter with the contracts in pyproject.toml:
nothing below app/ui imports Qt (so services, models, diagram and reports run and test without a
display), the app's layers import only downwards, and so do the interface's rooms."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(lint), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "Contracts: 3 kept, 0 broken." in run.stdout


def test_every_interface_module_lives_in_a_room():
    """app/ui has rooms (shell, audience, community, stages, canvas, session, widgets, common):
    a module left at its top level would be outside every contract."""
    loose = [p.name for p in (APP / "ui").glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    rooms = {p.name for p in (APP / "ui").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert rooms == {
        "shell",
        "audience",
        "community",
        "stages",
        "canvas",
        "session",
        "widgets",
        "common",
    }


def test_main_names_the_interface_only_inside_a_function():
    """app.main is the command line's entry too: the interface (and Qt) load only when the window
    is asked for, so `intervisie check` starts without them."""
    tree = ast.parse((APP / "main.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            assert not node.module.startswith("app.ui"), node.module
