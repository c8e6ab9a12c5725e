"""Model definitions kept with the data: stored when a session first uses one, registered for
the whole app's look-up when the database opens (app.modeldef.registry), listed for the
new-session dialog, the editor and `intervisie model list`.

Why in the database: a session must draw, print and compare with its own model whatever files a
laptop has, and an exchange file must be importable on a laptop without the file.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app import models as m
from app.modeldef import registry
from app.modeldef.catalogue import file_definitions
from app.modeldef.definition import ModelDefinition
from app.modeldef.loader import ModelDefinitionError, parse_definition, version_key
from app.services.errors import ServiceError, refused
from app.services.rows import writing
from app.store import Store
from app.vocabulary.model_info import ModelInfo
from app.vocabulary.refusals import Refusal

log = logging.getLogger(__name__)


class ModelConflict(ServiceError):
    """Another definition under an id and version this database (or laptop) already has."""

    code = Refusal.MODEL_VERSION_CONFLICT


def from_row(row: m.StoredModel | Row) -> ModelDefinition:
    """The stored definition (validated when it was stored; the semantic checks run again)."""
    return parse_definition(
        json.loads(row.definition), f"database: {row.model_id} {row.version}", schema_checked=True
    )


def _origin_of(definition: ModelDefinition) -> str:
    known = file_definitions().get((definition.id, definition.version))
    if known is not None and known.definition.fingerprint == definition.fingerprint:
        return known.origin
    return "import"


def conflict(model_id: str, version: str) -> ModelConflict:
    """A ModelConflict naming the model; nothing was changed."""
    error = refused(Refusal.MODEL_VERSION_CONFLICT, ModelConflict, model=model_id, version=version)
    assert isinstance(error, ModelConflict)
    return error


def keep(db: Session, definition: ModelDefinition, origin: str | None = None) -> m.StoredModel:
    """Store `definition` in this database (within the caller's transaction) unless it is there;
    another definition under the same id and version is refused (ModelConflict)."""
    row = db.scalars(
        select(m.StoredModel).where(
            m.StoredModel.model_id == definition.id, m.StoredModel.version == definition.version
        )
    ).first()
    if row is not None:
        if row.fingerprint != definition.fingerprint:
            raise conflict(definition.id, definition.version)
        return row
    row = m.StoredModel(
        model_id=definition.id,
        version=definition.version,
        fingerprint=definition.fingerprint,
        definition=json.dumps(definition.raw, ensure_ascii=False),
        origin=origin or _origin_of(definition),
    )
    db.add(row)
    db.flush()
    registry.register(definition)
    return row


def stored(store: Store) -> dict[tuple[str, str], ModelDefinition]:
    with store.reading() as db:
        rows = db.scalars(select(m.StoredModel)).all()
    return {(r.model_id, r.version): from_row(r) for r in rows}


def open_models(store: Store) -> None:
    """When a database opens: its definitions become the ones its sessions draw with, and a
    version a session uses that the database does not keep yet is stored from its file (a
    database made before the model store, or a session made by an older copy of the app)."""
    # added to what other open databases registered (a take-out opens two): one id and version
    # is one content everywhere, which keep() and the importers make sure of. A definition
    # registered already with the same fingerprint is not read again (a reopen costs one query).
    # Table columns, not the mapped classes: the first window waits for this, and the ORM's
    # one-time set-up of every mapping (about 30 ms here) can wait until a session opens.
    M, S = m.StoredModel.__table__.c, m.IntervisieSession.__table__.c
    known = registry.registered()
    with store.reading() as db:
        here = {(i, v): f for i, v, f in db.execute(select(M.model_id, M.version, M.fingerprint))}
        fresh = [k for k, f in here.items() if k not in known or known[k].fingerprint != f]
        if fresh:
            for row in db.execute(select(M.model_id, M.version, M.definition)):
                if (row.model_id, row.version) in fresh:
                    registry.register(from_row(row))
        used = db.execute(select(S.model_id, S.model_version).distinct()).all()
    missing = [(i, v) for i, v in used if (i, v) not in here]
    if store.read_only or not missing:
        return
    with writing(store) as db:
        for model_id, version in missing:
            found = registry.find(model_id, version)
            if found is None:
                log.warning(
                    "sessions use %s %s, which is nowhere on this computer", model_id, version
                )
                continue
            keep(db, found)


def definition_of(model_id: str, version: str) -> ModelDefinition:
    """The definition under this id and version, or the services' refusal naming it."""
    try:
        return registry.definition_for(model_id, version)
    except registry.UnknownModel:
        raise refused(Refusal.MODEL_UNKNOWN, model=model_id, version=version) from None


def chosen_definition(model_version: str | None, model_id: str | None = None) -> ModelDefinition:
    """What a new session uses: the version asked for, or the newest model file."""
    newest = registry.current_definition(model_id)
    # through the registry: the database's copy of a version wins over a file that changed
    return definition_of(model_id or newest.id, model_version or newest.version)


def available_models(store: Store) -> list[ModelInfo]:
    """Every model version on this computer or in this database, oldest first per model."""
    files = file_definitions()
    in_db = stored(store)
    with store.reading() as db:
        counts = {
            (i, v): n
            for i, v, n in db.execute(
                select(
                    m.IntervisieSession.model_id, m.IntervisieSession.model_version, func.count()
                ).group_by(m.IntervisieSession.model_id, m.IntervisieSession.model_version)
            )
        }
    out: list[ModelInfo] = []
    for key in set(files) | set(in_db):
        f, d = files.get(key), in_db.get(key)
        definition = d or f.definition  # type: ignore[union-attr]
        out.append(
            ModelInfo(
                model_id=key[0],
                version=key[1],
                title=definition.title,
                origin=f.origin if f else "database",
                sessions=counts.get(key, 0),
                differs_from_file=bool(f and d and f.definition.fingerprint != d.fingerprint),
                in_database=d is not None,
            )
        )
    return sorted(out, key=lambda i: (i.model_id, version_key(i.version)))


def model_problems(store: Store) -> list[str]:
    """For `intervisie check`: versions in use that differ from the file of the same version,
    used versions that are nowhere, and the user's model files that were left out."""
    from app.modeldef import catalogue

    lines = [
        f"model {i.model_id} {i.version}: the database's copy (used by {i.sessions} "
        "session(s)) differs from the model file of the same version; the sessions keep "
        "drawing with the database's copy"
        for i in available_models(store)
        if i.differs_from_file
    ]
    with store.reading() as db:
        used = db.execute(
            select(m.IntervisieSession.model_id, m.IntervisieSession.model_version).distinct()
        ).all()
    lines += [
        f"model {i} {v}: used by sessions, but neither in the database nor in a file"
        for i, v in used
        if registry.find(i, v) is None
    ]
    lines += [f"model file left out: {p}" for p in catalogue.problems()]
    return lines


def import_definition(store: Store, definition: ModelDefinition) -> None:
    """Keep a definition (from an exchange file or take-out) in this database; refuses another
    one under the same id and version, here or in a file on this laptop."""
    known = file_definitions().get((definition.id, definition.version))
    if known is not None and known.definition.fingerprint != definition.fingerprint:
        raise conflict(definition.id, definition.version)
    with writing(store) as db:
        keep(db, definition, "import")


def parse_carried(raw: dict, where: str) -> ModelDefinition:
    """A definition that came in a file, validated like a model file (schema and meaning)."""
    try:
        return parse_definition(raw, where)
    except ModelDefinitionError as exc:
        raise refused(
            Refusal.FILE_REJECTED,
            ServiceError,
            problem=f"the model in {where} is not valid ({exc.key}: {exc.problem})",
        ) from exc


# ---- in exchange files and take-outs -------------------------------------------------------------
def carried_models(sessions) -> list[dict]:
    """The exchange file's "models": each definition the sessions use, once, as stored here."""
    pairs = sorted({(s.model_id, s.model_version) for s in sessions})
    return [{"definition": definition_of(i, v).raw} for i, v in pairs]


def models_in(doc: dict) -> list[ModelDefinition]:
    """The definitions an exchange document carries, validated like a model file; raises
    ModelDefinitionError naming the problem."""
    out = []
    for i, entry in enumerate(doc.get("models") or []):
        raw = entry["definition"]
        name = f"{raw.get('model', {}).get('id', '?')} {raw.get('model', {}).get('version', '?')}"
        out.append(parse_definition(raw, f"models[{i}] ({name})"))
    return out


def keep_models(db: Session, doc: dict) -> None:
    """Store the document's definitions in this database (within the importing transaction):
    a new one is added, another one under an id and version here is refused (ModelConflict),
    and with it the whole import."""
    for definition in models_in(doc):
        known = file_definitions().get((definition.id, definition.version))
        if known is not None and known.definition.fingerprint != definition.fingerprint:
            raise conflict(definition.id, definition.version)
        keep(db, definition, None)
