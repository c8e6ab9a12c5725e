"""What the report builder is given: plain data only (the services assemble it, see
app/services/report_data.py), so the builder never touches the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.modeldef.definition import ModelDefinition
from app.vocabulary.dto import (
    ActionData,
    CommunityData,
    ElementState,
    ReviewData,
    SessionData,
    SessionSnapshot,
    ThemeData,
)
from app.vocabulary.overviews import ActorsOverview, Comparison, GroenpactMatrix, Timeline
from app.vocabulary.room import RoomSummary


@dataclass(frozen=True)
class Earlier:
    """The session this one is compared with, and what became of its actions."""

    snapshot: SessionSnapshot
    reviews: tuple[ReviewData, ...]


@dataclass(frozen=True)
class Uses:
    """The optional sections on the model's uses, each present when it was asked for."""

    timeline: Timeline | None = None
    comparison: Comparison | None = None
    comparison_states: tuple[dict[str, ElementState], dict[str, ElementState]] | None = None
    hide_names: bool = False  # the compared communities as "Community A" and "B"
    actors: ActorsOverview | None = None
    groenpact: GroenpactMatrix | None = None
    projects: bool = False  # this session's projects as chips on the model figure


@dataclass(frozen=True)
class ReportData:
    model: ModelDefinition
    community: CommunityData
    snapshot: SessionSnapshot
    states: dict[str, ElementState]
    earlier: Earlier | None = None
    uses: Uses | None = None
    # Set by anonymise(): the report then says so on every page.
    anonymous: bool = False
    # Anonymised without the participants' organisations: "Deelnemer 4 (Overheid)"
    hide_organisations: bool = False
    # What the participants' phones said, when the session had a room (counts only)
    room: RoomSummary | None = None


@dataclass(frozen=True)
class ActionEntry:
    """One action as the action list shows it: with its session, the focus points it serves (their
    text), the themes, and what later sessions said of it (date, outcome, note), oldest first."""

    action: ActionData
    session: SessionData
    focus_points: tuple[str, ...]
    themes: tuple[ThemeData, ...]
    history: tuple[tuple[date, str, str], ...] = ()


@dataclass(frozen=True)
class ActionList:
    """What `intervisie actions` and Session → Export action list write (app/reports/actions_sheet)."""

    model: ModelDefinition | None  # None for a community without sessions
    community: CommunityData
    entries: tuple[ActionEntry, ...]
