"""What the user is told when someone else got there first: another laptop saved the same row
(app.vocabulary.based_on), or another facilitator runs the session. Said by the session
controller and by the community windows that edit (the actors' questions) alike; the words keep
the controller's translation context, where they were first said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import ServiceError, SessionInUse


def someone_else(exc: ServiceError) -> str:
    if isinstance(exc, SessionInUse):
        return QCoreApplication.translate(
            "SessionController",
            "%1 is running this session now, so your change was not saved. "
            "What you typed is still here.",
        ).replace("%1", exc.holder.describe())
    current, rejected = getattr(exc, "current", None), getattr(exc, "rejected", None)
    if current is None and rejected is None:
        return QCoreApplication.translate(
            "SessionController",
            "Someone else saved this at the same moment, so your change was not "
            "saved. What you typed is still here: save it again to replace "
            "theirs.",
        )
    if isinstance(current, list):
        # ticks in a list (an action's elements, its actors): no text to quote
        return QCoreApplication.translate(
            "SessionController",
            "Someone else changed this choice in the meantime, so yours was not saved. "
            "Your ticks are still here: change them again to replace theirs.",
        )
    other = "" if current is None else str(current)
    return QCoreApplication.translate(
        "SessionController",
        "Someone else changed this in the meantime. It now reads: “%1”. Your "
        "text was not saved and is still here: save it again to replace "
        "theirs.",
    ).replace("%1", other)
