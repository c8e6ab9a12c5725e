"""The action list as a spreadsheet for the owners: XLSX and CSV from the command line and the
Session menu, read back as a spreadsheet program reads them; the group's text is never a formula."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMenu

from app.main import main
from app.reports.actions_sheet import header
from app.services import aanpak
from app.services.action_list import action_list
from app.services.bootstrap import open_database

HOSTILE = {
    "title": '=HYPERLINK("http://x.example","klik")',
    "owner": "+31 6 1234 5678",
    "indicator": "-20% CO2",
    "description": "@SUM(A1:A9)",
}


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.db"
    open_database(str(path)).close()
    return str(path)


def _with_hostile_action(database: str, session_id: int = 1) -> None:
    store = open_database(database)
    try:
        a = aanpak.add_action(store, session_id, HOSTILE["title"])
        aanpak.update_action(
            store,
            a.id,
            owner=HOSTILE["owner"],
            indicator=HOSTILE["indicator"],
            description=HOSTILE["description"],
        )
    finally:
        store.close()


def _cells(path):
    sheet = load_workbook(path).active
    return sheet, [[c for c in row] for row in sheet.iter_rows()]


def _csv_rows(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the ö right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_the_session_list_as_xlsx_has_every_action_and_what_it_serves(demo_file, tmp_path, capsys):
    out = tmp_path / "acties.xlsx"
    assert main(["actions", "--session", "1", "--out", str(out), "--database", demo_file]) == 0
    assert f"written: {out} (1 action)" in capsys.readouterr().out
    sheet, rows = _cells(out)
    assert [c.value for c in rows[0]] == header("nl")
    assert all(c.font.bold for c in rows[0])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:M{len(rows)}"
    assert sheet.column_dimensions["C"].width == 36
    store = open_database(demo_file)
    try:
        want = aanpak.list_actions(store, 1)
        listed = action_list(store, session_id=1)
    finally:
        store.close()
    values = [[c.value for c in row] for row in rows[1:]]
    assert [v[2] for v in values] == [a.title for a in want]
    first, entry = values[0], listed.entries[0]
    assert first[4] == "Gebiedscoöperatie Westerkwartier"
    assert first[5] == "; ".join(want[0].partners) and "Terra MBO" in first[5]
    assert first[8] == "Open" and first[9] == want[0].indicator
    assert first[10] == "\n".join(entry.focus_points) if entry.focus_points else first[10] is None
    assert "Doorgezet" in first[12]  # what the next session said of it


def test_text_that_looks_like_a_formula_stays_text_in_xlsx_and_csv(demo_file, tmp_path):
    _with_hostile_action(demo_file)
    xlsx, csv_out = tmp_path / "a.xlsx", tmp_path / "a.csv"
    for out in (xlsx, csv_out):
        assert main(["actions", "--session", "1", "--out", str(out), "--database", demo_file]) == 0
    _sheet, rows = _cells(xlsx)
    assert not [c.coordinate for row in rows for c in row if c.data_type == "f"]
    row = next(r for r in rows if r[2].value == HOSTILE["title"])
    for column, key in ((2, "title"), (3, "description"), (4, "owner"), (9, "indicator")):
        assert row[column].value == HOSTILE[key] and row[column].data_type == "s"
    assert "<f>" not in _sheet_xml(xlsx)
    lines = _csv_rows(csv_out)
    assert lines[0] == header("nl")
    hostile = next(r for r in lines if r[2].endswith(HOSTILE["title"]))
    assert hostile[2] == "'" + HOSTILE["title"] and hostile[4] == "'" + HOSTILE["owner"]
    assert hostile[9] == "'" + HOSTILE["indicator"] and hostile[3] == "'" + HOSTILE["description"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in lines for cell in r)


def _sheet_xml(path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_a_communitys_open_actions_leave_out_what_is_done_or_closed(demo_file, tmp_path):
    store = open_database(demo_file)
    try:
        every = action_list(store, community_id=1)
        still = action_list(store, community_id=1, open_only=True)
        later = every.entries[-1].action
        aanpak.update_action(store, later.id, status="gereed")
        after = action_list(store, community_id=1, open_only=True)
    finally:
        store.close()
    assert [e.session.held_on for e in every.entries] == sorted(
        e.session.held_on for e in every.entries
    )
    assert all(e.action.status in ("open", "bezig") for e in still.entries)
    assert later.id in {e.action.id for e in still.entries}
    assert later.id not in {e.action.id for e in after.entries}
    out = tmp_path / "open.csv"
    assert (
        main(
            [
                "actions",
                "--community",
                "1",
                "--open",
                "--out",
                str(out),
                "--lang",
                "en",
                "--database",
                demo_file,
            ]
        )
        == 0
    )
    lines = _csv_rows(out)
    assert lines[0] == header("en") and lines[0][2] == "Action"
    assert [r[2] for r in lines[1:]] == [e.action.title for e in after.entries]


def test_wrong_scope_or_file_name_is_explained(demo_file, tmp_path, capsys):
    assert (
        main(
            [
                "actions",
                "--session",
                "9",
                "--out",
                str(tmp_path / "a.xlsx"),
                "--database",
                demo_file,
            ]
        )
        == 1
    )
    assert "there is no session 9" in capsys.readouterr().err
    assert (
        main(
            [
                "actions",
                "--community",
                "9",
                "--out",
                str(tmp_path / "a.csv"),
                "--database",
                demo_file,
            ]
        )
        == 1
    )
    assert "there is no community 9" in capsys.readouterr().err
    assert (
        main(
            ["actions", "--session", "1", "--out", str(tmp_path / "a.ods"), "--database", demo_file]
        )
        == 1
    )
    assert "--out must end in .xlsx or .csv" in capsys.readouterr().err
    assert not list(tmp_path.glob("a.*"))


def test_export_action_list_from_the_session_menu(
    qtbot, demo_store, demo_session_id, tmp_path, monkeypatch
):
    from app.ui.common.settings import Settings
    from app.ui.shell.session_page import SessionPage

    page = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    out = tmp_path / "acties"  # no extension typed: the chosen filter decides
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV for Excel (*.csv)")
    )
    menu = QMenu()
    page.fill_menu(menu)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Export action list…")
    action.trigger()
    lines = _csv_rows(tmp_path / "acties.csv")
    titles = [a.title for a in aanpak.list_actions(demo_store, demo_session_id)]
    assert [r[2] for r in lines[1:]] == titles


def test_an_unwritable_file_from_the_menu_is_a_plain_message(
    qtbot, demo_store, demo_session_id, tmp_path, monkeypatch
):
    from app.ui.common import messages
    from app.ui.common.settings import Settings
    from app.ui.shell.session_page import SessionPage

    page = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    out = tmp_path / "no-such-folder" / "acties.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, _title, text: told.append(text))
    menu = QMenu()
    page.fill_menu(menu)
    next(a for a in menu.actions() if a.text().replace("&", "") == "Export action list…").trigger()
    assert len(told) == 1 and str(out) in told[0]
    assert "Nothing in the session was changed" in told[0]
    assert not out.parent.exists()
