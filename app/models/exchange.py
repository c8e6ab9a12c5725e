"""What this database knows about a community's travels, which never travels itself: where the
community came from (the app's own demo, a file, made here) and the community as it was when it
was last exchanged (the base a later merge compares both sides with, see
app.services.exchange_merge)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.limits import limit

ORIGINS = ("demo", "file", "here")


class ExchangeRecord(Base):
    __tablename__ = "exchange_record"
    __table_args__ = (CheckConstraint("origin IN ('demo', 'file', 'here')", name="origin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    community_uuid: Mapped[str] = mapped_column(
        String(limit("exchange_record", "community_uuid")), unique=True
    )
    origin: Mapped[str] = mapped_column(String(limit("exchange_record", "origin")))
    # JSON: {"community": {..., "actors": [...]}, "sessions": [...]}, the rows as last exchanged
    base: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
