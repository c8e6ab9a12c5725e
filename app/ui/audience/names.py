"""Names off the wall: with the switch on, the audience view shows people by their role.

A participant becomes "Onderwijs · Terra MBO" (helix role and organisation), the facilitator
"Facilitator". Whole names are replaced wherever they appear (an action's owner, a text that
mentions someone); a first name on its own cannot be told from an ordinary word and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.vocabulary.dto import ParticipantData

MIN_NAME = 2  # a one-letter "name" would eat letters all over the screen


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def role_of(p: ParticipantData, model, lang: str) -> str:
    """A participant by role: helix role and organisation (either may be missing)."""
    role = next(
        (h.label.get(lang) for h in model.helix_roles if h.key == p.helix_role), p.helix_role
    )
    return " · ".join(x for x in (role, p.organisation.strip()) if x)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class NameMask:
    """Callable on any text: returns it with every known name replaced by a role. Inactive (the
    text as it is) when hiding is off or nobody is known."""

    def __init__(
        self,
        participants: Iterable[ParticipantData],
        model,
        lang: str,
        facilitator: str = "",
        hide: bool = True,
    ):
        self.hide = hide
        self.model, self.lang = model, lang
        self.roles: dict[str, str] = {}
        for n, p in enumerate(participants, start=1):
            key = _key(p.name)
            if len(key) >= MIN_NAME and key not in self.roles:
                self.roles[key] = self._role(p, n)
        key = _key(facilitator)
        if len(key) >= MIN_NAME and key not in self.roles:
            self.roles[key] = translate("Audience", "Facilitator")
        names = sorted(self.roles, key=len, reverse=True)  # "Anna de Vries" before "Anna"
        words = (r"\s+".join(re.escape(w) for w in n.split()) for n in names)
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if names else None
        )

    def _role(self, p: ParticipantData, n: int) -> str:
        return role_of(p, self.model, self.lang) or translate("Audience", "Participant %1").replace(
            "%1", str(n)
        )

    def __call__(self, text: str) -> str:
        if not self.hide or self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self.roles[_key(m.group(0))], text)

    def draft(self, text: str) -> str:
        """A line still being typed: names as in __call__, and a name half typed at the end
        ("Anna de V") already gives way to "…", so it never appears letter by letter."""
        text = self(text)
        if not self.hide or not text:
            return text
        folded = text.casefold()
        for name in self.roles:
            for k in range(len(name) - 1, MIN_NAME - 1, -1):
                start = len(folded) - k
                if folded.endswith(name[:k]) and (start == 0 or not folded[start - 1].isalnum()):
                    return text[:start] + "…"
        return text

    def person(self, p: ParticipantData, n: int) -> tuple[str, str]:
        """(what to call participant number n, what to add) for the list of who is here."""
        role = role_of(p, self.model, self.lang)
        if self.hide or not p.name.strip():
            return self._role(p, n), ""
        return " ".join(p.name.split()), role
