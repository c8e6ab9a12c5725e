"""The few words the figure adds to the model definition's own labels, in nl and en.

The figure is drawn outside Qt too (PDF, SVG), so these do not go through Qt's translation."""

from __future__ import annotations

WORDS = {
    "conditions": {"nl": "Voorwaarden voor succes", "en": "Conditions for success"},
    "growth": {"nl": "Doorontwikkeling en groei", "en": "Development and growth"},
    "status": {"nl": "Status", "en": "Status"},
    "observation": {"nl": "observatie", "en": "observation"},
    "observations": {"nl": "observaties", "en": "observations"},
    "carried": {"nl": "vorige keer", "en": "last time"},
}


def word(key: str, lang: str) -> str:
    entry = WORDS[key]
    return entry.get(lang, entry["nl"])


def observations_text(count: int, carried: bool, lang: str) -> str:
    """ "1 observatie", "4 observaties · vorige keer" (the status was carried over)."""
    text = f"{count} {word('observation' if count == 1 else 'observations', lang)}"
    return f"{text} · {word('carried', lang)}" if carried else text


# the longest detail text an element can show: boxes are sized for it, whatever the state
WIDEST_DETAIL_COUNT = 999
