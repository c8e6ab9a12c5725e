"""Refresh the Dutch translation: collect the interface strings from app/ui into
resources/i18n/intervisie_nl.ts (pyside6-lupdate keeps the existing translations), then compile
the .qm the app loads (pyside6-lrelease). Run after changing interface strings: `make i18n`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "intervisie_nl.ts"
# English is the source language, but "%n session(s)" needs its forms: only those messages
EN_PLURALS = ROOT / "resources" / "i18n" / "intervisie_en.ts"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (make install)")
    return found


def sources() -> list[str]:
    # the services' refusals are worded in the interface's language (app/ui/common/service_words)
    refusals = ROOT / "app" / "vocabulary" / "refusals.py"
    return sorted(
        str(p.relative_to(ROOT)) for p in [*(ROOT / "app" / "ui").rglob("*.py"), refusals]
    )


def update(ts: Path = TS) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nl_NL",
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def update_plurals(ts: Path = EN_PLURALS) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def release(ts: Path = TS) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT
    )


if __name__ == "__main__":
    update()
    release()
    update_plurals()
    release(EN_PLURALS)
