"""Reading an exchange file from someone else's laptop, trusting nothing, before the database is
touched: the zip and the JSON read with caps (exchange_file), then the
strict schema (resources/exchange/exchange.schema.json, additionalProperties false everywhere),
then what a schema cannot say: real dates, unique uuids, links that point at rows in the file, and
model elements this app knows. Any problem raises ExchangeRejected with what was wrong."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.modeldef import registry
from app.modeldef.catalogue import file_definitions
from app.modeldef.definition import ModelDefinition
from app.modeldef.loader import ModelDefinitionError, validate_shipped
from app.models.limits import LIMITS
from app.resources import resources_dir
from app.services import exchange_tables as t
from app.services.exchange_file import ExchangeRejected, parse_json, read_entry

FORMAT = "intervisie-exchange"
FORMAT_VERSION = 2  # 2: the base of a three-way merge travels along ("base"); 1 is still read
SUFFIX = ".intervisie"


@lru_cache(maxsize=1)
def schema() -> dict:
    with open(resources_dir() / "exchange" / "exchange.schema.json", encoding="utf-8") as fh:
        return with_limits(json.load(fh))


# the schema's name for a table's rows, where it is not the table's name
_DEF_NAMES = {"intervisie_session": "session", "session_theme": "theme"}


def with_limits(doc: dict) -> dict:
    """Every text's maxLength is its field's declared length (app.models.limits): a file the
    schema lets through fits the database, on a server too. The shipped file says the same (a
    test compares them); this keeps the two from ever disagreeing at run time."""
    defs = doc["$defs"]
    for entity in t.ALL:
        table = entity.model.__tablename__
        properties = defs[_DEF_NAMES.get(table, table)]["properties"]
        for column, n in LIMITS[table].items():
            prop = properties.get(column)
            if prop is None:
                continue
            shared = defs.get(prop.get("$ref", "").removeprefix("#/$defs/"), {})
            if shared.get("type") == "string" and "maxLength" in shared:
                if shared["maxLength"] != n:
                    properties[column] = {"type": "string", "maxLength": n}
            elif prop.get("type") == "string":
                prop["maxLength"] = n
    return doc


# ---- the schema and what it cannot say ----------------------------------------------------------
def _where(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _describe(error) -> str:
    """One schema error in a line a person can act on (the value shortened, not pasted whole)."""
    from jsonschema.exceptions import best_match

    if error.validator in ("anyOf", "oneOf") and error.context:
        return _describe(best_match(error.context))
    where = f"at {_where(error.absolute_path)}: "
    v, value = error.validator_value, error.instance
    words = {
        "maxLength": f"the text is longer than {v} characters",
        "minLength": "the text is empty",
        "maxItems": f"the list has more than {v} entries",
        "type": f"{_short(value)} is not of type {v!r}",
        "enum": f"{_short(value)} is not one of {v}",
        "const": f"{_short(value)} should be {v!r}",
        "pattern": f"{_short(value)} is not in the expected form",
    }
    return where + words.get(error.validator, error.message[:200])


def check_schema(doc: dict) -> None:
    from jsonschema import Draft202012Validator

    if doc.get("format") != FORMAT:
        raise ExchangeRejected("it is not an Intervisie exchange file (no 'format' marker)")
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ExchangeRejected(
            f"it was made by a newer version of Intervisie (format {version}; "
            f"this version reads format {FORMAT_VERSION})"
        )
    errors = []
    for error in Draft202012Validator(schema()).iter_errors(doc):
        errors.append(_describe(error))
        if len(errors) == 3:
            break
    if errors:
        raise ExchangeRejected("; ".join(errors))


def _check_dates(entity: t.Entity, row: dict, where: str) -> None:
    for name in ("created_at", "updated_at") + entity.fields:
        try:
            t.from_json(entity.model, name, row.get(name))
        except ValueError as exc:
            raise ExchangeRejected(f"{where}: {name} is not a real date ({row[name]})") from exc


def _known_models(doc: dict) -> dict[tuple[str, str], ModelDefinition]:
    """The definitions the file's sessions may use: the ones it carries (each checked like a
    model file and against the one of the same id and version here), then this computer's."""
    from app.services.model_store import models_in

    validate_shipped()
    try:
        carried = models_in(doc)
    except ModelDefinitionError as exc:
        raise ExchangeRejected(
            f"the model in {exc.path} is not valid ({exc.key}: {exc.problem})"
        ) from exc
    known = {key: f.definition for key, f in file_definitions().items()}
    known.update(registry.registered())
    for d in carried:
        here = known.get((d.id, d.version))
        if here is not None and here.fingerprint != d.fingerprint:
            raise ExchangeRejected(
                f"its version {d.version} of the model {d.id!r} differs from the version "
                f"{d.version} on this computer (a changed model needs a new version number)"
            )
        known[(d.id, d.version)] = d
    return known


