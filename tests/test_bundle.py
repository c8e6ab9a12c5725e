"""The one-folder desktop bundle (packaging/intervisie.spec), built once per test session and run
as a facilitator's laptop would: no Python anywhere on the PATH, no PYTHONHOME or PYTHONPATH, a
fresh home folder. It must answer --version, check the demo database, print a report, and open its
window (offscreen) on the demo with every stage page.

Building takes about a minute here; CI runs it (`make test`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.bundle

if not os.environ.get("CI"):
    pytest.importorskip("PyInstaller", reason="PyInstaller is in requirements/test.lock")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "intervisie.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=work,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-4000:]
    folder = work / "dist" / "intervisie"
    assert (folder / "intervisie").is_file() or (folder / "intervisie.exe").is_file()
    return folder


@pytest.fixture
def run_bundle(bundle, tmp_path):
    empty_bin = tmp_path / "bin"  # nothing on the PATH at all, so surely no Python
    empty_bin.mkdir()
    home = tmp_path / "home"
    env = {
        "PATH": str(empty_bin),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    database = tmp_path / "demo.db"

    def run(*args: str, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(bundle / "intervisie"), *args],
            capture_output=True,
            text=True,
            env={**env, **extra_env},
            cwd=tmp_path,
            timeout=180,
            check=False,
        )

    run.database = str(database)
    run.env, run.program, run.cwd = env, str(bundle / "intervisie"), tmp_path
    return run


def test_the_bundle_carries_its_files_and_no_test_tools(bundle):
    inside = bundle / "_internal"
    assert (inside / "resources" / "model" / "community-learning-1.0.toml").is_file()
    assert (inside / "resources" / "i18n" / "intervisie_nl.qm").is_file()
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "db" / "migrations" / "env.py").is_file()
    assert sorted(p.name for p in (inside / "db" / "migrations" / "versions").glob("0*.py"))
    assert (inside / "PySide6" / "Qt" / "plugins" / "platforms").is_dir()
    assert (bundle / "intervisie-gui").is_file()
    assert not (inside / "pytest").exists()


def test_version_and_check_on_a_new_demo_database(run_bundle):
    r = run_bundle("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"intervisie {__version__}"
    # reading commands never make a database: `check` refuses a missing file, `migrate` makes it
    r = run_bundle("check", "--database", run_bundle.database)
    assert r.returncode != 0 and "does not exist" in r.stderr
    assert not Path(run_bundle.database).exists()
    r = run_bundle("migrate", "--database", run_bundle.database)
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_bundle("check", "--database", run_bundle.database)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "integrity:  ok" in r.stdout
    assert r.stdout.strip().endswith("ok")


def test_a_report_from_the_bundle_reads_back(run_bundle, tmp_path):
    from pypdf import PdfReader

    # the window's first start makes the demo community (as a facilitator's first start does)
    r = run_bundle("--smoke-test", "--database", run_bundle.database, QT_QPA_PLATFORM="offscreen")
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_bundle("sessions", "--json", "--database", run_bundle.database)
    assert r.returncode == 0, r.stderr
    session = json.loads(r.stdout)[0]["id"]
    out = tmp_path / "x.pdf"
    r = run_bundle(
        "report", "--session", str(session), "--out", str(out), "--database", run_bundle.database
    )
    assert r.returncode == 0, r.stdout + r.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Westerkwartier" in text


def test_the_bundle_draws_every_script_in_its_report(run_bundle, tmp_path):
    """The shaping and bidi libraries and the emoji face travel in the bundle: an Arabic name is
    printed joined (presentation forms, never "[U+0645]…") and the emoji's face is embedded."""
    from pypdf import PdfReader

    from app.services import sessions, vertrekpunt
    from app.services.bootstrap import open_database

    r = run_bundle("--smoke-test", "--database", run_bundle.database, QT_QPA_PLATFORM="offscreen")
    assert r.returncode == 0, r.stdout + r.stderr
    store = open_database(run_bundle.database)  # this checkout's code on the bundle's file
    try:
        sid = sessions.list_sessions(store)[0].id
        sessions.add_participant(store, sid, "محمد العلي", "Dorpscoöperatie", "maatschappij")
        vertrekpunt.add_observation(store, sid, "monitoring", "Moestuin 🌱 groeit")
    finally:
        store.close()
    out = tmp_path / "scripts.pdf"
    r = run_bundle(
        "report", "--session", str(sid), "--out", str(out), "--database", run_bundle.database
    )
    assert r.returncode == 0, r.stdout + r.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "[U+06" not in text and any("\ufe70" <= ch <= "\ufeff" for ch in text)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    assert "+Symbola" in fonts.stdout and "+DejaVuSans" in fonts.stdout


def test_the_window_opens_offscreen_on_the_demo_with_every_stage(run_bundle):
    r = run_bundle("--smoke-test", "--database", run_bundle.database, QT_QPA_PLATFORM="offscreen")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 communities" in r.stdout
    assert (
        "stages OpeningPage, VertrekpuntPage, FocusPage, VervolgPage, AanpakPage, ClosingPage"
    ) in r.stdout
    assert r.stdout.strip().endswith("smoke test: ok")


def test_the_bundle_runs_the_migrations_of_an_older_file(run_bundle, tmp_path):
    """env.py and every revision load from the bundle's db/migrations (as source, by Alembic)."""
    from sqlalchemy import create_engine, text

    from app.store.engine import sqlite_url
    from app.store.schema_version import HEAD
    from tests.test_migrations import _upgrade

    old = tmp_path / "old.db"
    engine = create_engine(sqlite_url(old))
    _upgrade(engine, "0001")
    engine.dispose()
    r = run_bundle("migrate", "--database", str(old))
    assert r.returncode == 0, r.stdout + r.stderr
    engine = create_engine(sqlite_url(old))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    engine.dispose()
    r = run_bundle("check", "--database", str(old))
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("https", [False, True])
def test_the_room_for_phones_runs_from_the_bundle(run_bundle, https):
    """`intervisie room` from the bundle: uvicorn, Starlette, the phone page's files and (for
    HTTPS) the certificate all travel with it; a phone joins; Ctrl+C closes the room."""
    import signal

    import httpx

    r = run_bundle("--smoke-test", "--database", run_bundle.database, QT_QPA_PLATFORM="offscreen")
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_bundle("sessions", "--json", "--database", run_bundle.database)
    session = json.loads(r.stdout)[0]["id"]
    args = ["room", "--session", str(session), "--port", "0", "--database", run_bundle.database]
    p = subprocess.Popen(
        [run_bundle.program, *args, *(["--https"] if https else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**run_bundle.env, "PYTHONUNBUFFERED": "1"},
        cwd=run_bundle.cwd,
    )
    try:
        lines = []
        while not any(x.startswith("code:") for x in lines):
            line = p.stdout.readline()
            assert line, p.stderr.read()[-3000:]
            lines.append(line)
        address = next(x.split()[1] for x in lines if x.startswith("address:"))
        code = next(x.split()[1] for x in lines if x.startswith("code:"))
        assert address.startswith("https://" if https else "http://127.0.0.1:")
        with httpx.Client(base_url=address, timeout=10, verify=False) as phone:
            page = phone.get("")
            assert page.status_code == 200 and "<html" in page.text.lower()
            assert phone.post("join", json={"code": code}).status_code == 200
            assert phone.get("state").json()["closed"] is False
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err[-3000:]
        assert "room closed" in out
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
