"""The model editor's unsaved work, kept on disk while it is typed.

A new version is written into the user's model folder only by "Save as new version", after the
loader's check. Until then the edits lived in the window alone, so a crash, a pulled plug or a
dead battery lost an afternoon's rework of the model. Now, after every pause in the typing, the
draft as it stands (valid or not yet) is written here: one small JSON file per model in the
user's config folder, written beside and renamed, readable by the user only. The editor offers
it back when it opens that model again, and forgets it once it is saved or discarded.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.paths import config_dir, private_dir

FORMAT = "intervisie-model-draft"


@dataclass(frozen=True)
class KeptDraft:
    model_id: str
    origin_version: str  # the version the edits started from
    raw: dict[str, Any]  # the draft's tables, as the editor had them
    kept_at: datetime


def _folder() -> Path:
    return config_dir() / "model-drafts"


def _path(model_id: str) -> Path:
    # a model id is a key (small letters, digits, hyphens); anything else is not a file name
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in model_id)
    return _folder() / f"{safe}.json"


def keep(model_id: str, origin_version: str, raw: dict[str, Any]) -> Path:
    """Write the draft of `model_id` (OSError when the config folder cannot be written)."""
    folder = private_dir(_folder())
    record = {
        "format": FORMAT,
        "model": model_id,
        "origin": origin_version,
        "kept_at": datetime.now().isoformat(timespec="seconds"),
        "raw": raw,
    }
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".keeping-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, default=str)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        target = _path(model_id)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read(model_id: str) -> KeptDraft | None:
    """The kept draft of this model, or None (none kept, or a file that is not one: left alone)."""
    try:
        record = json.loads(_path(model_id).read_text(encoding="utf-8"))
        if record.get("format") != FORMAT or record.get("model") != model_id:
            return None
        raw = record["raw"]
        if not isinstance(raw, dict):
            return None
        return KeptDraft(
            model_id, str(record["origin"]), raw, datetime.fromisoformat(record["kept_at"])
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def forget(model_id: str) -> None:
    _path(model_id).unlink(missing_ok=True)
