"""The model definition as immutable plain data (no Qt, no database)."""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Item:
    """Anything with a key, a label and perhaps an explanation (themes, conditions, paths, …)."""

    key: str
    label: Text
    explanation: Text | None = None


@dataclass(frozen=True)
class Level:
    level: int | None  # None is "not assessed"
    key: str
    label: Text
    fill: str
    text: str
    fill_high_contrast: str
    text_high_contrast: str
    icon: str
    border: str  # solid | dashed | hatched
    wording: Text | None = None

    def colours(self, high_contrast: bool = False) -> tuple[str, str]:
        """(fill, text) for the palette in use."""
        if high_contrast:
            return self.fill_high_contrast, self.text_high_contrast
        return self.fill, self.text


@dataclass(frozen=True)
class Perspective:
    key: str
    position: str  # left | right | bottom | centre
    label: Text
    explanation: Text | None = None


@dataclass(frozen=True)
class Area:
    key: str
    perspective: str
    label: Text
    short: Text
    explanation: Text | None = None
    regional_questions: bool = False


@dataclass(frozen=True)
class Stage:
    key: str
    number: int | None
    label: Text
    question: Text


@dataclass(frozen=True)
class HelixRole:
    key: str
    label: Text
    color: str


@dataclass(frozen=True)
class Frame:
    key: str
    label: Text
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Transition:
    from_label: Text
    to_label: Text
    steps: int


@dataclass(frozen=True)
class KeyMap:
    """One line of a version's lineage: element `old` of the previous version is `new` here."""

    old: str
    new: str


@dataclass(frozen=True)
class Lineage:
    """Where a version came from: the version it was made from and its renames and merges (two
    entries with the same `new` merge two areas). A key that is in both versions and not mapped
    is the same element; a key of the previous version that is neither kept nor mapped is
    retired."""

    previous: str
    map: tuple[KeyMap, ...] = ()


@dataclass(frozen=True)
class ModelDefinition:
    id: str
    version: str
    title: Text
    summary: Text | None
    unassessed: Level
    levels: tuple[Level, ...]
    perspectives: tuple[Perspective, ...]
    areas: tuple[Area, ...]
    conditions: tuple[Item, ...]
    complexity: tuple[Item, ...]
    transition: Transition
    paths: tuple[Item, ...]
    stages: tuple[Stage, ...]
    helix_roles: tuple[HelixRole, ...]
    themes: tuple[Item, ...]
    frames: tuple[Frame, ...]
    groenpact: tuple[Item, ...]
    steps: tuple[Text, ...]
    characteristics: tuple[Item, ...]
    uses: tuple[Item, ...]
    lineage: Lineage | None = None
    source: str = field(default="", compare=False)
    # the validated definition as read (TOML/JSON tables): what the database, exchange files and
    # the editor keep and compare; never changed after loading
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def fingerprint(self) -> str:
        """Same for two definitions with the same content, whatever file or key order they came
        from: how a stored model is told apart from a different one under the same version."""
        import hashlib
        import json

        canonical = json.dumps(self.raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    # -- look-ups ------------------------------------------------------------------------------
    def level(self, level: int | None) -> Level:
        for lv in self.levels:
            if lv.level == level:
                return lv
        return self.unassessed

    def area(self, key: str) -> Area:
        for a in self.areas:
            if a.key == key:
                return a
        raise KeyError(key)

    def perspective(self, key: str) -> Perspective:
        for p in self.perspectives:
            if p.key == key:
                return p
        raise KeyError(key)

    def areas_of(self, perspective_key: str) -> tuple[Area, ...]:
        return tuple(a for a in self.areas if a.perspective == perspective_key)

    def stage(self, key: str) -> Stage:
        for s in self.stages:
            if s.key == key:
                return s
        raise KeyError(key)

    def element_keys(self) -> tuple[str, ...]:
        """Every assessable element: the areas, then the conditions for success."""
        return tuple(a.key for a in self.areas) + tuple(c.key for c in self.conditions)

    def element_label(self, key: str, lang: str = "nl") -> str:
        for a in self.areas:
            if a.key == key:
                return a.label.get(lang)
        for c in self.conditions:
            if c.key == key:
                return c.label.get(lang)
        return key

    def is_condition(self, key: str) -> bool:
        return any(c.key == key for c in self.conditions)

    @staticmethod
    def find(items: tuple[Item, ...], key: str) -> Item | None:
        return next((i for i in items if i.key == key), None)
