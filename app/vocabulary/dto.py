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
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


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
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


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
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on

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
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


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
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on
    linked_uuid: str | None = None  # connected with an observation of another community


@dataclass(frozen=True)
class AssessmentData:
    element_key: str
    status: int | None
    context_note: str
    carried: bool
    id: int = 0  # 0: no status or note given yet (then an edit has no base)
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


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
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


@dataclass(frozen=True)
class ThemeData:
    id: int
    uuid: str
    theme_key: str | None
    label: str  # the group's own label; empty for a model theme
    position: int
    element_keys: tuple[str, ...] = ()  # the model elements it works on


@dataclass(frozen=True)
class StepData:
    id: int
    uuid: str
    position: int
    text: str
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


@dataclass(frozen=True)
class MonitoringData:
    id: int
    uuid: str
    position: int
    kind: str
    text: str
    due_on: date | None
    carried_from_uuid: str | None = None  # the same indicator in the session before
    verdict: str | None = None  # where do we stand: op-koers, aandacht, uit-koers
    standing: str = ""  # … as a value or a note
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


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
    continued_from_uuid: str | None = None  # the same action in an earlier session
    version: int = field(default=0, compare=False)  # as read: app.vocabulary.based_on


@dataclass(frozen=True)
class ReviewData:
    action_id: int
    action_title: str
    owner: str
    outcome: str | None  # None: not reviewed yet
    note: str
    history: tuple[HistoryStep, ...] = ()  # the action's sessions until the one reviewed
    continued_id: int | None = None  # this session's row of the action, once reviewed


@dataclass(frozen=True)
class TraceFocus:
    """A focus point an action serves, and the observation it came from (if any)."""

    focus_id: int
    session_id: int
    session_title: str
    element_key: str
    text: str
    observation_id: int | None
    observation_text: str
    observation_element: str | None


@dataclass(frozen=True)
class TraceTheme:
    theme_id: int
    session_id: int
    session_title: str
    theme_key: str | None
    label: str
    element_keys: tuple[str, ...]


@dataclass(frozen=True)
class ActionTrace:
    action_id: int
    focus: tuple[TraceFocus, ...]
    themes: tuple[TraceTheme, ...]


@dataclass(frozen=True)
class TraceAction:
    """An action serving an observation: its latest row, and the focus point between them."""

    action_id: int
    session_id: int
    session_title: str
    title: str
    status: str
    via_focus: str


@dataclass(frozen=True)
class QuestionPlace:
    """A regional question with its type and its place between renewal and transition."""

    text: str
    complexity: str | None
    transition: int | None  # 0 = renewal … steps-1 = sustainability transition


@dataclass(frozen=True)
class PathStep:
    """One session on the development path: the path chosen (carried, confirmed or changed)
    and its regional questions, so the timeline shows whether the group moves along it."""

    session_id: int
    session_title: str
    held_on: date
    path: str | None  # the model's path key
    path_state: str  # "" (chosen here), carried, confirmed or changed
    questions: tuple[QuestionPlace, ...]


@dataclass(frozen=True)
class IndicatorTrend:
    """One indicator over the sessions it was carried to: its standing in each, oldest first."""

    text: str
    steps: tuple[IndicatorStep, ...]


@dataclass(frozen=True)
class IndicatorStep:
    """An indicator in one session: where the group said it stood."""

    session_id: int
    session_title: str
    held_on: date
    verdict: str | None
    standing: str


@dataclass(frozen=True)
class HistoryStep:
    """One session in an action's life: created there (its status), or reviewed there
    (doorgezet, gereed, gestopt) and carried on as the same action."""

    session_id: int
    session_title: str
    held_on: date
    action_id: int
    word: str  # an action status or a review outcome


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
    # per action of this session that lived in earlier ones: its life so far (oldest first)
    histories: dict[int, tuple[HistoryStep, ...]] = field(default_factory=dict)
    # the plan carried from the session before, per part: carried, confirmed or changed
    plan_states: dict[str, str] = field(default_factory=dict)
    # per indicator carried over: its standing in each session so far (oldest first)
    indicator_trends: dict[int, tuple[IndicatorStep, ...]] = field(default_factory=dict)

    def observations_of(self, element_key: str) -> list[ObservationData]:
        return [o for o in self.observations if o.element_key == element_key]

    def focus_of(self, element_key: str) -> list[FocusPointData]:
        return [f for f in self.focus_points if f.element_key == element_key]
