"""Each edit carries the version of the row it was based on (app.vocabulary.based_on). Before,
a per-store "seen" cache decided, and any read of the row by the window (the canvas's hover,
another list) made a colleague's save count as seen: the stale edit then overwrote it silently.
Two stores on one database play two laptops; every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.services import communities, sessions, vertrekpunt, vervolg
from app.services.bootstrap import open_database
from app.services.errors import ConcurrentEdit
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change
from tests.uitools import type_text

pytestmark = pytest.mark.both_databases


@pytest.fixture
def laptops(database_url):
    a = open_database(database_url, with_demo=False)
    b = open_database(database_url, with_demo=False)
    c = communities.create_community(a, "Werkplaats Helpman")
    sid = sessions.create_session(a, c.id, "Sessie", date(2026, 3, 12)).id
    yield a, b, sid
    b.close()
    a.close()


def _text(store, sid, element="monitoring") -> list[str]:
    return [o.text for o in vertrekpunt.list_observations(store, sid, element)]


def test_a_stale_edit_is_refused_even_after_the_window_read_the_row_again(qtbot, laptops, tmp_path):
    a, b, sid = laptops
    oid = vertrekpunt.add_observation(a, sid, "monitoring", "Begin").id
    page = SessionPage(a, sid, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("monitoring")
    lst = vp.current_list
    assert [lst.table.item(0, lst.text_column).text()] == ["Begin"]
    # laptop B saves the same observation; laptop A's window reads the row again elsewhere
    vertrekpunt.update_observation(b, oid, text="Versie van B")
    page.canvas._provider("monitoring")  # the canvas's hover reads the element's observations
    problems: list[str] = []
    page.controller.problem.connect(problems.append)
    # A types on the line as it shows it ("Begin"): an edit based on the old version
    lst.table.setFocus()
    lst.table.selectRow(0)
    QTest.keyClick(lst.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "Versie van A")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    page.controller.flush()
    assert _text(a, sid) == ["Versie van B"]  # B's save stands
    assert problems and "Versie van B" in problems[-1]  # and A is shown it
    assert page.controller.pending == 0  # refused, not waiting to overwrite later
    page.close()


def test_the_second_writer_is_told_and_saving_again_replaces_on_purpose(qapp, laptops):
    from app.ui.session.controller import SessionController

    a, b, sid = laptops
    shown_b = vertrekpunt.add_observation(a, sid, "monitoring", "Begin")  # both screens show it
    vertrekpunt.update_observation(a, shown_b.id, text="Versie van A", based_on=based_on(shown_b))
    vertrekpunt.list_observations(b, sid)  # a read by B changes nothing any more
    controller = SessionController(b, sid)
    first = controller.write(
        vertrekpunt.update_observation, shown_b.id, text="Versie van B", based_on=based_on(shown_b)
    )
    assert first.refused and isinstance(first.error, ConcurrentEdit)
    assert first.error.current == "Versie van A" and "Versie van A" in first.refusal
    assert _text(b, sid) == ["Versie van A"]
    # B has now seen A's text: the same edit again (its screen's base) replaces it on purpose
    again = controller.write(
        vertrekpunt.update_observation, shown_b.id, text="Versie van B", based_on=based_on(shown_b)
    )
    assert again.saved and _text(a, sid) == ["Versie van B"]


def test_typing_on_after_ones_own_save_is_not_a_conflict(qapp, laptops):
    from app.ui.session.controller import SessionController

    a, _b, sid = laptops
    step = vervolg.add_step(a, sid, "Stap")
    controller = SessionController(a, sid)
    for text in ("Stap 1", "Stap 1 en 2", "Stap 1, 2 en 3"):  # the screen's base stays the first
        assert controller.write(
            vervolg.update_step, step.id, text=text, based_on=based_on(step)
        ).saved
    assert [s.text for s in vervolg.list_steps(a, sid)] == ["Stap 1, 2 en 3"]


def test_a_change_to_another_field_of_the_row_is_no_conflict(laptops):
    a, b, sid = laptops
    shown = vertrekpunt.add_observation(a, sid, "monitoring", "Begin")
    vertrekpunt.update_observation(
        a, shown.id, text="Aangescherpt door A", based_on=based_on(shown)
    )
    vertrekpunt.update_observation(b, shown.id, status=4, based_on=based_on(shown))
    got = vertrekpunt.list_observations(a, sid)[0]
    assert (got.text, got.status) == ("Aangescherpt door A", 4)


def test_two_kept_edits_of_one_text_are_both_applied_at_the_next_start(qapp, laptops):
    """Edits kept outside the database (the journal) carry the base they began from; replayed in
    order, the second is based on the first's save, not refused as someone else's change."""
    from app.ui.session.waiting_journal import apply_records, record

    a, _b, sid = laptops
    step = vervolg.add_step(a, sid, "Stap")
    shown = based_on(step)
    kept = [
        record(
            vervolg.update_step,
            [step.id],
            {"text": text, "based_on": shown},
            Change.STEPS_TEXT,
            "groep",
        )
        for text in ("Stap 1", "Stap 1 en 2")
    ]
    assert apply_records(a, kept) == (2, 0, [])
    assert [s.text for s in vervolg.list_steps(a, sid)] == ["Stap 1 en 2"]


def test_a_path_reason_kept_by_an_older_version_is_applied_after_the_update(qapp, laptops):
    """The development path's parameters were renamed after the field names; a journal written
    by the version before (`reason=`) still applies, not refused as an unknown argument."""
    from app.ui.session.waiting_journal import apply_records

    a, _b, sid = laptops
    kept = {
        "format": "intervisie-waiting-edits",
        "database": "groep",
        "call": "app.services.focus:set_development_path",
        "args": [sid, "enkelvoudig-uitbouwen"],
        "kwargs": {"reason": "Zo leren we het snelst"},
        "what": Change.PATH.value,
    }
    assert apply_records(a, [kept]) == (1, 0, [])
    got = sessions.get_session(a, sid)
    assert (got.development_path, got.development_path_reason) == (
        "enkelvoudig-uitbouwen",
        "Zo leren we het snelst",
    )
