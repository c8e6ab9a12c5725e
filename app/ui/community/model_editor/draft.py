"""The model being edited: a deep copy of a definition's validated tables, changed in place by
the editor's fields and checked with the loader's own parse_definition. Plain Python (no Qt),
so the rules for a new version can be tested without a window."""

from __future__ import annotations

import copy
import re
from typing import Any

from app.modeldef.definition import ModelDefinition
from app.modeldef.diff import diff_definitions
from app.modeldef.loader import ModelDefinitionError, parse_definition, version_key

Path = tuple[str | int, ...]


def get_in(d: Any, path: Path, default: Any = "") -> Any:
    for p in path:
        try:
            d = d[p]
        except (KeyError, IndexError, TypeError):
            return default
    return d


def set_in(d: Any, path: Path, value: Any) -> None:
    for p in path[:-1]:
        if isinstance(p, str) and p not in d:
            d[p] = {}
        d = d[p]
    d[path[-1]] = value


def next_version(version: str, taken: set[str]) -> str:
    """The first free minor version after this one: 1.0 -> 1.1 (or 1.2 when 1.1 exists)."""
    parts = [int(x) for x in version.split(".")] if version else [1, 0]
    if len(parts) < 2:
        parts.append(0)
    while True:
        parts[-1] += 1
        candidate = ".".join(map(str, parts))
        if candidate not in taken:
            return candidate


class Draft:
    """A new version in the making, started from `origin`; `taken` are the versions of this
    model that exist already (files, database) and so can never be written again."""

    def __init__(self, origin: ModelDefinition, taken: set[str]):
        self.origin = origin
        self.taken = set(taken) | {origin.version}
        self.raw: dict[str, Any] = copy.deepcopy(origin.raw)
        self.raw["model"]["version"] = next_version(origin.version, self.taken)
        lineage = self.raw.setdefault("lineage", {})
        lineage["previous"] = origin.version
        lineage["map"] = []
        # the elements as they came from the origin (by identity: a removed table's id may be
        # reused by a new one), so a changed key can be recorded as a rename
        self._born: list[tuple[dict[str, Any], str]] = [
            (x, x["key"]) for x in self.raw["areas"] + self.raw["conditions"]
        ]

    @classmethod
    def resumed(cls, origin: ModelDefinition, taken: set[str], raw: dict[str, Any]) -> Draft:
        """The draft kept by the editor's journal, brought back: its tables as they were, on a
        version number that is still free (another may have been saved since). Its elements
        that came from the origin are known again by the renames the lineage recorded."""
        draft = cls(origin, taken)
        origin_keys = {key for _item, key in draft._born}
        draft.raw = copy.deepcopy(raw)
        model = draft.raw.setdefault("model", {})
        if not isinstance(model, dict):
            raise ValueError("the kept draft has no model table")
        if str(model.get("version", "")) in draft.taken or not model.get("version"):
            model["version"] = next_version(origin.version, draft.taken)
        lineage = draft.raw.setdefault("lineage", {})
        lineage["previous"] = origin.version
        renamed = {p.get("new"): p.get("old") for p in lineage.setdefault("map", [])}
        elements = list(draft.raw.get("areas", [])) + list(draft.raw.get("conditions", []))
        draft._born = [
            (x, renamed.get(x.get("key"), x.get("key")))
            for x in elements
            if renamed.get(x.get("key"), x.get("key")) in origin_keys
        ]
        return draft

    def key_changed(self, item: dict[str, Any]) -> bool:
        """An element of the origin got another key: record old -> new in the lineage, so its
        sessions stay comparable (a rename, not a retirement plus an addition). True when the
        mapping changed."""
        old = next((key for born, key in self._born if born is item), None)
        if old is None:
            return False
        mapping = self.raw["lineage"]["map"]
        mapping[:] = [p for p in mapping if p.get("old") != old]
        if item.get("key") != old:
            mapping.append({"old": old, "new": item.get("key")})
        return True

    @property
    def version(self) -> str:
        return str(self.raw["model"]["version"])

    def tables(self) -> dict[str, Any]:
        """The tables as they would be saved: without an empty lineage map."""
        raw = copy.deepcopy(self.raw)
        lineage = raw.get("lineage", {})
        if not lineage.get("map"):
            lineage.pop("map", None)
        return raw

    def check(self) -> tuple[ModelDefinition | None, str, str]:
        """(the definition, "", "") when this draft may be saved; else (None, path, problem)."""
        if self.version in self.taken:
            return (
                None,
                "model.version",
                (
                    f"version {self.version} exists already; a used or shipped version is never "
                    "changed: give this one a new number"
                ),
            )
        try:
            definition = parse_definition(self.tables(), "<editor>")
        except ModelDefinitionError as exc:
            return None, exc.key, exc.problem
        if version_key(self.version) <= version_key(self.origin.version):
            return None, "model.version", (f"the new version must come after {self.origin.version}")
        # the loader checks each `new`; only here is the version started from at hand
        old_keys = set(self.origin.element_keys())
        for i, pair in enumerate(self.raw.get("lineage", {}).get("map", [])):
            if pair.get("old") not in old_keys:
                return (
                    None,
                    f"lineage.map[{i}].old",
                    (f"'{pair.get('old')}' is not an element of version {self.origin.version}"),
                )
        return definition, "", ""

    # -- lists ---------------------------------------------------------------------------------
    def items(self, path: Path) -> list[dict[str, Any]]:
        found = get_in(self.raw, path, None)
        if found is None:
            found = []
            set_in(self.raw, path, found)
        return found

    def free_key(self, path: Path, stem: str) -> str:
        # areas and conditions share one key space, so a new one is free in both
        lists = [self.items(path), self.raw.get("areas", []), self.raw.get("conditions", [])]
        keys = {str(x.get("key")) for items in lists for x in items}
        n = 1
        while f"{stem}-{n}" in keys:
            n += 1
        return f"{stem}-{n}"


def diff_lines(origin: ModelDefinition, definition: ModelDefinition) -> list[tuple[str, str]]:
    """(kind, words) for what changed since the origin, as app.modeldef.diff sees it (the same
    reading as `intervisie model diff`, the timeline and compare): added, retired, renamed,
    merged, relabelled, moved, and the other changes in plain lines."""
    d = diff_definitions(origin, definition)
    out: list[tuple[str, str]] = [("added", k) for k in d.added]
    out += [("retired", k) for k in d.retired]
    out += [("renamed", f"{old} → {new}") for old, new in d.renamed]
    out += [("merged", f"{' + '.join(olds)} → {new}") for olds, new in d.merged]
    out += [("relabelled", k) for k in d.relabelled]
    out += [("moved", f"{k}: {a} → {b}") for k, a, b in d.moved]
    out += [("other", line) for line in d.other]
    return out


def split_path(where: str) -> Path:
    """'scale.levels[3].text' -> ('scale', 'levels', 3, 'text'): the loader's way of naming a
    field, back into the tables' path (to mark that field in the editor)."""
    out: list[str | int] = []
    for part in re.findall(r"\[\d+\]|[^.\[\]]+", where):
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return tuple(out)


def locate(where: str, list_path: Path) -> tuple[int, Path] | None:
    """(item index, field path inside the item) when `where` lies in the list at list_path."""
    path = split_path(where)
    n = len(list_path)
    if path[:n] == tuple(list_path) and len(path) > n:
        index = path[n]
        if isinstance(index, int):
            return index, path[n + 1 :]
    return None
