"""The File menu's data items on the main window: exporting and importing exchange files, the
backups, erasing a person and restoring the demo community (the dialogs themselves:
data_actions, erase_dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from app.ui.common import messages

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class DataMenu:
    """The data items of MainWindow, mixed into it: they use the window's store, home page and
    session page, and are translated in its context."""

    # -- data: exchange files, backups, privacy --------------------------------------------------
    def export_community(self, anonymise: bool) -> None:
        from app.ui.shell.data_actions import export_community

        cid = self.home.current_community_id()
        if self.store is None or cid is None:
            return
        if self.session_page is not None:
            self.session_page.flush()
        export_community(self, self.store, cid, self.home.heading.text(), anonymise)

    def import_file(self) -> None:
        from app.ui.shell.data_actions import import_file

        if self.store is None or self.read_only:
            return
        cid = import_file(self, self.store)
        if cid is not None:
            self.show_home()
            self.home.reload(select_community=cid)

    def show_backups(self) -> None:
        from app.services.errors import ServiceError
        from app.services.recovery import restore_backup
        from app.ui.shell.data_actions import BackupList

        if self.store is None or self.store.path is None:
            return
        dialog = BackupList(self.store.path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        backup = dialog.chosen()
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Restore a backup"),
            translate(
                "MainWindow",
                "Replace the database by the backup of %1? The database as it is now is "
                "kept as a backup first, so this can be undone.",
            ).replace("%1", f"{backup.made_at:%d-%m-%Y %H:%M}"),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.may_leave_session():
            return
        path = self.store.path
        self.show_home()
        self.shutdown()
        try:
            restore_backup(path, backup)
        except ServiceError as exc:  # its text says that nothing was replaced
            messages.warn(self, translate("MainWindow", "Restore a backup"), str(exc))
        self.open_database()

    def erase_person(self) -> None:
        from app.ui.shell.erase_dialog import erase_person

        if self.store is None or self.read_only:
            return
        if self.session_page is not None:
            self.show_home()
        if erase_person(self, self.store):
            self.home.reload()

    def restore_demo(self) -> None:
        from app.services.demo import restore_demo

        if self.store is None:
            return
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Restore the demo community"),
            translate(
                "MainWindow",
                "A fresh demo community Gebiedscoöperatie Westerkwartier is added, as it "
                "was delivered. An untouched demo is replaced by it; a demo your group worked "
                "in, or one that came from a file, is kept as it is, with the fresh one "
                "beside it. Other communities are not touched. Continue?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.session_page is not None:
            self.show_home()
        cid = restore_demo(self.store)
        self.home.reload(select_community=cid)
