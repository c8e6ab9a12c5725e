"""Every model definition a session uses, kept with the data.

A session draws, prints and compares with its own model whatever files are installed: the whole
validated definition (the TOML's tables as JSON) is stored once per id and version. One id and
version is one content: the fingerprint (app.modeldef.definition) tells a different definition
under the same version apart, which importing refuses.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.limits import LIMITS

_M = LIMITS["model_definition"]

# where the stored copy came from: a shipped file, the user's model folder, an exchange file or
# take-out from another laptop
ORIGINS = ("shipped", "user", "import")


class StoredModel(Base):
    __tablename__ = "model_definition"
    __table_args__ = (
        UniqueConstraint("model_id", "version", name="model_one_per_version"),
        CheckConstraint("origin IN ('shipped', 'user', 'import')", name="origin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[str] = mapped_column(String(_M["model_id"]))
    version: Mapped[str] = mapped_column(String(_M["version"]))
    fingerprint: Mapped[str] = mapped_column(String(_M["fingerprint"]))
    definition: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(_M["origin"]))
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)
