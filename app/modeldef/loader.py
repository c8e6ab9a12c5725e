"""Load and validate a model definition file (TOML, checked against a JSON Schema).

A broken definition must stop the app with a message that names the file, the key and what is
wrong; ModelDefinitionError carries exactly that.
"""

from __future__ import annotations

import copy
import json
import tomllib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, overload

from app.modeldef.definition import (
    Area,
    Frame,
    HelixRole,
    Item,
    KeyMap,
    Level,
    Lineage,
    ModelDefinition,
    Perspective,
    Stage,
    Text,
    Transition,
)
from app.paths import cache_dir
from app.resources import model_dir

STAGE_ORDER = ("opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing")


class ModelDefinitionError(Exception):
    def __init__(self, path: Path | str, key: str, problem: str):
        self.path, self.key, self.problem = str(path), key, problem
        super().__init__(f"{path}: {key}: {problem}")


@overload
def _text(d: dict) -> Text: ...
@overload
def _text(d: None) -> None: ...
def _text(d: dict | None) -> Text | None:  # a required text is there: the schema says so
    return Text(d["nl"], d["en"]) if d else None


def _item(d: dict) -> Item:
    return Item(d["key"], _text(d["label"]), _text(d.get("explanation")))


def _level(d: dict, level: int | None) -> Level:
    return Level(
        level=level,
        key=d.get("key", "niet-besproken"),
        label=_text(d["label"]),
        fill=d["fill"],
        text=d["text"],
        fill_high_contrast=d.get("fill_high_contrast", d["fill"]),
        text_high_contrast=d.get("text_high_contrast", d["text"]),
        icon=d["icon"],
        border=d["border"],
        wording=_text(d.get("wording")),
    )


def _path_of(error) -> str:
    parts: list[str] = []
    for p in error.absolute_path:
        parts.append(f"[{p}]" if isinstance(p, int) else (("." if parts else "") + str(p)))
    return "".join(parts) or "(top level)"


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads((model_dir() / "model.schema.json").read_text(encoding="utf-8"))


