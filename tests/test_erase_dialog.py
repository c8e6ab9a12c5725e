"""File → Erase a person…: the name typed, every mention shown in context with a tick box (the
full name ticked, a surname or first name alone not), the facilitator's choice erased."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.ui.common.i18n import reset_language
from app.ui.shell.erase_dialog import EraseDialog
from tests.uitools import type_text

NAME = "Zoë Geheimnaam"


def _when_modal(kind, act, done: list) -> None:
    """Run act(widget) as soon as a modal window of this kind is up (the app waits in exec)."""

    def poll():
        w = QApplication.activeModalWidget()
        if isinstance(w, kind):
            done.append(kind.__name__)
            act(w)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_facilitator_ticks_which_mentions_go(qtbot, tmp_path):
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.startup import create_application

    db = tmp_path / "x.db"
    store = open_database(str(db), with_demo=False)
    c = communities.create_community(store, "Dorp")
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator=NAME)
    vertrekpunt.add_observation(
        store, s.id, "monitoring", "Geheimnaams voorstel; Zoë van de bakker; Zoe geheimnaam belde"
    )
    store.close()
    _app, settings = create_application()
    reset_language()  # the English source texts (the app starts in Dutch)
    window = MainWindow(settings, str(db))
    qtbot.addWidget(window)
    window.open_database()
    seen: list = []
    shown: dict = {}

    def give_name(dialog):
        edit = dialog.findChild(QLineEdit)
        type_text(edit, NAME)  # one character at a time: ë is not ASCII
        _when_modal(EraseDialog, choose, seen)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    def choose(dialog):
        shown["labels"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        shown["ticked"] = [x.written for x in dialog.chosen()]
        surname = next(i for i, x in enumerate(dialog.mentions) if x.kind == "surname")
        dialog.list.setFocus()
        dialog.list.setCurrentRow(surname)
        QTest.keyClick(dialog.list, Qt.Key.Key_Space)  # tick it from the keyboard
        _when_modal(QMessageBox, lambda box: box.accept(), seen)
        dialog.erase.click()

    _when_modal(QInputDialog, give_name, seen)
    window.erase_person()
    assert seen == ["QInputDialog", "EraseDialog", "QMessageBox"]
    assert sorted(shown["ticked"]) == ["Zoe geheimnaam", NAME]  # the full name, however typed
    assert any("surname only" in t and "»Geheimnaams« voorstel" in t for t in shown["labels"])
    assert any("first name only" in t and "»Zoë« van de bakker" in t for t in shown["labels"])
    assert any(t.startswith("full name · facilitator") for t in shown["labels"])
    text = vertrekpunt.list_observations(window.store, s.id)[0].text
    assert text == "[verwijderd] voorstel; Zoë van de bakker; [verwijderd] belde"
    assert sessions.get_session(window.store, s.id).facilitator == ""
    window.shutdown()
