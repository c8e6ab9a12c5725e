"""The room in a real browser: Debian's chromium, headless, driven by Playwright (its own browser
download is not reachable; the system's is used). A phone joins with the code, rates, proposes
and votes; the facilitator's window (offscreen) shows the spread, the tray and the counts."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import focus, sessions, vertrekpunt
from app.services import room as room_svc
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[-1].id)
    yield w
    if w.room.phones is not None:
        w.room.phones.shut()
    w.shutdown()


def _open_room(window, qtbot):
    window.session_page.go_to("vertrekpunt")
    window.room.phones_action.trigger()
    panel = window.room.phones
    panel.address.setCurrentText("127.0.0.1")
    panel.port.setValue(0)
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.server is not None and panel.server.host == "127.0.0.1"
    assert not panel.qr.pixmap().isNull()
    return panel


def test_a_phone_in_chromium_rates_proposes_and_votes(window, qtbot, browser):
    panel = _open_room(window, qtbot)
    room, store, sid = panel.room, window.store, window.session_page.controller.session_id
    phone = browser.new_page(viewport={"width": 390, "height": 844}, locale="nl-NL")
    phone.goto(panel.server.url)
    phone.fill("#code", "0000" if room.code != "0000" else "1111")
    phone.click("#join-button")
    phone.wait_for_selector("#notice:has-text('klopt niet')")
    qtbot.waitUntil(lambda: "1 wrong codes" in panel.refusals.text(), timeout=5000)
    phone.fill("#code", room.code)
    phone.click("#join-button")
    phone.wait_for_selector("#levels button")
    assert phone.inner_text("#element") == panel.page.model.element_label(room.element_key)
    qtbot.waitUntil(lambda: "1 joined" in panel.counts.text(), timeout=5000)

    phone.click("#levels button[data-level='3']")
    phone.wait_for_selector("#levels button[data-level='3'][aria-pressed='true']")
    qtbot.waitUntil(lambda: "1 answered" in panel.counts.text(), timeout=5000)
    assert phone.is_hidden("#spread")  # private until the facilitator reveals it
    panel.show_spread.setChecked(True)
    phone.wait_for_selector("#spread-list li")
    assert ": 1" in phone.inner_text("#spread-list")
    assert ": 1" in panel.spread.text()

    proposal = "Boeren én <b>scholen</b> praten mee"
    phone.fill("#proposal", proposal)
    phone.click("#propose-button")
    qtbot.waitUntil(lambda: panel.tray.list.count() == 1, timeout=5000)
    assert proposal in panel.tray.list.item(0).text()
    key = room.element_key
    assert proposal not in [o.text for o in vertrekpunt.list_observations(store, sid, key)]
    QTest.mouseClick(panel.tray.accept_button, Qt.MouseButton.LeftButton)
    assert proposal in [o.text for o in vertrekpunt.list_observations(store, sid, key)]
    assert panel.tray.list.count() == 0

    point = focus.add_focus_point(store, sid, key, "Samen <i>oogsten</i>")
    window.session_page.go_to("focus")
    qtbot.waitUntil(lambda: room.stage == "focus", timeout=5000)
    more = f"#points button[data-point='{point.id}']"
    phone.wait_for_selector(more)
    assert "Samen <i>oogsten</i>" in phone.inner_text("#points")  # shown as text
    phone.click(more)
    phone.click(more)
    phone.click("#send-dots")
    qtbot.waitUntil(lambda: room_svc.tally(store, sid, key).voters == 1, timeout=5000)
    qtbot.waitUntil(lambda: "1 answered" in panel.counts.text(), timeout=5000)
    assert phone.is_hidden("#points strong")  # revealed all at once, later
    panel.show_votes.setChecked(True)
    phone.wait_for_selector("#points strong:has-text('● 2')")
    qtbot.waitUntil(lambda: "Dots from the phones: 2" in panel.spread.text(), timeout=5000)
    assert "2 ● Samen <i>oogsten</i>" in panel.spread.text()

    panel.shut()  # the facilitator's question on Esc: tests/test_room_panel.py
    phone.wait_for_selector("#notice:has-text('gesloten')", timeout=5000)
