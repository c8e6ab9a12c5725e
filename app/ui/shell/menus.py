"""The main window's menus, built anew when the language changes. Their words keep the main
window's translation context; mnemonics are chosen per menu in the language shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.ui.common import mnemonics, shortcuts
from app.ui.common.settings import HIGH_CONTRAST, LANGUAGE
from app.ui.shell import waiting_edits_prompt

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _action(window, menu, text: str, slot, shortcut=None, checkable=False) -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.setCheckable(checkable)
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def open_model_editor(window) -> None:
    """Its own window beside the main one (not modal): a facilitator may look something up."""
    from app.ui.community.model_editor.window import ModelEditor

    editor = getattr(window, "model_editor", None)
    if editor is None or not editor.isVisible():
        editor = window.model_editor = ModelEditor(window.store, window)
    editor.show()
    editor.raise_()
    editor.activateWindow()


def build_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    _action(
        window,
        file_menu,
        translate("MainWindow", "New community…"),
        window.new_community,
        shortcuts.NEW_COMMUNITY,
    )
    _action(
        window,
        file_menu,
        translate("MainWindow", "New session…"),
        window.new_session_of_selected,
        shortcuts.NEW_SESSION,
    )
    _action(
        window,
        file_menu,
        translate("MainWindow", "Communities and sessions"),
        window.show_home,
        shortcuts.HOME,
    )
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        translate("MainWindow", "Export community…"),
        lambda: window.export_community(False),
    )
    _action(
        window,
        file_menu,
        translate("MainWindow", "Export community, anonymised…"),
        lambda: window.export_community(True),
    )
    _action(window, file_menu, translate("MainWindow", "Import…"), window.import_file)
    file_menu.addSeparator()
    _action(window, file_menu, translate("MainWindow", "Backups…"), window.show_backups)
    _action(
        window,
        file_menu,
        translate("MainWindow", "Bring back saved edits…"),
        lambda: waiting_edits_prompt.bring_back_into(window),
    )
    _action(window, file_menu, translate("MainWindow", "Erase a person…"), window.erase_person)
    _action(
        window,
        file_menu,
        translate("MainWindow", "Restore the demo community"),
        window.restore_demo,
    )
    file_menu.addSeparator()
    _action(window, file_menu, translate("MainWindow", "Quit"), window.close, shortcuts.QUIT)
    community = bar.addMenu(translate("MainWindow", "&Community"))
    for kind, text in (
        ("timeline", translate("MainWindow", "Timeline")),
        ("compare", translate("MainWindow", "Compare sessions")),
        ("actors", translate("MainWindow", "Actors and knowledge")),
        ("groenpact", translate("MainWindow", "GroenPact matrix")),
    ):
        _action(window, community, text, lambda _c=False, k=kind: window.open_community_view(k))
    community.addSeparator()
    _action(
        window,
        community,
        translate("MainWindow", "Model…"),
        lambda _c=False: open_model_editor(window),
        shortcuts.MODEL_EDITOR,
    )
    window.session_menu = bar.addMenu(translate("MainWindow", "&Session"))
    window.session_menu.setEnabled(False)
    view = bar.addMenu(translate("MainWindow", "&View"))
    _action(
        window,
        view,
        translate("MainWindow", "Larger text"),
        lambda: window.zoom(+1),
        QKeySequence.StandardKey.ZoomIn,
    )
    _action(
        window,
        view,
        translate("MainWindow", "Smaller text"),
        lambda: window.zoom(-1),
        QKeySequence.StandardKey.ZoomOut,
    )
    # no Ctrl+0 here: in a list Ctrl+0 sets a line's status to "not assessed"
    _action(window, view, translate("MainWindow", "Normal text size"), lambda: window.zoom(0))
    window.contrast_action = _action(
        window,
        view,
        translate("MainWindow", "High contrast (projector)"),
        window.toggle_contrast,
        checkable=True,
    )
    window.contrast_action.setChecked(window.settings.get(HIGH_CONTRAST))
    language = view.addMenu(translate("MainWindow", "Language"))
    for code, name in (("nl", "Nederlands"), ("en", "English")):
        act = _action(
            window, language, name, lambda _c=False, c=code: window.set_language(c), checkable=True
        )
        act.setChecked(window.settings.get(LANGUAGE) == code)
    window.room.fill_menu(view)
    window.view_menu = view
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    _action(
        window,
        help_menu,
        translate("MainWindow", "Keyboard shortcuts"),
        window.show_shortcuts,
        shortcuts.HELP,
    )
    _action(window, help_menu, translate("MainWindow", "About Intervisie"), window.show_about)
    for menu in (file_menu, community, view, help_menu):
        mnemonics.assign(menu)
