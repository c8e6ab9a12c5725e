"""The editor's side of its journal (app.modeldef.editor_journal): keep the draft after each
pause in typing, offer it back when the model is opened again, forget it once saved or
discarded. A journal that cannot be written is said in the status line, and the editing goes on:
the window still holds every change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.modeldef import editor_journal
from app.ui.community.model_editor.draft import Draft

if TYPE_CHECKING:
    from app.ui.community.model_editor.window import ModelEditor


translate = QCoreApplication.translate  # called with literal texts, so that lupdate finds them


def keep(editor: ModelEditor) -> None:
    draft = editor.draft
    if draft is None:
        return
    try:
        editor_journal.keep(draft.origin.id, draft.origin.version, draft.raw)
    except OSError as exc:
        editor.status.setText(
            translate(
                "KeptDraft", "⚠ The changes could not be kept on disk (%1); save them soon."
            ).replace("%1", exc.strerror or str(exc))
        )


def forget(editor: ModelEditor) -> None:
    if editor.draft is not None:
        editor_journal.forget(editor.draft.origin.id)


def offer(editor: ModelEditor) -> bool:
    """Changes kept from an earlier time the editor was open (and closed without saving or
    discarding them, as a crash does): ask to bring them back. True when they were."""
    draft = editor.draft
    kept = editor_journal.read(draft.origin.id) if draft is not None else None
    if draft is None or kept is None:
        return False
    key = (kept.model_id, kept.origin_version)
    if key not in editor.definitions:
        return False  # the version they started from is gone from this laptop
    origin = editor.definitions[key][0]
    taken = {v for (i, v) in editor.definitions if i == origin.id}
    if kept.raw == Draft(origin, taken).raw:
        editor_journal.forget(origin.id)  # nothing was changed after all
        return False
    answer = QMessageBox.question(
        editor,
        editor.windowTitle(),
        translate(
            "KeptDraft",
            "Changes to %1 (started from version %2) were made on %3 and not saved: the editor "
            "closed before. Bring them back?",
        )
        .replace("%1", origin.title.nl)
        .replace("%2", origin.version)
        .replace("%3", f"{kept.kept_at:%d-%m-%Y %H:%M}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        editor_journal.forget(origin.id)
        return False
    try:
        resumed = Draft.resumed(origin, taken, kept.raw)
    except (ValueError, KeyError, TypeError, AttributeError):
        editor.status.setText(
            translate(
                "KeptDraft",
                "The kept changes could not be read back; the model is as it was saved.",
            )
        )
        return False
    editor.show_draft(resumed, opened=key)
    editor.dirty = True
    editor.check()
    return True
