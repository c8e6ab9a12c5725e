"""Edits that wait for the storage, kept outside the database's folder as well.

While the database cannot be written (a full disk, a lost server), the edits wait in memory in
order. So that a crash, a pulled plug or a dead battery while waiting loses nothing, every change
of that queue is also written here: one small JSON-lines file per database in the user's config
folder (platformdirs), fsync'd, readable by the user only. On the next start the app offers to
apply them. The same records make the file a facilitator can save elsewhere (a USB stick, the
desktop) and bring back later with File → Bring back saved edits….

An edit is a service call: the function's module and name, and its arguments. Only functions of
app.services are ever called back from such a file."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from datetime import date, datetime
from pathlib import Path

from app.paths import config_dir
from app.vocabulary.based_on import OwnSaves
from app.vocabulary.changes import Change

FORMAT = "intervisie-waiting-edits"
SERVICES = "app.services."


class NotAnEditFile(Exception):
    """The file is not a saved-edits file of this app (or it asks for something not allowed)."""


def _encode(value):
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {"$text": str(value)}  # kept readable even when it cannot be called back


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        if "$text" in value:
            return value["$text"]
        return {k: _decode(v) for k, v in value.items()}
    return value


def record(fn, args, kwargs, what: Change, database: str) -> dict:
    return {
        "format": FORMAT,
        "database": database,
        "call": f"{fn.__module__}:{fn.__qualname__}",
        "args": _encode(list(args)),
        "kwargs": _encode(dict(kwargs)),
        "what": what.value,
    }


# Keyword arguments renamed since a journal may have been written: a journal outlives an update
# of the app (a crash while the storage was out, the new version installed, then the start that
# offers the edits), and an edit it keeps must not be refused for a parameter's new name.
RENAMED = {
    "app.services.focus:set_development_path": {
        "path_key": "development_path",
        "reason": "development_path_reason",
    },
}


def call_of(rec: dict):
    """The service function, positional and keyword arguments of a record."""
    if rec.get("format") != FORMAT or not isinstance(rec.get("call"), str):
        raise NotAnEditFile("not a saved-edits record")
    module, _, name = rec["call"].partition(":")
    if not module.startswith(SERVICES) or "." in name or not name:
        raise NotAnEditFile(f"not a service call: {rec['call']}")
    fn = getattr(importlib.import_module(module), name, None)
    if not callable(fn):
        raise NotAnEditFile(f"unknown service call: {rec['call']}")
    kwargs = _decode(rec.get("kwargs") or {})
    for was, now in RENAMED.get(rec["call"], {}).items():
        if was in kwargs and now not in kwargs:
            kwargs[now] = kwargs.pop(was)
    return fn, _decode(rec.get("args") or []), kwargs


def write_records(path: Path, records: list[dict]) -> None:
    """The whole list, atomically (temporary name, fsync, rename), readable by the user only.
    No records: the file is removed."""
    if not records:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.chmod(part, 0o600)
    os.replace(part, path)
    try:  # the rename itself must survive a power cut too
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_records(path: Path) -> list[dict]:
    """The records of a journal or saved-edits file; a torn last line (a crash while writing
    by an older version, a cut copy) is skipped, anything else that is not ours is refused."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise NotAnEditFile(str(exc)) from exc
    out = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            if number == len(lines) - 1 and out:
                break
            raise NotAnEditFile(f"line {number + 1} is not JSON") from None
        if not isinstance(rec, dict) or rec.get("format") != FORMAT:
            raise NotAnEditFile(f"line {number + 1} is not a saved edit")
        out.append(rec)
    return out


def database_name(store) -> str:
    """Which database the edits belong to: the file's real path, or the server's address."""
    path = getattr(store, "path", None)
    return str(Path(path).resolve()) if path is not None else store.describe()


def journal_path(database: str) -> Path:
    """The journal of one database, in the user's config folder (not beside the database: that
    folder may be the one that is full or gone)."""
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    return config_dir() / "waiting-edits" / f"{digest}.jsonl"


class Journal:
    """The journal of one database. write() never raises: when even this folder cannot be
    written, the edits still wait in memory and the banner says so (`ok` is False)."""

    def __init__(self, database: str):
        self.database = database
        self.path = journal_path(database)
        self.ok = True
        # what an earlier run left (kept for later at start): never overwritten by this run
        self.earlier = self.read()

    def write(self, records: list[dict]) -> None:
        try:
            write_records(self.path, self.earlier + records)
            self.ok = True
        except OSError:
            self.ok = False

    def read(self) -> list[dict]:
        try:
            return [r for r in read_records(self.path) if r.get("database") == self.database]
        except NotAnEditFile:
            return []


def counted(records: list[dict]) -> int:
    """How many edits these are as the user counts them: forgetting a draft after its line was
    added is not an edit of its own."""
    return sum(1 for r in records if _counts(r))


def _counts(rec: dict) -> bool:
    args = rec.get("args") or [""]
    return not (str(rec.get("call", "")).endswith(":save_draft") and not str(args[-1]).strip())


def apply_records(store, records: list[dict]) -> tuple[int, int, list[dict]]:
    """Run saved edits, in order: (written, refused by the services, still waiting: the storage
    cannot be written yet, from the first such edit on)."""
    from app.services.errors import ServiceError, StorageUnavailable

    written = refused = 0
    own = OwnSaves()  # two kept edits of one text: the second is based on the first's save
    for i, rec in enumerate(records):
        try:
            fn, args, kwargs = call_of(rec)
            kwargs = own.based(kwargs)
            own.saved(kwargs, fn(store, *args, **kwargs))
        except StorageUnavailable:
            return written, refused, records[i:]
        except (ServiceError, NotAnEditFile, TypeError):
            refused += _counts(rec)  # e.g. its row was deleted meanwhile; the rest still goes in
            continue
        written += _counts(rec)
    return written, refused, []
