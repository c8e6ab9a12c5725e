"""Model definitions as files: the shipped ones (resources/model) and the user's own folder.

The shipped folder is replaced by every reinstall, so a model that a network shares or that the
facilitator made in the editor lives in the user's data folder (platformdirs). A broken or
conflicting file there must not stop the app: it is left out and named in `problems()`.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from app.modeldef.definition import ModelDefinition
from app.modeldef.loader import (
    ModelDefinitionError,
    load_definition,
    parse_definition,
    shipped_definitions,
)
from app.paths import data_dir

Key = tuple[str, str]  # (model id, version)


@dataclass(frozen=True)
class FileDefinition:
    definition: ModelDefinition
    origin: str  # "shipped" or "user"
    path: Path


def user_model_dir() -> Path:
    return data_dir() / "models"


def user_definition_files() -> list[Path]:
    folder = user_model_dir()
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


_Scan = tuple[dict[Key, FileDefinition], list[ModelDefinitionError]]
_last_scan: tuple[tuple, _Scan] | None = None


def _signature() -> tuple:
    """What the user's folder holds, by name, size and time: a scan is read again only when a
    file was added, removed or changed (definition_for asks often)."""
    files = []
    for p in user_definition_files():
        try:
            st = p.stat()
        except OSError:
            continue
        files.append((p.name, st.st_size, st.st_mtime_ns))
    return (str(user_model_dir()), tuple(files))


def _scan() -> _Scan:
    global _last_scan
    signature = _signature()
    if _last_scan is not None and _last_scan[0] == signature:
        return _last_scan[1]
    result = _read_files()
    _last_scan = (signature, result)
    return result


def _read_files() -> _Scan:
    found: dict[Key, FileDefinition] = {}
    problems: list[ModelDefinitionError] = []
    # a broken shipped file is a broken install: loading it stops the app
    for key, d in shipped_definitions().items():
        found[key] = FileDefinition(d, "shipped", Path(d.source))
    for p in user_definition_files():
        try:
            d = load_definition(p)
        except ModelDefinitionError as exc:
            problems.append(exc)
            continue
        known = found.get((d.id, d.version))
        if known and known.definition.fingerprint != d.fingerprint:
            problems.append(
                ModelDefinitionError(
                    p,
                    "model.version",
                    f"version {d.version} of '{d.id}' differs from the one in {known.path}; "
                    "a changed model needs a new version number",
                )
            )
            continue
        found.setdefault((d.id, d.version), FileDefinition(d, "user", p))
    return found, problems


def file_definitions() -> dict[Key, FileDefinition]:
    """Every usable definition file, by (id, version); shipped files win over user files."""
    return dict(_scan()[0])


def problems() -> list[ModelDefinitionError]:
    """User model files that were left out, with the reason (for `intervisie check`)."""
    return list(_scan()[1])


def to_toml(raw: dict[str, Any]) -> str:
    return tomli_w.dumps(raw)


def read_toml(path: Path) -> ModelDefinition:
    """A definition from any TOML file (an import, a file from another network)."""
    return load_definition(path)


def save_user_definition(raw: dict[str, Any]) -> Path:
    """Validate `raw` and write it into the user's model folder as <id>-<version>.toml.

    A version that already exists with other content is refused: sessions that used it must keep
    drawing and printing with exactly what they had.
    """
    definition = parse_definition(tomllib.loads(to_toml(raw)), "<new version>")
    known = file_definitions().get((definition.id, definition.version))
    if known:
        if known.definition.fingerprint == definition.fingerprint:
            return known.path
        raise ModelDefinitionError(
            known.path,
            "model.version",
            f"version {definition.version} of '{definition.id}' exists already; "
            "save the change under a new version number",
        )
    folder = user_model_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{definition.id}-{definition.version}.toml"
    # written beside and renamed, so a full disk or a crash never leaves half a model behind
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".saving-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(to_toml(raw))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
