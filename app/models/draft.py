"""Text typed into a line that does not exist yet (the "+ add" line of a list): kept as a draft
after the same typing pause as every other field, so a crash before Enter loses nothing. One row
per session and entry place; deleted when the line is added or the entry is cleared."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.limits import limit

PLACE_LENGTH = limit("draft", "place")


class Draft(Base):
    __tablename__ = "draft"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), primary_key=True
    )
    # where the text was typed, e.g. "vertrekpunt:monitoring:new-observation"
    place: Mapped[str] = mapped_column(String(PLACE_LENGTH), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
