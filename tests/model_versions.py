"""A newer version of the shipped model for the tests: built from the shipped one's tables, with
an added area, a renamed one (a new key, mapped in its lineage) and a retired one."""

from __future__ import annotations

import copy

from app.modeldef.loader import shipped_definitions

ADDED = "netwerken"  # new in 1.1, in the regio perspective
RENAMED = ("competenties", "vakmanschap")  # 1.0 key → 1.1 key
RETIRED = "facilitering-regio"  # gone in 1.1


def version_1_1(version: str = "1.1") -> dict:
    raw = copy.deepcopy(shipped_definitions()[("llo-community-learning", "1.0")].raw)
    raw["model"]["version"] = version
    areas = [a for a in raw["areas"] if a["key"] != RETIRED]
    for a in areas:
        if a["key"] == RENAMED[0]:
            a["key"] = RENAMED[1]
            a["label"] = {"nl": "Vakmanschap", "en": "Craftsmanship"}
    areas.insert(
        1,
        {
            "key": ADDED,
            "perspective": "regio",
            "label": {"nl": "Netwerken in de regio", "en": "Regional networks"},
            "short": {"nl": "Netwerken", "en": "Networks"},
        },
    )
    raw["areas"] = areas
    raw["lineage"] = {"previous": "1.0", "map": [{"old": RENAMED[0], "new": RENAMED[1]}]}
    return raw
