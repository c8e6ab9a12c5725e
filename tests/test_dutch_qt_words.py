"""On a Dutch screen Qt's own dialogs speak Dutch too: the file dialog's labels (qtbase_nl
leaves "Look in:" and "Files of type:" in English; our translation fills them in)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from app.ui.common.i18n import install_language


def test_the_file_dialog_is_dutch(qtbot, tmp_path):
    install_language("nl")
    dialog = QFileDialog(None, "Verslag opslaan", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as on Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        labels = {w.objectName(): w.text().replace("&", "") for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "Zoeken in:"
        assert labels["fileTypeLabel"] == "Bestandstype:"
        assert labels["fileNameLabel"] == "Bestandsnaam:"
        english = {
            "Look in:",
            "Files of type:",
            "File name:",
            "Save",
            "Cancel",
            "Back",
            "Forward",
            "Parent Directory",
            "Create New Folder",
            "List View",
            "Detail View",
        }
        shown = set(labels.values()) | {
            t.replace("&", "")
            for b in dialog.findChildren(QAbstractButton)
            for t in (b.text(), b.toolTip())
            if t
        }
        assert not shown & english, shown & english
    finally:
        dialog.close()


def test_what_gives_way_on_the_audience_view_is_said_in_dutch(qapp):
    install_language("nl")
    tr = QCoreApplication.translate
    assert tr("Audience", "… %1 earlier") == "… %1 eerder"
    assert tr("Audience", "… %1 more") == "… nog %1"