def _check_unique(path: Path, name: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for i, k in enumerate(keys):
        if k in seen:
            raise ModelDefinitionError(path, f"{name}[{i}].key", f"'{k}' is used twice")
        seen.add(k)


def _semantic_checks(path: Path, raw: dict[str, Any]) -> None:
    for name in (
        "perspectives",
        "areas",
        "conditions",
        "themes",
        "groenpact",
        "characteristics",
        "uses",
        "helix_roles",
        "stages",
    ):
        _check_unique(path, name, [x["key"] for x in raw[name]])
    # areas and conditions share one key space: they are the assessable elements
    _check_unique(path, "areas+conditions", [x["key"] for x in raw["areas"] + raw["conditions"]])
    perspective_keys = {p["key"] for p in raw["perspectives"]}
    for i, a in enumerate(raw["areas"]):
        if a["perspective"] not in perspective_keys:
            raise ModelDefinitionError(
                path,
                f"areas[{i}].perspective",
                f"'{a['perspective']}' is not one of the perspectives",
            )
    positions = [p["position"] for p in raw["perspectives"]]
    for pos in ("left", "right", "bottom", "centre"):
        if positions.count(pos) != 1:
            raise ModelDefinitionError(
                path, "perspectives", f"needs exactly one perspective at position '{pos}'"
            )
    levels = [lv["level"] for lv in raw["scale"]["levels"]]
    if levels != list(range(1, len(levels) + 1)):
        raise ModelDefinitionError(path, "scale.levels", "levels must run 1, 2, 3, … in order")
    if [s["key"] for s in raw["stages"]] != list(STAGE_ORDER):
        raise ModelDefinitionError(path, "stages", "stages must be " + ", ".join(STAGE_ORDER))
    _lineage_checks(path, raw)


def _lineage_checks(path: Path, raw: dict[str, Any]) -> None:
    """A mapping line names an element of THIS version as `new` (the old version may be gone from
    this laptop, so `old` can only be checked for repeats)."""
    lineage = raw.get("lineage")
    if not lineage:
        return
    if lineage["previous"] == raw["model"]["version"]:
        raise ModelDefinitionError(path, "lineage.previous", "a version cannot be made from itself")
    elements = {x["key"] for x in raw["areas"] + raw["conditions"]}
    seen: set[str] = set()
    for i, line in enumerate(lineage.get("map", [])):
        if line["new"] not in elements:
            raise ModelDefinitionError(
                path,
                f"lineage.map[{i}].new",
                f"'{line['new']}' is not an area or condition of this version",
            )
        if line["old"] in seen:
            raise ModelDefinitionError(
                path, f"lineage.map[{i}].old", f"'{line['old']}' is mapped twice"
            )
        seen.add(line["old"])


def _lineage(d: dict | None) -> Lineage | None:
    if not d:
        return None
    return Lineage(d["previous"], tuple(KeyMap(x["old"], x["new"]) for x in d.get("map", [])))


def _check_schema(raw: dict[str, Any], path: Path) -> None:
    import jsonschema  # only when a definition is checked: not before the first window

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        e = errors[0]
        raise ModelDefinitionError(path, _path_of(e), e.message)


def parse_definition(
    raw: dict[str, Any], path: Path | str = "<memory>", schema_checked: bool = False
) -> ModelDefinition:
    """Validate an already-parsed definition and build the immutable ModelDefinition."""
    path = Path(path)
    if not schema_checked:
        _check_schema(raw, path)
    _semantic_checks(path, raw)
    m, g = raw["model"], raw["growth"]
    return ModelDefinition(
        id=m["id"],
        version=m["version"],
        title=_text(m["title"]),
        summary=_text(m.get("summary")),
        unassessed=_level(raw["scale"]["unassessed"], None),
        levels=tuple(_level(lv, lv["level"]) for lv in raw["scale"]["levels"]),
        perspectives=tuple(
            Perspective(p["key"], p["position"], _text(p["label"]), _text(p.get("explanation")))
            for p in raw["perspectives"]
        ),
        areas=tuple(
            Area(
                a["key"],
                a["perspective"],
                _text(a["label"]),
                _text(a["short"]),
                _text(a.get("explanation")),
                bool(a.get("regional_questions", False)),
            )
            for a in raw["areas"]
        ),
        conditions=tuple(map(_item, raw["conditions"])),
        complexity=tuple(map(_item, g["complexity"])),
        transition=Transition(
            _text(g["transition"]["from"]), _text(g["transition"]["to"]), g["transition"]["steps"]
        ),
        paths=tuple(map(_item, g["paths"])),
        stages=tuple(
            Stage(s["key"], s.get("number"), _text(s["label"]), _text(s["question"]))
            for s in raw["stages"]
        ),
        helix_roles=tuple(
            HelixRole(h["key"], _text(h["label"]), h["color"]) for h in raw["helix_roles"]
        ),
        themes=tuple(map(_item, raw["themes"])),
        frames=tuple(
            Frame(f["key"], _text(f["label"]), tuple(map(_item, f["items"]))) for f in raw["frames"]
        ),
        groenpact=tuple(map(_item, raw["groenpact"])),
        steps=tuple(_text(s["text"]) for s in raw["steps"]),
        characteristics=tuple(map(_item, raw["characteristics"])),
        uses=tuple(map(_item, raw["uses"])),
        lineage=_lineage(raw.get("lineage")),
        source=str(path),
        raw=copy.deepcopy(raw),
    )


def _checked_marker(data: bytes) -> Path:
    """Where we note that these exact bytes passed the schema (with this schema), so a start-up
    need not import and run the schema validator again for an unchanged file."""
    import hashlib

    schema = (model_dir() / "model.schema.json").read_bytes()
    digest = hashlib.sha256(schema + b"\0" + data).hexdigest()
    return cache_dir() / "model-checked" / digest


def load_definition(path: Path) -> ModelDefinition:
    try:
        data = Path(path).read_bytes()
        raw = tomllib.loads(data.decode("utf-8"))
    except FileNotFoundError:
        raise ModelDefinitionError(path, "(file)", "the file does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ModelDefinitionError(path, "(syntax)", str(exc)) from None
    marker = _checked_marker(data)
    checked = marker.exists()
    definition = parse_definition(raw, path, schema_checked=checked)
    if not checked:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass  # a read-only cache only costs the check again next time
    return definition


def shipped_definition_files() -> list[Path]:
    return sorted(model_dir().glob("*.toml"))


@cache
def _shipped() -> dict[tuple[str, str], ModelDefinition]:
    out: dict[tuple[str, str], ModelDefinition] = {}
    for p in shipped_definition_files():
        d = load_definition(p)
        out[(d.id, d.version)] = d
    return out


def shipped_definitions() -> dict[tuple[str, str], ModelDefinition]:
    """The definitions in resources/model, by (id, version); read once per process."""
    return dict(_shipped())


def version_key(v: str) -> tuple[int, ...]:
    """A version number as a sortable tuple: "1.10" comes after "1.9"."""
    return tuple(int(x) for x in v.split("."))


def current_definition() -> ModelDefinition:
    """The newest version among the shipped and the user's model files: what a new session uses."""
    from app.modeldef import registry  # registry reads the user folder through the catalogue

    return registry.current_definition()


def definition_for(model_id: str, version: str) -> ModelDefinition:
    """The definition a session was made with (app.modeldef.registry: the database's copy first,
    then the files); UnknownModel when it is nowhere, never another version instead."""
    from app.modeldef import registry

    return registry.definition_for(model_id, version)


def validate_shipped() -> list[ModelDefinition]:
    """Load every shipped definition (at start); raises ModelDefinitionError on the first problem."""
    return list(_shipped().values())
