"""The whole guided session, end to end: a facilitator re-enters the source document's worked
example through the stages with keyboard and mouse, quits, starts the app again on the same file,
and finds every word, status, vote, link and date back — in the database and on screen — and
equal to the demo session that ships with the app."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from app.services import communities, demo, sessions, snapshot
from app.ui.shell.main_window import MainWindow
from app.ui.shell.startup import create_application
from app.ui.widgets import forms
from tests.facilitator import Facilitator


def _start(db) -> MainWindow:
    _app, settings = create_application()
    window = MainWindow(settings, str(db))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    window.open_database()
    return window


def _quit(window) -> None:
    window.close()
    window.shutdown()
    window.deleteLater()


def _accept_with(monkeypatch, cls, fill) -> None:
    def exec_(self):
        fill(self)
        self._try_accept()
        return QDialog.DialogCode.Accepted if self.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", exec_)


def content(store, session_id) -> dict:
    """What the group said, without local ids, uuids or times."""
    snap = snapshot.session_snapshot(store, session_id)
    obs_text = {o.id: o.text for o in snap.observations}
    s = snap.session
    return {
        "session": (s.title, s.held_on, s.location, s.facilitator, s.development_path, s.ambition),
        "participants": [(p.name, p.organisation, p.helix_role) for p in snap.participants],
        "elements": {k: (a.status, a.context_note) for k, a in snap.assessments.items()},
        "observations": [
            (o.element_key, o.position, o.text, o.status, o.complexity, o.transition)
            for o in snap.observations
        ],
        "focus": sorted(
            (f.element_key, f.text, f.votes, obs_text.get(f.observation_id))
            for f in snap.focus_points
        ),
        "themes": [t.theme_key for t in snap.themes],
        "steps": [x.text for x in snap.steps],
        "actions": [
            (
                a.title,
                a.description,
                a.owner,
                tuple(sorted(a.partners)),
                a.indicator,
                tuple(sorted(a.characteristics)),
            )
            for a in snap.actions
        ],
    }


@pytest.fixture
def worked_example():
    return demo.load_demo_file()


def test_reentering_the_worked_example_survives_a_restart_and_equals_the_demo(
    qtbot, tmp_path, monkeypatch, worked_example
):
    raw = worked_example
    db = tmp_path / "room.db"
    window = _start(db)
    qtbot.addWidget(window)
    qtbot.waitActive(window)
    c, s = raw["community"], raw["session"]
    actors = {a["name"]: a for a in raw["actors"]}

    # a new community and a new session, through their forms
    _accept_with(
        monkeypatch,
        forms.CommunityForm,
        lambda f: (
            f.name.setText(c["name"] + " (opnieuw)"),
            f.region.setText(c["region"]),
            f.description.setText(c["description"]),
        ),
    )
    window.new_community()
    cid = window.home.current_community_id()
    _accept_with(
        monkeypatch,
        forms.SessionForm,
        lambda f: (
            f.title_edit.setText(s["title"]),
            f.date_edit.set_date(s["held_on"]),
            f.continues.setCurrentIndex(0),
        ),
    )
    window.new_session(cid)
    sid = window.session_page.controller.session_id

    me = Facilitator(window)
    me.opening(
        s["location"],
        s["facilitator"],
        [(n, actors[n]["organisation"], actors[n]["helix_role"]) for n in s["participants"]],
    )
    me.stage("vertrekpunt")
    for el in s["elements"]:
        me.element(el["key"], el.get("status"), el.get("context", ""), el.get("observations", []))
    me.stage("focus")
    for el in s["elements"]:
        texts = [o["text"] for o in el.get("observations", [])]
        for f in el.get("focus", []):
            source = texts[f["from"] - 1] if "from" in f else None
            me.focus_point(el["key"], f["text"], source)
    me.vervolg(s["themes"], s["ambition"], s["steps"])
    for a in s["actions"]:
        me.action(a)
    me.closing("Vervolgsessie in het najaar.", date(2019, 10, 3), close=True)
    store = window.store
    assert sessions.get_session(store, sid).is_closed
    _quit(window)

    # the app again, on the same file
    window = _start(db)
    qtbot.addWidget(window)
    store = window.store
    demo_sid = next(
        x.id
        for x in reversed(sessions.list_sessions(store))  # the worked example
        if communities.get_community(store, x.community_id).is_demo
    )
    mine, shipped = content(store, sid), content(store, demo_sid)
    for part in shipped:
        assert mine[part] == shipped[part], part
    info = sessions.get_session(store, sid)
    assert (info.next_session_on, info.summary_note, info.state) == (
        date(2019, 10, 3),
        "Vervolgsessie in het najaar.",
        "closed",
    )

    # and on screen: the session opens where it was left, read-only, with its words
    window.open_session(sid)
    page = window.session_page
    assert page.current_stage() == "closing"
    me = Facilitator(window)
    vp = me.stage("vertrekpunt")
    vp.show_element("vraagstukken")
    shown = [
        vp.current_list.table.item(r, vp.current_list.text_column).text()
        for r in range(vp.current_list.table.rowCount())
    ]
    assert shown == [o["text"] for o in s["elements"][2]["observations"]]
    assert vp.current_list.entry.isReadOnly()
    focus_page = me.stage("focus")
    focus_page.show_element("visie-onderwijs")
    texts = {
        focus_page.focus_list.table.item(r, focus_page.focus_list.text_column).text()
        for r in range(focus_page.focus_list.table.rowCount())
    }
    assert "Systematiek voor LLO uitwerken" in texts
    assert "Groene Motor" in me.stage("vervolg").ambition.toPlainText()
    _quit(window)
