"""The import dialog of the app: a merge lists every conflict with both values; the suggested
export file name is made safe like a report's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.services.exchange_export import export_community
from app.services.exchange_import import import_file
from app.ui.shell import data_actions


def press_in_turn(labels: list[str], seen: list[tuple[str, str]]) -> None:
    """Press each label on the message boxes as they show, one after another."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not labels:
            if labels:
                QTimer.singleShot(10, press)
            return
        seen.append((box.text(), box.detailedText()))
        label = labels.pop(0)
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        if labels:
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)


def test_the_import_dialog_lists_the_conflicts_of_a_merge(
    qtbot, demo_store, demo_session_id, tmp_path, monkeypatch
):
    a = demo_store
    cid = sessions.get_session(a, demo_session_id).community_id
    b = open_database(str(tmp_path / "b.db"), with_demo=False)
    try:
        import_file(b, export_community(a, cid, tmp_path / "eerst").path)
        obs = vertrekpunt.list_observations(a, demo_session_id)[0]
        vertrekpunt.update_observation(a, obs.id, text="Zo zag A het")
        wanted = sessions.get_session(a, demo_session_id).uuid
        sid_b = next(s.id for s in sessions.list_sessions(b) if s.uuid == wanted)
        mine = next(o for o in vertrekpunt.list_observations(b, sid_b) if o.uuid == obs.uuid)
        vertrekpunt.update_observation(b, mine.id, text="Zo zag B het")
        second = export_community(a, cid, tmp_path / "tweede").path
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
        seen: list[tuple[str, str]] = []
        press_in_turn(["Merge", "OK"], seen)
        assert data_actions.import_file(None, b) == communities.list_communities(b)[0].id
        assert "already in this database" in seen[0][0]
        text, details = seen[1]
        assert "1 conflict(s)" in text
        assert "“Zo zag B het”" in text and "“Zo zag A het”" in text
        assert "Zo zag A het" in details
    finally:
        b.close()


def test_the_suggested_export_name_is_a_safe_file_name(qtbot, store, monkeypatch):
    c = communities.create_community(store, "Oost/West: ../<geheim>")
    asked = []

    def save_dialog(_parent, _title, suggested, _filter):
        asked.append(Path(suggested))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    data_actions.export_community(None, store, c.id, c.name, anonymise=False)
    assert asked[0].parent == Path.home()
    assert asked[0].name == "Oost_West_ ____geheim_.intervisie"
