"""Which model versions a facilitator may choose for a session: newest first, each with its
title, where it comes from and how many sessions use it (services.available_models)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.modeldef.loader import version_key
from app.ui.common.i18n import current_language

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def origin_words() -> dict[str, str]:
    return {
        "shipped": translate("ModelChoice", "shipped"),
        "user": translate("ModelChoice", "your model folder"),
        "database": translate("ModelChoice", "kept in the database"),
    }


def model_choices(
    store, model_id: str | None = None, newer_than: str | None = None
) -> list[tuple[str, str]]:
    """(version, words) of the model's versions, newest first; only those after `newer_than`
    when given (a follow-up moves forward, never back)."""
    from app.modeldef import current_definition
    from app.services.model_store import available_models
    from app.ui.session.reader import reader_for

    model_id = model_id or current_definition().id
    origins = origin_words()
    out = []
    for m in reader_for(store).read(available_models):
        if m.model_id != model_id:
            continue
        if newer_than is not None and version_key(m.version) <= version_key(newer_than):
            continue
        used = translate("ModelChoice", "sessions: %1").replace("%1", str(m.sessions))
        words = (
            f"{m.version} · {m.title.get(current_language())} "
            f"({origins.get(m.origin, m.origin)}, {used})"
        )
        out.append((m.version, words))
    out.sort(key=lambda vw: version_key(vw[0]), reverse=True)
    return out
