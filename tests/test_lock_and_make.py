"""The lock holds versions inside pyproject's ranges, the venv made by `make` has exactly them, and
`make run` reinstalls only when the venv is stale."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def _pins(lock: Path) -> dict[str, str]:
    """name -> version of the lines that apply to this Python on this platform."""
    pins = {}
    for line in lock.read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate():
            [spec] = req.specifier
            pins[canonicalize_name(req.name)] = spec.version
    return pins


def _wanted(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project["optional-dependencies"][extra]
    return [r for r in map(Requirement, reqs) if r.marker is None or r.marker.evaluate()]


@pytest.mark.parametrize(
    "lock, extras", [("app.lock", ()), ("test.lock", ("test", "bundle", "postgres"))]
)
def test_the_lock_pins_every_requirement_inside_its_range(lock, extras):
    pins = _pins(ROOT / "requirements" / lock)
    for req in _wanted(*extras):
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in requirements/{lock}: run `make lock`"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"requirements/{lock} pins {req.name}=={pins[name]}, outside {req.specifier}"
        )


def test_the_venv_made_by_make_has_the_locked_versions():
    if not (Path(sys.prefix) / ".installed").exists():
        pytest.skip("this Python was not installed by `make` (no .installed stamp)")
    for name, version in _pins(ROOT / "requirements" / "test.lock").items():
        assert metadata.version(name) == version, f"{name}: run `make install`"


def _dry_run(venv: Path) -> str:
    r = subprocess.run(
        ["make", "-n", "run", f"VENV={venv}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_make_run_installs_only_when_the_venv_is_stale(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    os.utime(venv / "bin" / "python", (1, 1))  # the venv itself exists and is old
    stamp = venv / ".installed"
    stamp.touch()
    fresh = _dry_run(venv)
    assert "pip install" not in fresh and f"{venv}/bin/intervisie" in fresh
    os.utime(stamp, (2, 2))  # older than pyproject.toml and the lock
    stale = _dry_run(venv)
    assert "pip install --quiet -r requirements/test.lock" in stale
    assert "pip install --quiet --no-deps --no-build-isolation -e ." in stale
