"""The command line: version, check, and the database chosen by option or environment."""

from __future__ import annotations

import subprocess
import sys

from app import __version__
from app.main import main
from app.services.bootstrap import open_database
from app.store.schema_version import HEAD


def demo_database(db):
    """The app's first start (check only reads: it never creates the file itself)."""
    open_database(str(db)).close()


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_on_a_new_demo_database(tmp_path, capsys):
    db = tmp_path / "x.db"
    demo_database(db)
    assert main(["check", "--database", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"revision:   {HEAD}" in out and "llo-community-learning 1.0" in out
    assert out.strip().splitlines()[-1] == "ok"


def test_the_environment_variable_picks_the_file(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.db"
    monkeypatch.setenv("INTERVISIE_DATABASE", str(db))
    demo_database(db)
    assert main(["check"]) == 0
    assert str(db) in capsys.readouterr().out and db.exists()


def test_check_fails_on_a_damaged_file(tmp_path, capsys):
    db = tmp_path / "x.db"
    demo_database(db)
    assert main(["check", "--database", str(db)]) == 0
    data = bytearray(db.read_bytes())
    for i in range(4096 * 3, len(data), 97):  # scribble over pages past the header
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"x.db{suffix}").unlink(missing_ok=True)
    code = main(["check", "--database", str(db)])
    assert code != 0


def test_python_dash_m_app_runs():
    r = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0 and __version__ in r.stdout
