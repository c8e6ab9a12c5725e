"""What changed between two versions of a model, and where an old element went.

The lineage of the newer version (its `[lineage]` table) says which old keys were renamed or
merged; a key present in both versions is the same element; an old key neither kept nor mapped is
retired. The timeline, compare and the move of a follow-up to a newer version all follow
`map_key`, so they agree on what is comparable.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from app.modeldef.definition import ModelDefinition, Text


@dataclass(frozen=True)
class ModelDiff:
    old_version: str
    new_version: str
    added: tuple[str, ...] = ()  # element keys new in `new`, not the target of a mapping
    retired: tuple[str, ...] = ()  # element keys of `old` with no place in `new`
    renamed: tuple[tuple[str, str], ...] = ()  # (old_key, new_key)
    merged: tuple[tuple[tuple[str, ...], str], ...] = ()  # ((old keys…), new_key)
    relabelled: tuple[str, ...] = ()  # same key, its label (nl or en) changed
    moved: tuple[tuple[str, str, str], ...] = ()  # (key, old perspective, new perspective)
    other: tuple[str, ...] = ()  # plain-text lines: scale, themes, frames, paths, stages, …
    mapping: tuple[tuple[str, str], ...] = ()  # every old element key that lives on → its new key

    @property
    def is_empty(self) -> bool:
        return not (
            self.added
            or self.retired
            or self.renamed
            or self.merged
            or self.relabelled
            or self.moved
            or self.other
        )

    def map_key(self, old_key: str) -> str | None:
        """Where an element of the old version is in the new one; None when it was retired."""
        for old, new in self.mapping:
            if old == old_key:
                return new
        return None


def _lineage_map(old: ModelDefinition, new: ModelDefinition) -> dict[str, str]:
    """The mapping lines of `new` that apply to `old` (only when `new` was made from it)."""
    if new.lineage is None or new.lineage.previous != old.version or old.id != new.id:
        return {}
    return {line.old: line.new for line in new.lineage.map}


def _chain(old: ModelDefinition, new: ModelDefinition) -> list[ModelDefinition] | None:
    """The versions from `old` to `new` following each one's lineage.previous (oldest first),
    when every step is known here; None otherwise."""
    from app.modeldef import registry  # diff stays usable on two loose definitions

    chain = [new]
    seen = {new.version}
    while chain[-1].lineage is not None and chain[-1].lineage.previous != old.version:
        previous = registry.find(new.id, chain[-1].lineage.previous)
        if previous is None or previous.version in seen:
            return None
        seen.add(previous.version)
        chain.append(previous)
    if chain[-1].lineage is None:
        return None
    chain.append(old)
    return list(reversed(chain))


def element_mapping(old: ModelDefinition, new: ModelDefinition) -> dict[str, str]:
    """old element key → new element key, for every old element that lives on in `new`
    (through the versions between them when `new` was not made from `old` directly)."""
    if old.id == new.id and new.lineage is not None and new.lineage.previous != old.version:
        chain = _chain(old, new)
        if chain is not None and len(chain) > 2:
            out: dict[str, str] = {}
            for key in old.element_keys():
                found = map_across(chain, key)
                if found is not None:
                    out[key] = found
            return out
    return _direct_mapping(old, new)


def _direct_mapping(old: ModelDefinition, new: ModelDefinition) -> dict[str, str]:
    lines = _lineage_map(old, new)
    new_keys = set(new.element_keys())
    out: dict[str, str] = {}
    for key in old.element_keys():
        if key in lines:
            out[key] = lines[key]
        elif key in new_keys:
            out[key] = key
    return out


def _labels(d: ModelDefinition) -> dict[str, Text]:
    return {**{a.key: a.label for a in d.areas}, **{c.key: c.label for c in d.conditions}}


def _where(d: ModelDefinition) -> dict[str, str]:
    """Each element's place: its perspective, or "conditions" for a condition for success."""
    return {
        **{a.key: a.perspective for a in d.areas},
        **{c.key: "conditions" for c in d.conditions},
    }


