"""The room's plain data (app.services.room hands these out; the window and the phones read them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProposalData:
    """An observation a phone proposed, waiting in the facilitator's tray (or decided)."""

    id: int
    session_id: int
    element_key: str
    text: str
    state: str  # waiting | accepted | dropped
    device: str


@dataclass(frozen=True)
class RoomTally:
    """What the room holds for one element and the focus points: counts only, never who."""

    spread: dict[int, int]  # level -> how many phones chose it, for the element asked
    rated: int  # how many phones rated that element
    votes: dict[int, int]  # focus point id -> dots from the phones
    voters: int  # how many phones cast dots
    waiting: int  # proposals in the tray


@dataclass(frozen=True)
class RoomSummary:
    """What the phones said in a session, for the report: counts only, never which phone."""

    spread: dict[str, dict[int, int]]  # element key -> level -> how many phones chose it
    votes: dict[int, int]  # focus point id -> dots from the phones
    raters: int  # phones that rated at least one element
    voters: int  # phones that cast dots
