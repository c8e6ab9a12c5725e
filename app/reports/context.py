"""What every section of the report is built from: the data, the language, the styles, and the
look-ups several sections share (element labels, observation numbers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from app.modeldef.definition import Level
from app.reports.styles import Styles, styles
from app.reports.texts import Words
from app.vocabulary.report_data import ReportData


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

    def short(self, key: str) -> str:
        """An area's short name ("Visie regio"); a condition has only its label."""
        area = next((a for a in self.model.areas if a.key == key), None)
        return area.short.get(self.lang) if area else self.element(key)

    def status_level(self, status: int | None) -> Level:
        return self.model.level(status)

    def level_text(self, status: int | None) -> str:
        """ "3 · In ontwikkeling", or "Niet besproken" without a number."""
        level = self.model.level(status)
        label = level.label.get(self.lang)
        return label if level.level is None else f"{level.level} · {label}"

    @cached_property
    def extra_keys(self) -> tuple[str, ...]:
        """Elements the session holds that this model version does not know (a session made with
        another version): printed under their key rather than lost."""
        known = set(self.model.element_keys())
        s = self.snapshot
        found = [o.element_key for o in s.observations] + list(s.assessments)
        found += [f.element_key for f in s.focus_points]
        return tuple(dict.fromkeys(k for k in found if k not in known))

    @cached_property
    def observation_numbers(self) -> dict[int, int]:
        """Observation id -> its number within its element (1, 2, …), as printed."""
        numbers: dict[int, int] = {}
        for key in self.model.element_keys() + self.extra_keys:
            for i, o in enumerate(self.snapshot.observations_of(key), start=1):
                numbers[o.id] = i
        return numbers

    def item_label(self, items, key: str) -> str:
        """The label of a model item (theme, characteristic, action line…), or the key itself
        when this model version does not know it."""
        found = self.model.find(items, key)
        return found.label.get(self.lang) if found else key

    def frame_item(self, key: str) -> tuple[str, str]:
        """(frame label, item label) of a stored policy-frame tag "frame-key:item-key"; the
        parts themselves when this model version does not know them."""
        frame_key, colon, item_key = key.partition(":")
        if not colon:  # a bare item key: an item of the community's own frame, or of any frame
            item_key = key
            frame = (
                self.frame
                if self.frame and self.model.find(self.frame.items, key)
                else next((f for f in self.model.frames if self.model.find(f.items, key)), None)
            )
        else:
            frame = next((f for f in self.model.frames if f.key == frame_key), None)
        if frame is None:
            return frame_key if colon else self.words("frame"), item_key
        return frame.label.get(self.lang), self.item_label(frame.items, item_key)

    @property
    def frame(self):
        """The policy frame the community placed itself in, if the model has it."""
        key = self.data.community.frame_key
        return next((f for f in self.model.frames if f.key == key), None)

    def theme_label(self, theme) -> str:
        """A model theme in this language, or the group's own label."""
        if theme.theme_key is None:
            return theme.label
        return self.item_label(self.model.themes, theme.theme_key)

    def helix_label(self, key: str) -> str:
        role = next((r for r in self.model.helix_roles if r.key == key), None)
        return role.label.get(self.lang) if role else key

    def helix_colour(self, key: str) -> str | None:
        role = next((r for r in self.model.helix_roles if r.key == key), None)
        return role.color if role else None