def _keyed(raw: list[dict]) -> dict[str, dict]:
    return {x["key"]: x for x in raw}


def _list_changes(name: str, old: list[dict], new: list[dict]) -> list[str]:
    a, b = _keyed(old), _keyed(new)
    lines = [f"{name}: added {k}" for k in b if k not in a]
    lines += [f"{name}: removed {k}" for k in a if k not in b]
    lines += [f"{name}: changed {k}" for k in a if k in b and a[k] != b[k]]
    if not lines and [x["key"] for x in old] != [x["key"] for x in new]:
        lines.append(f"{name}: new order")
    return lines


def _other_changes(old: dict, new: dict) -> list[str]:
    lines: list[str] = []
    if old["scale"] != new["scale"]:
        lines.append("status scale: changed (labels, colours or icons)")
    for name in (
        "themes",
        "groenpact",
        "characteristics",
        "uses",
        "perspectives",
        "stages",
        "helix_roles",
    ):
        lines += _list_changes(name, old.get(name, []), new.get(name, []))
    lines += _list_changes("growth paths", old["growth"]["paths"], new["growth"]["paths"])
    if old["growth"]["complexity"] != new["growth"]["complexity"]:
        lines.append("growth: complexity changed")
    if old["growth"]["transition"] != new["growth"]["transition"]:
        lines.append("growth: transition changed")
    old_frames, new_frames = _keyed(old["frames"]), _keyed(new["frames"])
    for key in new_frames.keys() | old_frames.keys():
        if key not in old_frames:
            lines.append(f"policy frames: added {key}")
        elif key not in new_frames:
            lines.append(f"policy frames: removed {key}")
        else:
            lines += _list_changes(
                f"policy frame {key}", old_frames[key]["items"], new_frames[key]["items"]
            )
    if old["steps"] != new["steps"]:
        lines.append("steps: changed")
    if old["model"].get("title") != new["model"].get("title"):
        lines.append("model title: changed")
    return sorted(lines)


def diff_definitions(old: ModelDefinition, new: ModelDefinition) -> ModelDiff:
    mapping = element_mapping(old, new)
    # a mapped key that differs, or several old keys on one new key, is a rename or a merge
    lines = {o: n for o, n in mapping.items() if o != n or list(mapping.values()).count(n) > 1}
    by_target: dict[str, list[str]] = {}
    for o, n in mapping.items():
        if o in lines:
            by_target.setdefault(n, []).append(o)
    merged = tuple((tuple(olds), n) for n, olds in by_target.items() if len(olds) > 1)
    merged_olds = {o for olds, _ in merged for o in olds}
    renamed = tuple(
        (o, n) for o, n in mapping.items() if o in lines and o != n and o not in merged_olds
    )
    targets = set(mapping.values())
    added = tuple(k for k in new.element_keys() if k not in targets)
    retired = tuple(k for k in old.element_keys() if k not in mapping)
    old_labels, new_labels = _labels(old), _labels(new)
    relabelled = tuple(
        k for k in old.element_keys() if mapping.get(k) == k and old_labels[k] != new_labels[k]
    )
    old_where, new_where = _where(old), _where(new)
    moved = tuple(
        (o, old_where[o], new_where[n])
        for o, n in mapping.items()
        if o not in merged_olds and old_where[o] != new_where[n]
    )
    return ModelDiff(
        old_version=old.version,
        new_version=new.version,
        added=added,
        retired=retired,
        renamed=renamed,
        merged=merged,
        relabelled=relabelled,
        moved=moved,
        other=tuple(_other_changes(old.raw, new.raw)) if old.raw and new.raw else (),
        mapping=tuple(mapping.items()),
    )


def map_across(definitions: list[ModelDefinition], old_key: str) -> str | None:
    """Follow an element key through a chain of versions (oldest first); None once retired."""
    key: str | None = old_key
    for older, newer in pairwise(definitions):
        if key is None:
            return None
        key = _direct_mapping(older, newer).get(key)
    return key
