"""Which definition a session draws with: the database's copy first, then the model files.

A session keeps its own model (the database stores every definition a session used), so what it
draws, prints and compares never changes when files are installed or removed. The open Store puts
its stored definitions here; the look-up the whole app uses (`definition_for`, 51 call sites, the
interface too) reads them without a database round trip. One id and version is one content
everywhere: the same key from another source with another fingerprint is a conflict, which the
importers refuse before it reaches this registry.
"""

from __future__ import annotations

from app.modeldef import catalogue
from app.modeldef.definition import ModelDefinition
from app.modeldef.loader import ModelDefinitionError, shipped_definitions, version_key

Key = tuple[str, str]

_stored: dict[Key, ModelDefinition] = {}


class UnknownModel(ModelDefinitionError):
    """A session names a model that neither the database nor any model file has."""

    def __init__(self, model_id: str, version: str):
        self.model_id, self.version = model_id, version
        super().__init__(
            "(model)",
            f"{model_id} {version}",
            f"version {version} of the model '{model_id}' is neither in the database nor in a "
            "model file on this computer",
        )


def register(definition: ModelDefinition) -> None:
    """The database holds this definition (opened, or just stored)."""
    _stored[(definition.id, definition.version)] = definition


def registered() -> dict[Key, ModelDefinition]:
    return dict(_stored)


def clear() -> None:
    """Forget the stored definitions (another database is opened; the tests)."""
    _stored.clear()


def find(model_id: str, version: str) -> ModelDefinition | None:
    """The definition under this id and version, or None: stored, shipped, then user files."""
    key = (model_id, version)
    known = _stored.get(key) or shipped_definitions().get(key)
    if known is not None:
        return known
    in_file = catalogue.file_definitions().get(key)
    return in_file.definition if in_file else None


def definition_for(model_id: str, version: str) -> ModelDefinition:
    found = find(model_id, version)
    if found is None:
        raise UnknownModel(model_id, version)
    return found


def current_definition(model_id: str | None = None) -> ModelDefinition:
    """The newest version among the shipped and user files (of one model id, or of any)."""
    files = [
        f.definition
        for f in catalogue.file_definitions().values()
        if model_id is None or f.definition.id == model_id
    ]
    if not files:
        raise UnknownModel(model_id or "?", "(newest)")
    return max(files, key=lambda d: version_key(d.version))


def versions_of(model_id: str) -> list[ModelDefinition]:
    """Every version of a model known here (stored or in a file), oldest first."""
    found: dict[str, ModelDefinition] = {}
    for f in catalogue.file_definitions().values():
        if f.definition.id == model_id:
            found[f.definition.version] = f.definition
    for (mid, version), d in _stored.items():
        if mid == model_id:
            found[version] = d
    return [found[v] for v in sorted(found, key=version_key)]
