"""The facilitator's panel for the room (offscreen): off until opened, never on every address,
pause and remove a phone from the window, the counts follow, closing the panel closes the room."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import sessions
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow
from app.vocabulary.changes import Change
from tests.uitools import answer, seen


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[-1].id)
    w.session_page.go_to("vertrekpunt")
    yield w
    if w.room.phones is not None:
        w.room.phones.shut()
    w.shutdown()


def _panel(window):
    window.room.phones_action.trigger()
    panel = window.room.phones
    assert panel.server is None  # off until the facilitator opens it
    addresses = [panel.address.itemText(i) for i in range(panel.address.count())]
    assert "127.0.0.1" in addresses and "0.0.0.0" not in addresses
    panel.address.setCurrentText("127.0.0.1")
    panel.port.setValue(0)
    return panel


def test_pause_and_remove_from_the_window(window, qtbot):
    panel = _panel(window)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    room = panel.room
    a = httpx.Client(base_url=panel.server.url, timeout=10)
    b = httpx.Client(base_url=panel.server.url, timeout=10)
    for phone in (a, b):
        assert phone.post("join", json={"code": room.code}).status_code == 200
    qtbot.waitUntil(lambda: "2 joined" in panel.counts.text(), timeout=5000)
    assert room.code in panel.code.text()
    QTest.mouseClick(panel.pause, Qt.MouseButton.LeftButton)
    assert panel.pause.isChecked() and room.paused
    assert a.post("rate", json={"level": 2}).status_code == 409
    QTest.mouseClick(panel.pause, Qt.MouseButton.LeftButton)
    assert a.post("rate", json={"level": 2}).status_code == 200
    qtbot.waitUntil(lambda: "1 answered" in panel.counts.text(), timeout=5000)
    panel.devices.setCurrentRow(0)
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 joined · 0 answered" in panel.counts.text(), timeout=5000)
    assert a.get("state").status_code == 401  # the first phone is out, its rating gone
    assert b.get("state").status_code == 200
    url = panel.server.url
    answer("Close the room")  # closing the panel asks first while phones are in the room
    panel.close()
    assert seen and "1 phone" in seen[0]
    assert window.room.phones is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_wrong_codes_are_shown_to_the_facilitator(window, qtbot):
    panel = _panel(window)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    wrong = "0000" if panel.room.code != "0000" else "1111"
    stranger = httpx.Client(base_url=panel.server.url, timeout=10)
    for _ in range(3):
        assert stranger.post("join", json={"code": wrong}).status_code == 403
    qtbot.waitUntil(lambda: "3 wrong codes" in panel.refusals.text(), timeout=5000)
    # the invitation on the projector: QR code, address and code, Esc takes it down
    QTest.mouseClick(panel.on_projector, Qt.MouseButton.LeftButton)
    poster = panel.poster
    # the window system answers the full-screen request in its own time
    qtbot.waitUntil(lambda: poster.isVisible() and poster.isFullScreen(), timeout=5000)
    assert panel.room.code in poster.code.text() and poster.address.text() == panel.server.url
    assert not poster.qr.pixmap().isNull()
    QTest.keyClick(poster, Qt.Key.Key_Escape)
    assert not poster.isVisible() and not panel.on_projector.isChecked()
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)  # now: close the room
    assert panel.server is None and "closed" in panel.url.text()


def test_the_room_stays_open_across_a_language_switch_and_closes_with_the_session(window, qtbot):
    from app.services import sessions as sessions_svc

    panel = _panel(window)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    room, url = panel.room, panel.server.url
    phone = httpx.Client(base_url=url, timeout=10)
    assert phone.post("join", json={"code": room.code}).status_code == 200
    window.set_language("en")
    qtbot.wait(50)
    assert window.room.phones is panel and panel.server is not None
    assert panel.page is window.session_page
    window.session_page.go_to("focus")
    qtbot.waitUntil(lambda: room.stage == "focus", timeout=5000)
    assert phone.get("state").json()["stage"] == "focus"
    window.session_page.controller.write(
        sessions_svc.close_session, window.session_page.controller.session_id, what=Change.STATE
    )
    qtbot.waitUntil(lambda: panel.server is None, timeout=5000)
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_the_tray_accepts_edited_and_drops(window, qtbot):
    from app.services import vertrekpunt

    panel = _panel(window)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    room = panel.room
    phone = httpx.Client(base_url=panel.server.url, timeout=10)
    assert phone.post("join", json={"code": room.code}).status_code == 200
    for text in ("boeren missen", "niet relevant"):
        assert phone.post("propose", json={"text": text}).status_code == 200
    qtbot.waitUntil(lambda: panel.tray.list.count() == 2, timeout=5000)
    panel.tray.list.setCurrentRow(0)
    assert panel.tray.edit.text() == "boeren missen"
    panel.tray.edit.clear()
    QTest.keyClicks(panel.tray.edit, "Boeren missen aan tafel")
    QTest.keyClick(panel.tray.edit, Qt.Key.Key_Return)  # Enter accepts, as edited
    assert panel.tray.list.count() == 1
    QTest.mouseClick(panel.tray.drop_button, Qt.MouseButton.LeftButton)
    assert panel.tray.list.count() == 0
    texts = [
        o.text
        for o in vertrekpunt.list_observations(window.store, room.session_id, room.element_key)
    ]
    assert "Boeren missen aan tafel" in texts
    assert "boeren missen" not in texts and "niet relevant" not in texts


def test_closing_the_app_closes_the_room_first(window, qtbot):
    panel = _panel(window)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    url = panel.server.url
    window.shutdown()
    assert window.room.phones is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def _escape_on_the_question(key):
    """Press key on the question once it shows (the box is always closed, never left open)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    asked = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        asked.append(box.text())
        QTest.keyClick(box, key)
        if box.isVisible():  # the key did not answer: fail on what it said, never hang
            asked.append("still open")
            box.reject()

    QTimer.singleShot(0, press)
    return asked


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_escape_on_the_panel_asks_and_keeps_the_room_by_default(window, qtbot, key):
    panel = _panel(window)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    phone = httpx.Client(base_url=panel.server.url, timeout=10)
    assert phone.post("join", json={"code": panel.room.code}).status_code == 200
    qtbot.waitUntil(lambda: "1 joined" in panel.counts.text(), timeout=5000)
    asked = _escape_on_the_question(key)
    QTest.keyClick(panel, Qt.Key.Key_Escape)  # the facilitator's Esc on the panel
    assert asked and "1 phone" in asked[0] and "still open" not in asked
    # the safe answer (Esc or Enter on the question): the room stays open, the phone stays in
    assert panel.isVisible() and panel.server is not None and window.room.phones is panel
    assert phone.get("state").status_code == 200
    answer("Close the room")
    QTest.keyClick(panel, Qt.Key.Key_Escape)
    assert seen and "phone" in seen[0]
    assert window.room.phones is None


def test_escape_on_a_closed_room_closes_the_panel_without_asking(window):
    panel = _panel(window)
    QTest.keyClick(panel, Qt.Key.Key_Escape)
    assert window.room.phones is None and not panel.isVisible()
