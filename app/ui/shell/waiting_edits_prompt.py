"""Edits that wait for the storage are never thrown away without a word. Before the window closes,
the language changes, another session opens or a backup is restored, with edits waiting, the
facilitator chooses: keep the window open, save them to a file elsewhere (a USB stick, the
desktop; File → Bring back saved edits… applies it later), or discard them on purpose.

At start, edits a crash left in the journal (app.ui.session.waiting_journal) are offered: apply them now,
keep them for later, or discard them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.written_files import remember
from app.ui.common import messages
from app.ui.session.waiting_journal import (
    Journal,
    NotAnEditFile,
    apply_records,
    counted,
    database_name,
    read_records,
    write_records,
)
from app.ui.shell.safety_prompts import choose

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

FILE_FILTER = "Intervisie edits (*.intervisie-edits.jsonl);;*"


def may_leave(parent: QWidget | None, controller) -> bool:
    """True when nothing waits, or the facilitator saved the waiting edits to a file or chose to
    discard them; False: stay (the edits keep waiting and are saved when writing works)."""
    controller.flush()
    count = controller.waiting
    if not count:  # at most the forgetting of a draft waits: no words of anyone
        controller.discard_waiting()
        return True
    text = translate(
        "WaitingEdits",
        "%1 edit(s) could not be saved yet: the database cannot be written at the moment. They "
        "are still here, and are saved as soon as writing works again.\n\nKeep the window "
        "open, save them to a file somewhere else (a USB stick, the desktop: File → Bring back "
        "saved edits… puts them in later), or discard them.",
    ).replace("%1", str(count))
    keep = translate("WaitingEdits", "Keep the window open")
    save = translate("WaitingEdits", "Save them to a file…")
    discard = translate("WaitingEdits", "Discard them")
    answer = choose(
        parent,
        translate("WaitingEdits", "Edits are waiting to be saved"),
        text,
        [
            (keep, QMessageBox.ButtonRole.RejectRole, "keep"),
            (save, QMessageBox.ButtonRole.ActionRole, "save"),
            (discard, QMessageBox.ButtonRole.DestructiveRole, "discard"),
        ],
        icon=QMessageBox.Icon.Warning,
    )
    # closing the box some other way keeps the window: nothing is lost by an Escape
    if answer == "discard":
        controller.discard_waiting()
        return True
    if answer == "save" and save_to_file(parent, controller.waiting_records()):
        controller.discard_waiting()
        return True
    return False


def save_to_file(parent: QWidget | None, records: list[dict]) -> bool:
    title = translate("WaitingEdits", "Save the waiting edits")
    suggested = str(Path.home() / "intervisie.intervisie-edits.jsonl")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, FILE_FILTER)
    if not path:
        return False
    try:
        write_records(Path(path), records)
        remember(Path(path), "saved edits")  # erasing a person lists it if it is out of reach
    except OSError as exc:
        messages.warn(
            parent,
            title,
            translate(
                "WaitingEdits",
                "The edits could not be written to %1 (%2). They are still waiting here; choose "
                "another place.",
            )
            .replace("%1", path)
            .replace("%2", exc.strerror or str(exc)),
        )
        return False
    messages.tell(
        parent,
        title,
        translate(
            "WaitingEdits",
            "%1 edit(s) are in %2. Bring them back with File → Bring back saved edits… when the "
            "database can be written.",
        )
        .replace("%1", str(counted(records)))
        .replace("%2", path),
    )
    return True


def bring_back(parent: QWidget | None, store) -> bool:
    """File → Bring back saved edits…: apply a file saved by save_to_file. True when any was
    written (the views read again)."""
    title = translate("WaitingEdits", "Bring back saved edits")
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), FILE_FILTER)
    if not path:
        return False
    try:
        records = read_records(Path(path))
    except NotAnEditFile:
        messages.warn(
            parent,
            title,
            translate(
                "WaitingEdits", "%1 is not a file of saved edits. Nothing was changed."
            ).replace("%1", path),
        )
        return False
    written, refused, left = apply_records(store, records)
    if left:
        messages.warn(
            parent,
            title,
            translate(
                "WaitingEdits",
                "The database cannot be written at the moment: %1 of %2 edit(s) were saved, the "
                "other %3 stay in the file. Bring it back again when writing works.",
            )
            .replace("%1", str(written))
            .replace("%2", str(counted(records)))
            .replace("%3", str(counted(left))),
        )
        write_records(Path(path), left)  # what is in now leaves the file: never twice
    else:
        messages.tell(parent, title, _summary(written, refused))
    return written > 0


def _summary(written: int, refused: int) -> str:
    text = translate("WaitingEdits", "%1 edit(s) were saved.").replace("%1", str(written))
    if refused:
        text += " " + translate(
            "WaitingEdits",
            "%1 could not be applied any more (for example because the line "
            "was deleted meanwhile).",
        ).replace("%1", str(refused))
    return text


def offer_journal(parent: QWidget | None, store) -> bool:
    """At start: edits left waiting when the app stopped last time. True when any was written."""
    if getattr(store, "read_only", False):
        return False
    journal = Journal(database_name(store))
    records = journal.earlier
    if not records:
        return False
    title = translate("WaitingEdits", "Edits from last time")
    answer = choose(
        parent,
        title,
        translate(
            "WaitingEdits",
            "%1 edit(s) were waiting to be saved when Intervisie stopped last time. They were kept "
            "outside the database. Apply them now?",
        ).replace("%1", str(counted(records))),
        [
            (translate("WaitingEdits", "Apply them"), QMessageBox.ButtonRole.AcceptRole, "apply"),
            (
                translate("WaitingEdits", "Keep them for later"),
                QMessageBox.ButtonRole.RejectRole,
                "keep",
            ),
            (
                translate("WaitingEdits", "Discard them"),
                QMessageBox.ButtonRole.DestructiveRole,
                "discard",
            ),
        ],
        icon=QMessageBox.Icon.Question,
    )
    if answer == "keep":
        return False
    journal.earlier = []
    if answer == "discard":
        journal.write([])
        return False
    written, refused, left = apply_records(store, records)
    journal.write(left)
    if left:
        messages.warn(
            parent,
            title,
            translate(
                "WaitingEdits",
                "The database cannot be written yet: %1 edit(s) are still kept and offered at the "
                "next start.",
            ).replace("%1", str(counted(left))),
        )
    else:
        messages.tell(parent, title, _summary(written, refused))
    return written > 0


def offer_at_start(window) -> None:
    if window.store is not None and offer_journal(window, window.store):
        window.home.reload()


def bring_back_into(window) -> None:
    """File → Bring back saved edits…, then everything on screen is read again."""
    if window.store is None or window.read_only:
        return
    page = window.session_page
    if page is not None:
        page.flush()
    if not bring_back(window, window.store):
        return
    if page is None or window.stack.currentWidget() is not page:
        window.home.reload()
        return
    stage = page.current_stage()
    window.open_session(page.controller.session_id)
    if window.session_page is not None:
        window.session_page.go_to(stage)
