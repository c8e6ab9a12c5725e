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
