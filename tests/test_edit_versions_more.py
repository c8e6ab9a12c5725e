"""The edits that still went without the version of the row they were based on: the element's
context note, the development path's reason, an indicator's standing, an action's tags and tied
rows, a participant's helix role, a regional question's knowledge and actors, a community and an
actor. Each: two stores on one database play two laptops; B saves, A's stale edit is refused, B's
value stands and A is shown it; where the interface sends the edit, the interface is driven.
Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.modeldef import current_definition
from app.services import aanpak, communities, focus, knowledge, plan_carry, sessions, vertrekpunt
from app.services import vervolg as plan
from app.services.errors import ConcurrentEdit
from app.ui.session.controller import SessionController
from app.vocabulary.based_on import based_on
from tests.test_edit_versions import laptops  # noqa: F401  (the fixture: two stores, one file)
from tests.uitools import type_text

pytestmark = pytest.mark.both_databases


def _shown(qtbot, make, store, sid):
    """make(controller) on screen as laptop `store` shows it, with the refusals it was told."""
    controller = SessionController(store, sid)
    problems: list[str] = []
    controller.problem.connect(problems.append)
    widget = make(controller)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    if hasattr(widget, "reload"):
        widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    return widget, controller, problems


def _page(page_class):
    return lambda controller: page_class(controller, current_definition())


def _retype(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def test_a_stale_context_note_is_refused_and_typing_on_replaces_it(qtbot, laptops):  # noqa: F811
    from app.ui.stages.vertrekpunt import VertrekpuntPage

    a, b, sid = laptops
    vertrekpunt.set_assessment(a, sid, "monitoring", context_note="Begin")
    page, controller, problems = _shown(qtbot, _page(VertrekpuntPage), a, sid)
    assert page.show_element("monitoring") and page.note.toPlainText() == "Begin"
    vertrekpunt.set_assessment(b, sid, "monitoring", context_note="Notitie van B")
    _retype(page.note, "Notitie van A")
    controller.flush()
    assert vertrekpunt.assessments(a, sid)["monitoring"].context_note == "Notitie van B"
    assert problems and "Notitie van B" in problems[-1] and controller.pending == 0
    type_text(page.note, "!")  # A has seen B's note: typing on replaces it on purpose
    controller.flush()
    assert vertrekpunt.assessments(a, sid)["monitoring"].context_note == "Notitie van A!"


def test_a_stale_development_path_reason_is_refused(qtbot, laptops):  # noqa: F811
    from app.ui.stages.focus import FocusPage

    a, b, sid = laptops
    page, controller, problems = _shown(qtbot, _page(FocusPage), a, sid)
    page.tabs.setCurrentIndex(1)
    key = next(iter(page.path_buttons))
    qtbot.mouseClick(page.path_buttons[key], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    page.reload()  # the page shows the session as saved
    focus.set_development_path(b, sid, key, development_path_reason="Reden van B")
    _retype(page.reason, "Reden van A")
    controller.flush()
    assert sessions.get_session(a, sid).development_path_reason == "Reden van B"
    assert problems and "Reden van B" in problems[-1] and controller.pending == 0


def test_a_stale_indicator_standing_is_refused(qtbot, laptops):  # noqa: F811
    from app.ui.stages.indicator_standing import IndicatorStanding

    a, b, sid = laptops
    item = plan.add_monitoring(a, sid, "Bedrijven doen mee")
    standing, controller, problems = _shown(qtbot, IndicatorStanding, a, sid)
    standing.load(item)
    plan_carry.set_standing(b, item.id, None, "12 bedrijven (B)")
    _retype(standing.standing, "25 bedrijven (A)")
    controller.flush()
    got = plan.list_monitoring(a, sid)[0]
    assert got.standing == "12 bedrijven (B)"
    assert problems and "12 bedrijven (B)" in problems[-1] and controller.pending == 0


def test_typing_on_after_ones_own_save_is_no_conflict_when_another_field_changed(
    qtbot,
    laptops,  # noqa: F811
):
    """The standing and the path's reason are followed after their own save: B changing
    another field of the row meanwhile (the indicator's text, the session's title) does not
    make A's own earlier words count as someone else's."""
    from app.ui.stages.focus import FocusPage
    from app.ui.stages.indicator_standing import IndicatorStanding

    a, b, sid = laptops
    item = plan.add_monitoring(a, sid, "Bedrijven doen mee")
    standing, controller, problems = _shown(qtbot, IndicatorStanding, a, sid)
    standing.load(item)
    _retype(standing.standing, "12")
    controller.flush()
    plan.update_monitoring(b, item.id, text="Bedrijven en scholen doen mee")
    type_text(standing.standing, "5")
    controller.flush()
    assert plan.list_monitoring(a, sid)[0].standing == "125" and not problems

    page, controller, problems = _shown(qtbot, _page(FocusPage), a, sid)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(
        page.path_buttons[next(iter(page.path_buttons))],
        Qt.MouseButton.LeftButton,
        pos=QPoint(5, 5),
    )
    _retype(page.reason, "Klein")
    controller.flush()
    sessions.update_session(b, sid, title="Sessie van B")
    type_text(page.reason, " en complex")
    controller.flush()
    assert sessions.get_session(a, sid).development_path_reason == "Klein en complex"
    assert not problems


def test_a_stale_tick_on_an_actions_elements_is_refused(qtbot, laptops):  # noqa: F811
    from app.ui.stages.action_placement import ActionPlacement

    a, b, sid = laptops
    action = aanpak.add_action(a, sid, "Leerwerkplaats")
    placement, _controller, problems = _shown(qtbot, _page(ActionPlacement), a, sid)
    placement.load(action, [], None)
    aanpak.update_action(b, action.id, element_keys=["monitoring"])
    placement.elements.set_checked("vraagstukken", True)  # A ticks on its older screen
    assert aanpak.get_action(a, action.id).element_keys == ("monitoring",)
    assert problems and "ticks" in problems[-1]
    placement.elements.set_checked("monitoring", True)  # A ticks again: on purpose now
    assert aanpak.get_action(a, action.id).element_keys == ("vraagstukken", "monitoring")


def test_a_stale_change_of_an_actions_focus_points_is_refused(laptops):  # noqa: F811
    """Tied rows are no column of the action: a change of them still moves its version."""
    a, b, sid = laptops
    one = focus.add_focus_point(a, sid, "monitoring", "Meten")
    two = focus.add_focus_point(a, sid, "monitoring", "Weten")
    shown = aanpak.add_action(a, sid, "Dashboard")
    aanpak.update_action(b, shown.id, focus_point_ids=[one.id], based_on=based_on(shown))
    with pytest.raises(ConcurrentEdit) as refused:
        aanpak.update_action(a, shown.id, focus_point_ids=[two.id], based_on=based_on(shown))
    assert refused.value.current == [one.id]
    assert aanpak.get_action(a, shown.id).focus_point_ids == (one.id,)


def test_a_stale_helix_role_is_refused(qtbot, laptops):  # noqa: F811
    from app.ui.stages.opening import OpeningPage

    a, b, sid = laptops
    zoe = sessions.add_participant(a, sid, "Zoë Øyen")
    page, controller, problems = _shown(qtbot, _page(OpeningPage), a, sid)
    roles = [h.key for h in current_definition().helix_roles]
    sessions.update_participant(b, zoe.id, helix_role=roles[2])
    helix = page.participants.list.table.cellWidget(0, 1)
    helix.setFocus()
    QTest.keyClick(helix, Qt.Key.Key_Down)  # A chooses the first role on its older screen
    assert sessions.list_participants(a, sid)[0].helix_role == roles[2]
    assert problems and controller.pending == 0


def test_a_stale_edit_in_the_actors_window_is_refused(qtbot, laptops):  # noqa: F811
    from app.ui.community.actors import ActorsView

    a, b, sid = laptops
    question = vertrekpunt.add_observation(a, sid, "vraagstukken", "Wie leidt op?")
    community_id = sessions.get_session(a, sid).community_id
    view = ActorsView(a, community_id)
    qtbot.addWidget(view)
    view.show()
    knowledge.set_needed_knowledge(b, question.id, "techniek")
    _retype(view.needed, "zorg")
    view._save_needed()  # what leaving the field does
    got = vertrekpunt.list_observations(a, sid, "vraagstukken")[0]
    assert got.needed_knowledge == "techniek"
    assert view.hint.isVisible() and "techniek" in view.hint.text()


def test_a_stale_tie_of_a_question_to_actors_is_refused(qtbot, laptops):  # noqa: F811
    from app.ui.community.actors import ActorsView

    a, b, sid = laptops
    question = vertrekpunt.add_observation(a, sid, "vraagstukken", "Wie leidt op?")
    community_id = sessions.get_session(a, sid).community_id
    school = communities.add_actor(a, community_id, name="Noorderpoort")
    firm = communities.add_actor(a, community_id, name="Bouwbedrijf")
    view = ActorsView(a, community_id)
    qtbot.addWidget(view)
    view.show()
    knowledge.set_question_actors(b, question.id, [school.id])
    view.tied.set_checked(firm.id, True)  # A ticks on the screen read before B's tie
    got = vertrekpunt.list_observations(a, sid, "vraagstukken")[0]
    assert got.actor_ids == (school.id,) and view.hint.isVisible()


def test_a_stale_actor_or_community_edit_is_refused(laptops):  # noqa: F811
    a, b, sid = laptops
    community = communities.get_community(a, sessions.get_session(a, sid).community_id)
    actor = communities.add_actor(a, community.id, name="Noorderpoort", knowledge="techniek")
    communities.update_actor(b, actor.id, knowledge="zorg", based_on=based_on(actor))
    with pytest.raises(ConcurrentEdit):
        communities.update_actor(a, actor.id, knowledge="bouw", based_on=based_on(actor))
    assert communities.list_actors(a, community.id)[0].knowledge == "zorg"
    communities.update_community(b, community.id, region="Groningen", based_on=based_on(community))
    with pytest.raises(ConcurrentEdit):
        communities.update_community(
            a, community.id, region="Drenthe", based_on=based_on(community)
        )
    assert communities.get_community(a, community.id).region == "Groningen"
