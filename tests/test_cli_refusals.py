"""The command line says what the service said: a refusal in the user's words with its code, as
JSON for a `--json` command, and an exit code that tells a refusal (1) from bad usage (2), a
needed choice (3) and storage trouble (4). Run as a user runs it: the command itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import main
from app.services.bootstrap import open_database

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo_file(tmp_path) -> str:
    db = tmp_path / "demo.db"
    open_database(str(db)).close()
    return str(db)


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_a_service_refusal_is_printed_with_its_code_in_words(demo_file):
    ran = _run("model", "show", "community-learning", "9.9", "--database", demo_file)
    assert ran.returncode == 1, ran.stderr
    assert ran.stderr.startswith("intervisie: refused [MODEL_UNKNOWN]: Version 9.9 of the model")
    assert "Nothing was changed." in ran.stderr and "Traceback" not in ran.stderr


def test_a_refusal_of_the_command_itself_has_its_code_too(demo_file, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    code = main(["report", "--session", "42", "--out", str(out), "--database", demo_file])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err.startswith("intervisie: refused [NOT_FOUND]: there is no session 42;")


def test_a_broken_exchange_file_is_refused_in_words(demo_file, tmp_path, capsys):
    bad = tmp_path / "kapot.intervisie"
    bad.write_bytes(b"geen zip")
    assert main(["import", str(bad), "--database", demo_file]) == 1
    err = capsys.readouterr().err
    assert err.startswith("intervisie: refused [")
    assert "]: " in err and str(bad) not in err.split("]: ")[0]


def test_a_json_command_gives_the_refusal_as_json(tmp_path):
    missing = tmp_path / "nergens.db"
    ran = _run("sessions", "--json", "--database", str(missing))
    assert ran.returncode == 4, ran.stderr  # storage trouble: no database there
    said = json.loads(ran.stdout)
    assert said["error"] == "CANNOT_OPEN" and said["message"]
    assert isinstance(said["params"], dict) and not missing.exists()


def test_storage_trouble_and_bad_usage_have_their_own_exit_codes(tmp_path, capsys):
    missing = tmp_path / "nergens.db"
    assert main(["check", "--database", str(missing)]) == 4
    err = capsys.readouterr().err
    assert err.startswith("intervisie: storage trouble [")
    with pytest.raises(SystemExit) as usage:
        main(["report", "--out", str(tmp_path / "r.pdf")])  # --session is missing
    assert usage.value.code == 2


def test_the_exit_codes_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("Exit codes") :][:1500]
    for code, meaning in (("0", "done"), ("1", "refused"), ("2", "usage"), ("4", "storage")):
        assert f"`{code}`" in section and meaning in section.lower(), code
