"""The File menu's data actions: export and import exchange files, backups, erasing a person.
Each says in plain words what happened, and that nothing was lost when something went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QListWidget,
    QListWidgetItem, QMessageBox, QVBoxLayout,
)

from app.services.errors import ServiceError
from app.ui import messages

FILTER = "Intervisie (*.intervisie)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataActions", text)


def export_community(parent, store, community_id: int, name: str, anonymise: bool) -> None:
    from app.services.exchange_export import export_community as export

    suggested = str(Path.home() / f"{name}.intervisie")
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export community"), suggested, FILTER)
    if not path:
        return
    try:
        result = export(store, community_id, Path(path), anonymise=anonymise)
    except (ServiceError, OSError) as exc:
        messages.warn(parent, _tr("Not exported"), _tr("The file could not be written: %1. "
                                                       "Nothing in the database changed.")
                      .replace("%1", str(exc)))
        return
    messages.tell(parent, _tr("Exported"), _tr("%1 session(s) written to %2.")
                  .replace("%1", str(result.sessions)).replace("%2", str(result.path)))


def import_file(parent, store) -> int | None:
    """Import an exchange file; returns the community id, or None."""
    from app.services.exchange_import import NeedsDecision, import_file as do_import
    from app.ui.safety_prompts import ask_merge_or_copy

    path, _ = QFileDialog.getOpenFileName(parent, _tr("Import"), str(Path.home()), FILTER)
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
            messages.warn(parent, _tr("Not imported"), str(exc))
            return None
    messages.tell(parent, _tr("Imported"), _tr("%1: %2 added, %3 updated, %4 kept as they were.")
                  .replace("%1", result.community_name).replace("%2", str(result.added))
                  .replace("%3", str(result.updated)).replace("%4", str(result.kept)))
    return result.community_id


class BackupList(QDialog):
    """The verified backups of the open database, newest first; restore one."""

    def __init__(self, db_path: Path, parent=None):
        from app.services.recovery import list_backups

        super().__init__(parent)
        self.setWindowTitle(_tr("Backups"))
        self.setAccessibleName(_tr("Backups"))
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Backups"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for b in list_backups(db_path):
            item = QListWidgetItem(f"{b.made_at:%d-%m-%Y %H:%M:%S}   {b.reason}   "
                                   f"{b.size // 1024} kB")
            item.setData(Qt.ItemDataRole.UserRole, b)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        restore = buttons.addButton(_tr("Restore this backup…"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Backups are made at start, every ten minutes while you "
                                    "work, before updates and imports, and on closing.")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def erase_person(parent, store) -> bool:
    from app.services.privacy import erase_person as erase

    name, ok = QInputDialog.getText(
        parent, _tr("Erase a person"),
        _tr("Full name of the person to erase from every session, action and backup:"))
    if not ok or not name.strip():
        return False
    answer = QMessageBox.question(
        parent, _tr("Erase a person"),
        _tr("Erase “%1” everywhere? This cannot be undone.").replace("%1", name.strip()))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        counts = erase(store, name.strip(), include_backups=True)
    except ServiceError as exc:
        messages.warn(parent, _tr("Erase a person"), str(exc))
        return False
    messages.tell(parent, _tr("Erase a person"),
                  _tr("Erased: %1 participation(s), %2 action owner(s), %3 partner entries, "
                      "%4 mention(s) in texts; %5 backup(s) rewritten.")
                  .replace("%1", str(counts.participants)).replace("%2", str(counts.owners))
                  .replace("%3", str(counts.partners)).replace("%4", str(counts.text_mentions))
                  .replace("%5", str(counts.backups)))
    return True
