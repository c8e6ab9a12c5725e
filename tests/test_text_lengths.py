"""Every text has one declared length (app.models.limits), and every layer keeps to it: the
columns, the services' check before the database sees a text (on SQLite as on PostgreSQL), the
exchange file's schema and the input fields. A text too long is refused with a plain message
that names the field and the limit; it is never dropped without a word, and the text stays on
screen. The database's own refusals come out as the services' errors, not as a crash."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import String, Text, insert, select

from app import models as m
from app.models.limits import LIMITS, TooLong
from app.resources import resources_dir
from app.services import aanpak, communities, exchange_schema, focus, sessions, vertrekpunt
from app.services.errors import NotStored, ServiceError, TextTooLong
from app.vocabulary.changes import Change, Outcome


# ---- one table for every layer ------------------------------------------------------------------
def test_every_text_column_has_its_declared_length():
    for table in m.Base.metadata.sorted_tables:
        for column in table.c:
            if not isinstance(column.type, (String, Text)) or column.name == "uuid":
                continue
            if table.name == "counted_vote" or column.name == "base":
                continue  # tokens made by the app; a take-out's JSON, written by the app
            declared = LIMITS.get(table.name, {}).get(column.name)
            assert declared is not None, f"{table.name}.{column.name} has no declared length"
            if type(column.type) is String:
                assert column.type.length == declared, f"{table.name}.{column.name}"


def test_the_exchange_schema_says_the_declared_lengths():
    with open(resources_dir() / "exchange" / "exchange.schema.json", encoding="utf-8") as fh:
        shipped = json.load(fh)
    assert shipped == exchange_schema.schema()  # the file shipped tells the truth
    props = shipped["$defs"]["participant"]["properties"]
    assert props["name"]["maxLength"] == LIMITS["participant"]["name"] == 300
    assert props["role_in_session"]["maxLength"] == 120
    assert shipped["$defs"]["action"]["properties"]["title"]["maxLength"] == 500


# ---- the services refuse, on both databases ----------------------------------------------------
@pytest.fixture
def sid(store):
    c = communities.create_community(store, "Gebiedscoöperatie Westerkwartier")
    return sessions.create_session(store, c.id, "Sessie 1", date(2026, 3, 12)).id


@pytest.mark.both_databases
def test_a_name_a_role_and_a_title_too_long_are_refused_plainly(store, sid):
    with pytest.raises(TextTooLong) as told:
        sessions.add_participant(store, sid, "Anna " + "x" * 300)
    assert told.value.field == "participant name" and told.value.limit == 300
    assert "at most 300" in str(told.value) and "still on your screen" in str(told.value)
    assert isinstance(told.value, ServiceError) and isinstance(told.value, TooLong)
    p = sessions.add_participant(store, sid, "Anna")
    with pytest.raises(TextTooLong, match="participant role in session"):
        sessions.update_participant(store, p.id, role_in_session="r" * 121)
    with pytest.raises(TextTooLong, match="at most 500"):
        aanpak.add_action(store, sid, "t" * 501)
    # nothing of it was stored, and what was stored before stands
    assert [(x.name, x.role_in_session) for x in sessions.list_participants(store, sid)] == [
        ("Anna", "")
    ]
    assert aanpak.list_actions(store, sid) == []
    # exactly at the limit is fine, emoji count as one character each
    sessions.update_participant(store, p.id, name="🌱" * 300, role_in_session="r" * 120)
    assert sessions.list_participants(store, sid)[0].name == "🌱" * 300


@pytest.mark.both_databases
def test_an_old_text_longer_than_its_field_does_not_block_other_edits(store, sid):
    with store.transaction() as db:  # stored before there were limits
        db.execute(
            insert(m.Observation).values(
                session_id=sid, element_key="visie-regio", text="x" * 100_001, position=0
            )
        )
        oid = db.scalar(select(m.Observation.id))
    vertrekpunt.update_observation(store, oid, status=3)
    assert vertrekpunt.list_observations(store, sid)[0].status == 3


@pytest.mark.both_databases
def test_a_value_the_database_refuses_is_a_plain_error(store, sid, backend):
    point = focus.add_focus_point(store, sid, "visie-regio", "Versnellen")
    if backend == "sqlite":
        pytest.skip("SQLite stores any integer; PostgreSQL's integer has a range")
    with pytest.raises(NotStored, match="Nothing was saved"):
        focus.update_focus_point(store, point.id, votes=2**40)
    assert focus.list_focus_points(store, sid)[0].votes == 0


@pytest.mark.both_databases
def test_the_session_window_says_why_and_keeps_the_text(store, sid, qapp):
    from app.ui.session.controller import SessionController

    controller = SessionController(store, sid)
    problems: list[str] = []
    controller.problem.connect(problems.append)
    written = controller.write(sessions.add_participant, sid, "N" * 301, what=Change.PARTICIPANTS)
    assert written.outcome is Outcome.REFUSED and written.value is None
    assert problems and "participant name is too long" in problems[0]
    assert controller.pending == 0  # refused, not waiting for ever
    assert sessions.list_participants(store, sid) == []


# ---- the input fields ---------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, store, sid, tmp_path):
    from app.ui.common.settings import Settings
    from app.ui.shell.session_page import SessionPage

    p = SessionPage(store, sid, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def _count_label(widget):
    from PySide6.QtWidgets import QLabel

    return widget.findChild(QLabel, "textCount")


def test_a_paste_longer_than_a_name_says_the_rest_did_not_fit(page, qtbot):
    page.go_to("opening")
    entry = page.page_by_key["opening"].participants.list.entry
    entry.setFocus()
    QGuiApplication.clipboard().setText("Anna " + "x" * 400)
    entry.paste()
    assert len(entry.text()) == 300
    label = _count_label(entry)
    assert label.isVisible() and "the rest did not fit" in label.text()
    assert "300" in label.text()


def test_a_long_observation_paste_is_kept_whole_and_counted_near_the_limit(page, qtbot, store, sid):
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    entry = vp.current_list.entry
    entry.setFocus()
    QGuiApplication.clipboard().setText("z" * 10_000)
    entry.paste()
    assert entry.text() == "z" * 10_000  # nothing cut
    assert not _count_label(entry).isVisible()  # far from the limit: no count in the way
    entry.setText("z" * 95_000)
    assert _count_label(entry).isVisible() and "95,000 / 100,000" in _count_label(entry).text()


def test_a_multi_line_field_over_its_limit_warns_and_is_not_cut(page, qtbot):
    page.go_to("closing")
    note = page.page_by_key["closing"].note
    note.setPlainText("n" * 100_001)
    assert note.toPlainText() == "n" * 100_001
    label = _count_label(note)
    assert label.isVisible() and "too long to save" in label.text()


@pytest.mark.both_databases
def test_a_link_to_a_row_deleted_on_another_laptop_is_a_plain_refusal(database_url):
    """The database's own refusal (a foreign key) comes out as ConcurrentEdit, which the window
    shows ("someone else saved this at the same moment"), not as a crash."""
    from app.services.bootstrap import open_database
    from app.services.errors import ConcurrentEdit

    a = open_database(database_url, with_demo=False)
    b = open_database(database_url, with_demo=False)
    try:
        c = communities.create_community(a, "Helpman")
        sid = sessions.create_session(a, c.id, "Sessie 1", date(2026, 3, 12)).id
        actor = communities.add_actor(a, c.id, name="Piet", organisation="Noorderpoort")
        communities.delete_actor(a, actor.id)
        with pytest.raises(ConcurrentEdit, match="at the same moment"):
            sessions.add_participant(b, sid, "Piet", actor_id=actor.id)
        assert sessions.list_participants(a, sid) == []
    finally:
        b.close()
        a.close()
