"""Qt's own words that its Dutch translation (qtbase_nl, loaded by app.ui.common.i18n) leaves in
English: the file dialog's "Look in:" and "Files of type:". Marked here so lupdate collects them
into our translation under Qt's own context; Qt asks every installed translator, so ours answers
where qtbase_nl has nothing. Nothing imports this module: it is read by lupdate only."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
