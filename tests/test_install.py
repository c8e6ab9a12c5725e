"""A non-editable install carries resources/ and db/migrations/ and runs from the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_resources_and_migrations_and_runs(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    [wheel] = (tmp_path / "dist").glob("intervisie-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/_resources/model/community-learning-1.0.toml" in names
    assert "app/_resources/model/model.schema.json" in names
    assert "app/_resources/demo/westerkwartier.toml" in names
    assert "app/_migrations/env.py" in names
    assert "app/_migrations/script.py.mako" in names
    assert any(n.startswith("app/_migrations/versions/0001") for n in names)
    # every package of the checkout travels, so a new sub-package can never be silently missing
    for init in sorted((ROOT / "app").rglob("__init__.py")):
        rel = init.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} is missing from the wheel"
    for module in sorted((ROOT / "app").rglob("*.py")):
        rel = module.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} is missing from the wheel"
    # Windows: the command line is a console program (its output shows), the window a gui-script
    [entry_points] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    console = text.split("[console_scripts]")[1].split("[")[0]
    gui = text.split("[gui_scripts]")[1].split("[")[0]
    assert "intervisie = app.main:main" in console
    assert "intervisie-gui = app.main:gui_main" in gui
    # install it apart from the checkout and run `check` from there, away from the source tree
    target = tmp_path / "site"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    root, site, db = str(ROOT), str(target), str(tmp_path / "w.db")
    code = (
        f"import sys; sys.path = [p for p in sys.path if p not in ('', {root!r})];"
        f"from app.main import main; import app; assert {site!r} in app.__file__, app.__file__;"
        # the first start makes the demo (check only reads: it never creates the file)
        f"from app.services.bootstrap import open_database; open_database({db!r}).close();"
        f"sys.exit(main(['check', '--database', {db!r}]))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    assert r.stdout.strip().endswith("ok")
