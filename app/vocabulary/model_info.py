"""What the services tell about the model versions: which are here, and moving a session."""

from __future__ import annotations

from dataclasses import dataclass

from app.modeldef.definition import Text
from app.modeldef.diff import ModelDiff


@dataclass(frozen=True)
class ModelInfo:
    model_id: str
    version: str
    title: Text
    origin: str  # where it comes from: "shipped", "user" (the user's model folder), "database"
    sessions: int  # how many sessions of this database use it
    differs_from_file: bool  # the database's copy is not the file of the same id and version
    in_database: bool  # the database keeps a copy (every version a session uses)


@dataclass(frozen=True)
class MappedElement:
    """An element of the session's model that lives on in the new version, and what moves."""

    old_key: str
    new_key: str
    status: int | None  # the status that moves with it (None: none, or merged ones disagree)
    observations: int
    focus_points: int
    themes: int  # themes and actions whose element list names it
    actions: int


@dataclass(frozen=True)
class UnmappedItem:
    """Something the group said that has no place in the new version: shown, never dropped."""

    kind: str  # "status" | "observation" | "focus_point" | "proposal"
    element_key: str
    element_label: Text
    text: str  # the observation's or focus point's words; for a status its level's label
    status: int | None = None
    carried: bool = False  # carried from the session before (it stays there as it was)


@dataclass(frozen=True)
class MovePlan:
    session_id: int
    model_id: str
    from_version: str
    to_version: str
    diff: ModelDiff
    mapped: tuple[MappedElement, ...]
    unmapped: tuple[UnmappedItem, ...]

    @property
    def everything_maps(self) -> bool:
        return not self.unmapped
