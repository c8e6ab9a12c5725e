"""A service's refusal in the language on screen: by its code (app.vocabulary.refusals), through
Qt's translation; a refusal without a code keeps the service's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.vocabulary.refusals import CONTEXT, ENGLISH, fill


def words(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    if code is None or code not in ENGLISH:
        return str(exc)
    return fill(QCoreApplication.translate(CONTEXT, ENGLISH[code]), exc.params)
