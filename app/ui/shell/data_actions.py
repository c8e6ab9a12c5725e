"""The File menu's data actions: export and import exchange files, backups (erasing a person:
erase_dialog).
Each says in plain words what happened, and that nothing was lost when something went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app.services.errors import ServiceError
from app.ui.common import messages
from app.ui.common.file_names import safe_name

FILTER = "Intervisie (*.intervisie)"

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class DataWords(QObject):
    """Counted phrases with their plural forms (lupdate reads %n forms only from self.tr)."""

    def written(self, sessions: int, path: str) -> str:
        return self.tr("%n session(s) written to %1.", "", sessions).replace("%1", path)

    def conflicts(self, n: int) -> str:
        return self.tr(
            "%n conflict(s): changed here and in the file. Both versions are kept; "
            "the file's is marked [Conflict: versie uit het bestand …]:",
            "",
            n,
        )


def export_community(parent, store, community_id: int, name: str, anonymise: bool) -> None:
    from app.services.exchange_export import export_community as export

    suggested = str(Path.home() / f"{safe_name(name, 'community')}.intervisie")
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("DataActions", "Export community"), suggested, FILTER
    )
    if not path:
        return
    try:
        result = export(store, community_id, Path(path), anonymise=anonymise)
    except (ServiceError, OSError) as exc:
        messages.warn(
            parent,
            translate("DataActions", "Not exported"),
            translate(
                "DataActions", "The file could not be written: %1. Nothing in the database changed."
            ).replace("%1", str(exc)),
        )
        return
    messages.tell(
        parent,
        translate("DataActions", "Exported"),
        DataWords().written(result.sessions, str(result.path)),
    )


def import_file(parent, store) -> int | None:
    """Import an exchange file; returns the community id, or None."""
    from app.services.exchange_import import NeedsDecision
    from app.services.exchange_import import import_file as do_import
    from app.ui.shell.safety_prompts import ask_merge_or_copy

    path, _ = QFileDialog.getOpenFileName(
        parent, translate("DataActions", "Import"), str(Path.home()), FILTER
    )
    if not path:
        return None
    mode = "ask"
    while True:
        try:
            result = do_import(store, Path(path), on_existing=mode)
            break
        except NeedsDecision as decision:
            mode = ask_merge_or_copy(parent, decision)
            if mode is None:
                return None
        except ServiceError as exc:
            messages.warn(parent, translate("DataActions", "Not imported"), str(exc))
            return None
    _tell_imported(parent, result)
    return result.community_id


SHOWN_CONFLICTS = 10  # in the message itself; all of them under Show Details


def _tell_imported(parent, result) -> None:
    """What the import did, and every conflict of a merge with both values."""
    text = (
        translate("DataActions", "%1: %2 added, %3 updated, %4 deleted, %5 kept as they were.")
        .replace("%1", result.community_name)
        .replace("%2", str(result.added))
        .replace("%3", str(result.updated))
        .replace("%4", str(result.deleted))
        .replace("%5", str(result.kept))
    )
    lines = [f"• {c.describe()}" for c in result.conflicts]
    if lines:
        text += "\n\n" + DataWords().conflicts(len(lines))
        text += "\n" + "\n".join(lines[:SHOWN_CONFLICTS])
        if len(lines) > SHOWN_CONFLICTS:
            text += "\n" + translate("DataActions", "… and %1 more (Show Details).").replace(
                "%1", str(len(lines) - SHOWN_CONFLICTS)
            )
    title = translate("DataActions", "Imported")
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    if lines:
        box.setDetailedText("\n".join(lines))
    box.exec()


class BackupList(QDialog):
    """The verified backups of the open database, newest first; restore one."""

    def __init__(self, db_path: Path, parent=None):
        from app.services.recovery import list_backups

        super().__init__(parent)
        self.setWindowTitle(translate("DataActions", "Backups"))
        self.setAccessibleName(translate("DataActions", "Backups"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("DataActions", "Backups"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for b in list_backups(db_path):
            item = QListWidgetItem(
                f"{b.made_at:%d-%m-%Y %H:%M:%S}   {b.reason}   {b.size // 1024} kB"
            )
            item.setData(Qt.ItemDataRole.UserRole, b)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        restore = buttons.addButton(
            translate("DataActions", "Restore this backup…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        restore.setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "DataActions",
                    "Backups are made at start, every ten minutes while you "
                    "work, before updates and imports, and on closing.",
                )
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
