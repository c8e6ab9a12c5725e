"""The community overviews the model's uses show (app/ui/community, the report's extra
chapters): the statuses in time, two sessions compared, actors and knowledge, the GroenPact
matrix. Plain frozen dataclasses, like the rest of app.vocabulary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.vocabulary.dto import ActorData, ObservationData, SessionData


# ---- the model's uses: in time, compared, actors and knowledge, GroenPact -----------------------
@dataclass(frozen=True)
class TimelinePoint:
    held_on: date
    session_id: int
    status: int
    carried: bool = False  # carried from the session before, not confirmed: not re-assessed


@dataclass(frozen=True)
class TimelineSession:
    id: int
    held_on: date
    title: str
    model_version: str


@dataclass(frozen=True)
class Timeline:
    """A community's element statuses across its sessions, oldest first. Elements are matched
    by key across model versions; `missing` names, per element, the versions without it."""

    community_id: int
    sessions: tuple[TimelineSession, ...]
    element_keys: tuple[str, ...]
    points: dict[str, tuple[TimelinePoint, ...]]  # only the sessions that gave a status
    missing: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ComparedElement:
    key: str
    status_a: int | None
    status_b: int | None
    change: int | None  # +1 higher in b, -1 lower, 0 the same; None: not comparable
    observations_a: int
    observations_b: int
    in_a: bool = True  # the element is part of session a's model version
    in_b: bool = True
    said: tuple[SaidPair, ...] = ()  # the observations of A and B side by side


@dataclass(frozen=True)
class SaidPair:
    """One observation in A, B or both: the same text, changed, new in B or gone from A — or,
    between two communities, connected by the group ("verbonden met …")."""

    text_a: str | None
    text_b: str | None
    mark: str  # same | changed | new | gone | linked
    id_a: int | None = None  # the observations' ids, to connect or disconnect them
    id_b: int | None = None


@dataclass(frozen=True)
class Comparison:
    """Two sessions side by side: one community at two moments, or two communities. For
    learning, not ranking: no totals."""

    a: SessionData
    b: SessionData
    same_community: bool
    elements: tuple[ComparedElement, ...]


@dataclass(frozen=True)
class TiedItem:
    """A regional question or an action an actor is tied to."""

    id: int
    session_id: int
    text: str


@dataclass(frozen=True)
class ActorKnowledge:
    actor: ActorData
    tags: tuple[str, ...]  # the actor's knowledge as matchable tags
    questions: tuple[TiedItem, ...]
    actions: tuple[TiedItem, ...]


@dataclass(frozen=True)
class KnowledgeGap:
    """A regional question whose needed knowledge no actor of the community holds (in part)."""

    question: TiedItem
    needed: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ActorsOverview:
    community_id: int
    session_id: int | None  # whose regional questions were read (the latest session)
    actors: tuple[ActorKnowledge, ...]
    questions: tuple[TiedItem, ...]
    needed: dict[int, tuple[str, ...]]  # question id -> needed tags
    gaps: tuple[KnowledgeGap, ...]
    # question id -> the question as read, the base of an edit of it (app.vocabulary.based_on)
    as_read: dict[int, ObservationData] = field(default_factory=dict)


@dataclass(frozen=True)
class GroenpactRow:
    action_id: int
    session_id: int
    held_on: date
    title: str
    status: str
    lines: tuple[str, ...]  # GroenPact action-line keys
    frame_items: tuple[str, ...]
    element_keys: tuple[str, ...]


@dataclass(frozen=True)
class GroenpactMatrix:
    community_id: int
    lines: tuple[str, ...]  # the model's action lines, in its order (the columns)
    rows: tuple[GroenpactRow, ...]

    def untouched_lines(self) -> tuple[str, ...]:
        """Action lines no initiative gives shape to yet: where nothing happens."""
        used = {k for r in self.rows for k in r.lines}
        return tuple(k for k in self.lines if k not in used)
