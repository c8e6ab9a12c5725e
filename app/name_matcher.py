"""Finding a person's name in a text however it was typed: any case, with or without accents
(Zoë, Zoe, or ë typed as e + ¨), Dutch possessives and inflections ("Zoë's", "Zoës",
"Geheimnaams voorstel", "Lars'"), and as a whole word only ("Annaliese" is not "Anna").

Besides the full name it finds the surname on its own and the first name on its own; those may
be someone else (another Zoë, the adjective "wit" for Anne de Wit), so each match says which kind
it is and whether it was written as a name (capitalised), and the caller decides. One matcher
serves erasing a person and the anonymised report and export, so both see the same mentions.
Pure: no database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FULL, SURNAME, FIRST = "full", "surname", "first"
KINDS = (FULL, SURNAME, FIRST)

# Dutch (and a few neighbouring) surname particles: "de Wit" is a surname, "de" alone is not.
PARTICLES = frozenset(
    {
        "de",
        "den",
        "der",
        "van",
        "von",
        "ter",
        "ten",
        "te",
        "het",
        "'t",
        "in",
        "op",
        "la",
        "le",
        "du",
        "da",
        "di",
        "d'",
        "del",
        "des",
        "vd",
        "v.",
    }
)
APOSTROPHES = "’‘`´ʼ"
# after the name: 's, s, ' (Zoë's, Zoës, Lars'), or nothing
_SUFFIX = r"(?:'s|s|')?"


def fold(text: str) -> tuple[str, list[int]]:
    """The text compared: accents dropped (NFKD without combining marks), case folded, curly
    apostrophes straight; with, for every folded character, the index of the character of
    `text` it came from, so a match can be mapped back."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in APOSTROPHES:
            ch = "'"
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                out.append(folded)
                where.append(i)
    return "".join(out), where


def key(text: str) -> str:
    """A name as compared with another (spacing, case and accents do not count)."""
    return " ".join(fold(text)[0].split())


@dataclass(frozen=True)
class Match:
    start: int  # in the original text
    end: int
    kind: str  # FULL, SURNAME or FIRST
    text: str  # as written
    capitalised: bool  # written as a name ("Wit"), not as a word ("wit")


def _words_pattern(words: list[str], whole_words: bool = True) -> str:
    body = r"\s+".join(re.escape(w) for w in words)
    return r"(?<!\w)" + body + _SUFFIX + r"(?!\w)" if whole_words else body


class NameMatcher:
    def __init__(self, name: str, whole_words: bool = True):
        words = fold(name)[0].split()
        self.name = " ".join(name.split())
        self.words = words
        patterns: list[tuple[str, list[str]]] = [(FULL, words)] if words else []
        if len(words) > 1:
            rest = words[1:]
            core_start = next((i for i, w in enumerate(rest) if w not in PARTICLES), len(rest))
            core = rest[core_start:]
            patterns.append((SURNAME, rest))
            if core and core != rest:
                patterns.append((SURNAME, core))
            if words[0] not in PARTICLES:
                patterns.append((FIRST, words[:1]))
        # per kind, the longest form first ("de Wit" before "Wit")
        self._patterns = [
            (kind, re.compile(_words_pattern(w, whole_words)))
            for kind, w in patterns
            if len("".join(w)) >= 2
        ]

    def find(self, text: str, kinds: tuple[str, ...] = KINDS) -> list[Match]:
        """Every mention in `text`, in order, never overlapping (a full name is not also counted
        as its surname)."""
        if not text or not self._patterns:
            return []
        folded, where = fold(text)
        taken: list[tuple[int, int]] = []
        found: list[Match] = []
        for kind, pattern in self._patterns:
            if kind not in kinds:
                continue
            for m in pattern.finditer(folded):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                start = where[m.start()]
                end = where[m.end() - 1] + 1
                # an accent typed as a combining mark after the last letter belongs to the name
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
                written = text[start:end]
                core = written.split()[-1] if kind == SURNAME else written
                found.append(Match(start, end, kind, written, core[:1].isupper()))
        return sorted(found, key=lambda x: x.start)


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    """The mention with some words around it, on one line, the mention marked with »«; cut at a
    space, so no word is shown halved."""
    before, after = text[max(0, start - width) : start], text[end : end + width]
    if start > width and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if end + width < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return " ".join(f"{before}»{text[start:end]}«{after}".split())


def replace_all(
    text: str, people: list[tuple[NameMatcher, str]], only_capitalised_parts: bool = True
) -> str:
    """Every mention of every person replaced by that person's label, in one pass over `text`
    (a label put in is never searched again). Full names go before any surname or first name
    alone ("Wit Bos" is Wit Bos, not Anne de Wit's surname); among equals earlier people in the
    list win, so list the longest names first."""
    if not text or not people:
        return text
    taken: list[Match] = []
    labels: dict[int, str] = {}
    found = [(m, label) for matcher, label in people for m in matcher.find(text)]
    for m, label in sorted(found, key=lambda f: KINDS.index(f[0].kind)):  # stable: list order
        if only_capitalised_parts and m.kind != FULL and not m.capitalised:
            continue
        if any(m.start < t.end and t.start < m.end for t in taken):
            continue
        taken.append(m)
        labels[m.start] = label
    out, last = [], 0
    for m in sorted(taken, key=lambda m: m.start):
        out += [text[last : m.start], labels[m.start]]
        last = m.end
    out.append(text[last:])
    return "".join(out)
