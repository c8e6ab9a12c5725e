"""The questions the safety services leave to a person, in plain words: open read-only when
another copy of the app has the file, restore the newest backup of a damaged file or of one that
is missing, merge or keep both when an import is already here. `open_with_questions` is the
whole opening dance in one call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[tuple[str, QMessageBox.ButtonRole, object]],
    icon=None,
):
    """Show a question with the given buttons; returns the value of the one pressed (the last
    option's value when the box is closed otherwise)."""
    box = QMessageBox(
        icon or QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setAccessibleName(title)
    values = {}
    for label, role, value in options:
        values[box.addButton(label, role)] = value
    box.setDefaultButton(next(iter(values)))
    box.exec()
    return values.get(box.clickedButton(), options[-1][2])


def ask_read_only(parent: QWidget | None, failure) -> bool:
    """failure: bootstrap.FileInUse. True: open read-only."""
    who = (
        failure.holder.describe()
        if failure.holder
        else translate("SafetyPrompts", "another program")
    )
    text = translate(
        "SafetyPrompts",
        "This database is already open in Intervisie elsewhere (%1). To keep the two from "
        "overwriting each other's work, this window will not change it.\n\nYou can open "
        "it read-only to look, or close the other window first.",
    ).replace("%1", who)
    return choose(
        parent,
        translate("SafetyPrompts", "Database in use"),
        text,
        [
            (translate("SafetyPrompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole, True),
            (translate("SafetyPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole, False),
        ],
    )


def offer_restore(parent: QWidget | None, failure) -> bool:
    """failure: bootstrap.DamagedDatabase. Restores the offered backup when the user agrees;
    True when restored (open again)."""
    from app.services.errors import ServiceError
    from app.services.recovery import restore_backup

    kept = failure.kept_at.name if failure.kept_at else ""
    text = translate(
        "SafetyPrompts",
        "The database is damaged and cannot be opened safely. It has not been changed; a "
        "copy of it is kept as %1.",
    ).replace("%1", kept)
    if failure.backup is None:
        from app.ui.common.messages import warn

        warn(
            parent,
            translate("SafetyPrompts", "Damaged database"),
            text + "\n\n" + translate("SafetyPrompts", "There is no backup to restore from."),
        )
        return False
    when = failure.backup.made_at.strftime("%Y-%m-%d %H:%M")
    text += "\n\n" + translate(
        "SafetyPrompts",
        "The newest verified backup is from %1. Restoring it brings back "
        "everything saved up to then.",
    ).replace("%1", when)
    if not choose(
        parent,
        translate("SafetyPrompts", "Damaged database"),
        text,
        [
            (
                translate("SafetyPrompts", "Restore the backup"),
                QMessageBox.ButtonRole.AcceptRole,
                True,
            ),
            (translate("SafetyPrompts", "Not now"), QMessageBox.ButtonRole.RejectRole, False),
        ],
        QMessageBox.Icon.Warning,
    ):
        return False
    try:
        restore_backup(failure.path, failure.backup)
    except ServiceError as exc:
        from app.ui.common.messages import warn

        warn(parent, translate("SafetyPrompts", "Damaged database"), str(exc))
        return False
    return True


def offer_lost(parent: QWidget | None, failure) -> str | None:
    """failure: bootstrap.DatabaseMissing with backups. 'restored' (open again), 'empty' (the
    user chose to start with an empty database) or None (do nothing)."""
    from app.services.errors import ServiceError
    from app.services.recovery import restore_backup

    title = translate("SafetyPrompts", "The database is missing")
    text = translate(
        "SafetyPrompts",
        "The database file %1 is missing or empty, but its backups show that it held the "
        "group's work. Nothing has been created or changed.",
    ).replace("%1", str(failure.path))
    options = []
    if failure.backup is not None:
        text += "\n\n" + translate(
            "SafetyPrompts",
            "The newest verified backup is from %1 and holds %2 communities and %3 sessions. "
            "Restoring it brings back everything saved up to then.",
        ).replace("%1", failure.backup.made_at.strftime("%Y-%m-%d %H:%M")).replace(
            "%2", str(failure.contents[0])
        ).replace("%3", str(failure.contents[1]))
        options.append(
            (
                translate("SafetyPrompts", "Restore the backup"),
                QMessageBox.ButtonRole.AcceptRole,
                "restore",
            )
        )
    else:
        text += "\n\n" + translate(
            "SafetyPrompts", "None of its backups passes the integrity check; they are kept."
        )
    options += [
        (
            translate("SafetyPrompts", "Start with an empty database"),
            QMessageBox.ButtonRole.DestructiveRole,
            "empty",
        ),
        (translate("SafetyPrompts", "Not now"), QMessageBox.ButtonRole.RejectRole, None),
    ]
    choice = choose(parent, title, text, options, QMessageBox.Icon.Warning)
    if choice != "restore":
        return choice
    try:
        restore_backup(failure.path, failure.backup)
    except ServiceError as exc:
        from app.ui.common.messages import warn

        warn(parent, title, str(exc))
        return None
    return "restored"


def ask_merge_or_copy(parent: QWidget | None, decision) -> str | None:
    """decision: exchange_import.NeedsDecision. 'merge', 'copy' or None (do nothing)."""
    text = translate(
        "SafetyPrompts",
        "“%1” is already in this database. Merge the file into it (what changed on one side "
        "is taken; what changed on both sides is kept twice and listed), or keep both as "
        "separate communities?",
    ).replace("%1", decision.community_name)
    return choose(
        parent,
        translate("SafetyPrompts", "Already here"),
        text,
        [
            (translate("SafetyPrompts", "Merge"), QMessageBox.ButtonRole.AcceptRole, "merge"),
            (translate("SafetyPrompts", "Keep both"), QMessageBox.ButtonRole.ActionRole, "copy"),
            (translate("SafetyPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole, None),
        ],
    )


def open_with_questions(parent: QWidget | None, target: str):
    """open_database, asking what to do when the file is in use elsewhere, damaged, or missing
    beside backups of the group's work. Returns the Store, or None when the user chose not to go
    on. Other OpenFailures propagate."""
    from app.services.bootstrap import DamagedDatabase, DatabaseMissing, FileInUse, open_database

    for _attempt in range(2):  # at most one restore, then one more try
        try:
            return open_database(target)
        except FileInUse as failure:
            if not ask_read_only(parent, failure):
                return None
            return open_database(target, read_only=True)
        except DamagedDatabase as failure:
            if not offer_restore(parent, failure):
                return None
        except DatabaseMissing as failure:
            choice = offer_lost(parent, failure)
            if choice is None:
                return None
            if choice == "empty":
                return open_database(target, start_empty=True)
    return open_database(target)
