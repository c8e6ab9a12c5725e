"""A small record of the exports and reports the app wrote outside its own folder, so that
erasing a person can tell the facilitator which files it cannot reach (a USB stick, a mail
attachment, the Documents folder). It holds where and when, never a name from the data."""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path

from app.paths import config_dir, private_dir, private_file

MAX_ENTRIES = 500  # a few years of reports; the oldest go first


def record_path() -> Path:
    return config_dir() / "written-files.json"


def _read() -> list[dict]:
    try:
        entries = json.loads(record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("path"), str)]


def _write(entries: list[dict]) -> None:
    private_dir(record_path().parent)
    tmp = private_file(record_path().with_name(record_path().name + ".part"))
    tmp.write_text(
        json.dumps(entries[-MAX_ENTRIES:], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    os.replace(tmp, record_path())


def remember(path: Path | str, kind: str, anonymised: bool = False) -> None:
    """Note a written export ("export") or report ("report"). Never fails the write itself."""
    path = Path(path).resolve()
    try:
        entries = [e for e in _read() if e["path"] != str(path)]
        entries.append(
            {
                "path": str(path),
                "kind": kind,
                "anonymised": anonymised,
                "written": datetime.now().isoformat(timespec="seconds"),
            }
        )
        _write(entries)
    except OSError:
        pass  # the record helps erasing later; the file the user asked for is what matters


def still_there(inside: tuple[Path, ...] = ()) -> list[dict]:
    """The recorded files that still exist and lie outside the folders in `inside` (those the
    app cleans itself); files that are gone are dropped from the record."""
    entries = _read()
    alive = [e for e in entries if Path(e["path"]).exists()]
    if len(alive) != len(entries):
        with contextlib.suppress(OSError):
            _write(alive)
    roots = [Path(p).resolve() for p in inside]
    return [e for e in alive if not any(Path(e["path"]).is_relative_to(r) for r in roots)]
