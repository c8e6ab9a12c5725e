"""What every section of the report is built from: the data, the language, the styles, and the
look-ups several sections share (element labels, observation numbers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from app.modeldef.definition import Level
from app.reports.data import ReportData
from app.reports.styles import Styles, styles
from app.reports.texts import Words


@dataclass
class Context:
    data: ReportData
    lang: str = "nl"
    words: Words = field(init=False)
    st: Styles = field(init=False)

    def __post_init__(self):
        self.lang = "en" if self.lang == "en" else "nl"
        self.words = Words(self.lang)
        self.st = styles()

    @property
    def model(self):
        return self.data.model

    @property
    def snapshot(self):
        return self.data.snapshot

    def element(self, key: str) -> str:
        return self.model.element_label(key, self.lang)

    def status_level(self, status: int | None) -> Level:
        return self.model.level(status)

    def level_text(self, status: int | None) -> str:
        """"3 · In ontwikkeling", or "Niet besproken" without a number."""
        level = self.model.level(status)
        label = level.label.get(self.lang)
        return label if level.level is None else f"{level.level} · {label}"

    @cached_property
    def observation_numbers(self) -> dict[int, int]:
        """Observation id -> its number within its element (1, 2, …), as printed."""
        numbers: dict[int, int] = {}
        for key in self.model.element_keys():
            for i, o in enumerate(self.snapshot.observations_of(key), start=1):
                numbers[o.id] = i
        return numbers

    def helix_label(self, key: str) -> str:
        role = next((r for r in self.model.helix_roles if r.key == key), None)
        return role.label.get(self.lang) if role else key

    def helix_colour(self, key: str) -> str | None:
        role = next((r for r in self.model.helix_roles if r.key == key), None)
        return role.color if role else None