def check_meaning(doc: dict) -> None:
    models = _known_models(doc)
    known_models = {i for i, _ in models}
    known_versions = set(models)
    seen: set[str] = set()
    if doc["kind"] == "session" and len(doc["sessions"]) != 1:
        raise ExchangeRejected("a session file must hold exactly one session")
    actors = {a["uuid"] for a in doc["community"]["actors"]}
    for entity, row, _session in t.rows_of(doc):
        where = f"{entity.key} {row['uuid']}"
        if row["uuid"] in seen:
            raise ExchangeRejected(f"the id {row['uuid']} is used twice")
        seen.add(row["uuid"])
        _check_dates(entity, row, where)
    if doc.get("base") is not None:
        for entity, row, _session in t.rows_of(doc["base"]):
            _check_dates(entity, row, f"base: {entity.key} {row['uuid']}")
    for s in doc["sessions"]:
        if s["model_id"] not in known_models:
            raise ExchangeRejected(
                f"session {s['title']!r} uses the model {s['model_id']!r}, "
                "which this version of Intervisie does not have"
            )
        if (s["model_id"], s["model_version"]) not in known_versions:
            versions = sorted(v for i, v in known_versions if i == s["model_id"])
            raise ExchangeRejected(
                f"session {s['title']!r} uses version {s['model_version']!r} of the model "
                f"{s['model_id']!r}, which the file does not carry; this computer has "
                f"{', '.join(versions)}"
            )
        elements = set(models[(s["model_id"], s["model_version"])].element_keys())
        for key in ("assessments", "observations", "focus_points"):
            unknown = {r["element_key"] for r in s[key]} - elements
            if unknown:
                raise ExchangeRejected(
                    f"session {s['title']!r} names model elements this "
                    f"version does not know: {sorted(unknown)}"
                )
        placed = {k for a in s["actions"] for k in a["element_keys"]} - elements
        if placed:
            raise ExchangeRejected(
                f"session {s['title']!r} places an action on model elements "
                f"this version does not know: {sorted(placed)}"
            )
        if len({a["element_key"] for a in s["assessments"]}) != len(s["assessments"]):
            raise ExchangeRejected(f"session {s['title']!r} has two statuses for one element")
        _check_links(s, actors)


def _check_links(s: dict, actors: set[str]) -> None:
    """Links inside a session must point at rows in the file (reviews and continues_from may
    point at an earlier session that is not in it); actors are the community's, in the file."""
    observations = {o["uuid"] for o in s["observations"]}
    focus = {f["uuid"] for f in s["focus_points"]}
    themes = {x["uuid"] for x in s["themes"]}
    problems = [p["actor"] for p in s["participants"] if p["actor"] not in actors | {None}]
    problems += [
        f["observation"] for f in s["focus_points"] if f["observation"] not in observations | {None}
    ]
    for a in s["actions"]:
        problems += [u for u in a["focus_points"] if u not in focus]
        problems += [u for u in a["themes"] if u not in themes]
        problems += [u for u in a["actors"] if u not in actors]
    for o in s["observations"]:
        problems += [u for u in o["actors"] if u not in actors]
    if problems:
        raise ExchangeRejected(
            f"session {s['title']!r} points at {problems[0]}, which is not in the file"
        )


# Fields that joined format 1 later (schema 0003: actors and knowledge, actions placed on the
# model). A file written before them lacks them; it reads as if they were empty. Everything else
# stays required, and a file that has them is checked like any other.
ADDED_FIELDS: dict[str, dict[str, Any]] = {
    "observations": {"needed_knowledge": "", "actors": [], "linked_uuid": None},  # 0016
    "actions": {
        "element_keys": [],
        "complexity": None,
        "development_path": None,
        "actors": [],
        "continued_from_uuid": None,
    },  # schema 0012: an action's earlier self
    "themes": {"element_keys": []},  # 0012
    "monitoring": {"carried_from_uuid": None, "verdict": None, "standing": ""},  # 0012
}


def fill_added_fields(doc: dict) -> None:
    sessions = doc.get("sessions")
    for s in sessions if isinstance(sessions, list) else ():
        if isinstance(s, dict):
            s.setdefault("plan_review", [])  # 0012
        for key, defaults in ADDED_FIELDS.items():
            rows = s.get(key) if isinstance(s, dict) else None
            for row in rows if isinstance(rows, list) else ():
                if isinstance(row, dict):
                    for name, value in defaults.items():
                        row.setdefault(name, list(value) if isinstance(value, list) else value)


def read_exchange_file(path: Path) -> dict:
    """The validated document; raises ExchangeRejected on any problem."""
    doc = parse_json(read_entry(Path(path)))
    fill_added_fields(doc)
    check_schema(doc)
    check_meaning(doc)
    return doc
