"""Plain data the services hand out. The UI holds these and ids, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class CommunityData:
    id: int
    uuid: str
    name: str
    region: str
    description: str
    frame_key: str | None
    is_demo: bool
    session_count: int = 0
    last_session_on: date | None = None


@dataclass(frozen=True)
class ActorData:
    id: int
    uuid: str
    community_id: int
    name: str
    organisation: str
    helix_role: str
    knowledge: str
    contact: str


@dataclass(frozen=True)
class SessionData:
    id: int
    uuid: str
    community_id: int
    community_name: str
    title: str
    held_on: date
    location: str
    facilitator: str
    model_id: str
    model_version: str
    current_stage: str
    stage_reached: str
    state: str
    closed_at: datetime | None
    continues_from_id: int | None
    development_path: str | None
    development_path_reason: str
    ambition: str
    summary_note: str
    next_session_on: date | None

    @property
    def is_closed(self) -> bool:
        return self.state == "closed"


@dataclass(frozen=True)
class ParticipantData:
    id: int
    uuid: str
    session_id: int
    position: int
    name: str
    organisation: str
    helix_role: str
    role_in_session: str
    actor_id: int | None


@dataclass(frozen=True)
class ObservationData:
    id: int
    uuid: str
    session_id: int
    element_key: str
    position: int
    text: str
    status: int | None
    complexity: str | None
    transition: int | None
    carried: bool
    needed_knowledge: str = ""  # comma-separated tags, for a regional question
    actor_ids: tuple[int, ...] = ()  # actors the question is tied to


@dataclass(frozen=True)
class AssessmentData:
    element_key: str
    status: int | None
    context_note: str
    carried: bool


@dataclass(frozen=True)
class FocusPointData:
    id: int
    uuid: str
    session_id: int
    element_key: str
    position: int
    text: str
    votes: int
    observation_id: int | None


@dataclass(frozen=True)
class ThemeData:
    id: int
    uuid: str
    theme_key: str | None
    label: str  # the group's own label; empty for a model theme
    position: int


@dataclass(frozen=True)
class StepData:
    id: int
    uuid: str
    position: int
    text: str


@dataclass(frozen=True)
class MonitoringData:
    id: int
    uuid: str
    position: int
    kind: str
    text: str
    due_on: date | None


@dataclass(frozen=True)
class ActionData:
    id: int
    uuid: str
    session_id: int
    position: int
    title: str
    description: str
    owner: str
    partners: tuple[str, ...]
    starts_on: date | None
    due_on: date | None
    indicator: str
    status: str
    characteristics: tuple[str, ...]
    focus_point_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    groenpact: tuple[str, ...] = ()
    frame_items: tuple[str, ...] = ()
    # where the project sits on the model
    element_keys: tuple[str, ...] = ()
    complexity: str | None = None
    development_path: str | None = None
    actor_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReviewData:
    action_id: int
    action_title: str
    owner: str
    outcome: str | None  # None: not reviewed yet
    note: str


@dataclass(frozen=True)
class ElementState:
    """What the canvas needs of one element: its status and what was said about it."""

    key: str
    status: int | None
    observation_count: int
    complexity_counts: dict[str, int] = field(default_factory=dict)
    carried: bool = False


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything a session holds, in plain data: for the report, comparison and tests."""

    session: SessionData
    participants: tuple[ParticipantData, ...]
    assessments: dict[str, AssessmentData]
    observations: tuple[ObservationData, ...]
    focus_points: tuple[FocusPointData, ...]
    themes: tuple[ThemeData, ...]
    steps: tuple[StepData, ...]
    monitoring: tuple[MonitoringData, ...]
    actions: tuple[ActionData, ...]
    reviews: tuple[ReviewData, ...]

    def observations_of(self, element_key: str) -> list[ObservationData]:
        return [o for o in self.observations if o.element_key == element_key]

    def focus_of(self, element_key: str) -> list[FocusPointData]:
        return [f for f in self.focus_points if f.element_key == element_key]
