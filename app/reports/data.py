"""What the report builder is given: plain data only (the services assemble it, see
app/services/report_data.py), so the builder never touches the database."""

from __future__ import annotations

from dataclasses import dataclass

from app.modeldef.definition import ModelDefinition
from app.services.dto import CommunityData, ElementState, ReviewData, SessionSnapshot


@dataclass(frozen=True)
class Earlier:
    """The session this one is compared with, and what became of its actions."""

    snapshot: SessionSnapshot
    reviews: tuple[ReviewData, ...]


@dataclass(frozen=True)
class ReportData:
    model: ModelDefinition
    community: CommunityData
    snapshot: SessionSnapshot
    states: dict[str, ElementState]
    earlier: Earlier | None = None
    # Set by anonymise(): the report then says so on every page.
    anonymous: bool = False
