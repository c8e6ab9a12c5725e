"""Element keys across model versions: sessions made with different versions are compared in the
newest version's keys, following each version's lineage (app.modeldef.diff), so a renamed or
merged area keeps its line in the timeline and its row in a comparison. A retired area keeps its
own key (shown for the versions that had it, named as missing in the others)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.modeldef import current_definition, definition_for
from app.modeldef.diff import element_mapping
from app.modeldef.loader import version_key

Pair = tuple[str, str]  # (model id, version)


@dataclass
class KeyTranslation:
    newest: Pair | None
    maps: dict[Pair, dict[str, str]] = field(default_factory=dict)

    def key(self, pair: Pair, element_key: str) -> str:
        """A session's element key (of its own version) in the newest version's keys."""
        return self.maps.get(pair, {}).get(element_key, element_key)

    def keys_of(self, pair: Pair) -> list[str]:
        return list(dict.fromkeys(self.key(pair, k) for k in definition_for(*pair).element_keys()))


def translation(pairs: list[Pair]) -> KeyTranslation:
    known = sorted(set(pairs), key=lambda p: version_key(p[1]))
    if not known:
        return KeyTranslation(None)
    newest = known[-1]
    target = definition_for(*newest)
    out = KeyTranslation(newest)
    for pair in known:
        d = definition_for(*pair)
        mapping = element_mapping(d, target) if pair != newest else {}
        # keys with no place in the newest version stay themselves
        out.maps[pair] = {k: mapping.get(k, k) for k in d.element_keys()}
    return out


def element_order(
    pairs: list[Pair], tr: KeyTranslation | None = None
) -> tuple[tuple[str, ...], dict[str, tuple]]:
    """Every element of the given (model id, version) pairs in the newest version's keys: the
    newest definition's order, then older ones' retired elements; and per element the versions
    that lack it."""
    tr = tr or translation(pairs)
    if tr.newest is None:
        return tuple(current_definition().element_keys()), {}
    older = sorted(
        (p for p in set(pairs) if p != tr.newest), key=lambda p: version_key(p[1]), reverse=True
    )
    ordered = [tr.newest, *older]
    keys: list[str] = []
    have: dict[Pair, set[str]] = {}
    for pair in ordered:
        mine = tr.keys_of(pair)
        have[pair] = set(mine)
        keys += [k for k in mine if k not in keys]
    missing = {
        k: tuple(sorted({v for (_, v), ks in have.items() if k not in ks}, key=version_key))
        for k in keys
    }
    return tuple(keys), {k: v for k, v in missing.items() if v}
