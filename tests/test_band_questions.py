"""Questions on the band (issue 17): each regional question with a place between renewal and
sustainability transition is a marker on the growth arrow of the model figure — at its place,
shaped by its type — on the canvas, on the projector and in the PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from reportlab.graphics.shapes import Circle, Polygon

from app.diagram.band_marks import band_marks, band_ops, mark_at
from app.diagram.layout import compute_layout
from app.diagram.style import FORMS
from app.modeldef import current_definition
from app.reports.context import Context
from app.reports.model_page import model_page
from app.services import sessions
from app.services.report_data import report_data
from app.services.timeline_plan import band_questions
from app.vocabulary.dto import QuestionPlace
from tests.facilitator import Facilitator
from tests.uitools import open_window

MODEL = current_definition()
STEPS = MODEL.transition.steps


def test_markers_stand_at_their_place_on_the_arrow_shaped_by_type():
    questions = [
        QuestionPlace("a", "complex", STEPS - 1),
        QuestionPlace("b", "enkelvoudig", 0),
        QuestionPlace("c", "gecompliceerd", 2),
        QuestionPlace("d", None, 2),
        QuestionPlace("zonder plaats", "complex", None),
    ]
    for form in FORMS:
        layout = compute_layout(MODEL, {}, form=form)
        body = [s.rect for s in layout.axis.segments]
        marks = band_marks(layout, questions, STEPS)
        by_text = {mk.question.text: mk for mk in marks}
        assert set(by_text) == {"a", "b", "c", "d"}  # no place: no marker
        assert [by_text[t].shape for t in "abcd"] == ["triangle", "circle", "square", "diamond"]
        # renewal at the left end, transition at the right, in order of place
        assert by_text["b"].cx < by_text["c"].cx < by_text["d"].cx < by_text["a"].cx
        for mk in marks:  # on the arrow body's top edge, within its length
            assert mk.cy == body[0].y
            assert body[0].x <= mk.bounds.x and mk.bounds.right <= body[-1].right
        # two at the same place stand side by side, not on top of each other
        assert not by_text["c"].bounds.overlaps(by_text["d"].bounds)
        assert mark_at(marks, by_text["a"].cx, by_text["a"].cy) == (by_text["a"],)


def test_the_pdf_figure_draws_the_demo_questions_on_its_band(demo_store, demo_session_id):
    ctx = Context(report_data(demo_store, demo_session_id))
    flow = model_page(ctx)
    [drawing] = [f for f in flow if hasattr(f, "contents")]
    layout = compute_layout(MODEL, ctx.data.states)
    marks = band_marks(
        layout,
        [
            QuestionPlace(q.text, q.complexity, q.transition)
            for q in band_questions(demo_store, demo_session_id)
        ],
        STEPS,
    )
    assert len(marks) == 4  # the demo's four regional questions with a place
    # the figure plus one shape per marker, drawn last, over the band
    drawn = drawing.contents[-len(marks) :]
    assert [type(d) for d in drawn] == [Circle if mk.shape == "circle" else Polygon for mk in marks]
    note = " ".join(getattr(f, "text", "") for f in flow)
    assert "rondje is enkelvoudig" in note
    assert len(band_ops(marks)) == 4


def test_a_question_typed_in_the_vertrekpunt_appears_on_the_canvas_and_projector(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    try:
        sid = sessions.list_sessions(w.store)[0].id
        w.open_session(sid)
        page = w.session_page
        n = len(page.canvas.band_marks())
        assert n == len([q for q in band_questions(w.store, sid) if q.transition is not None])
        assert n >= 4
        w.room.set_audience(True)
        audience = w.room.audience
        assert len(audience.canvas.band_marks()) == n
        vp = Facilitator(w).stage("vertrekpunt")
        vp.navigator.setFocus()
        vp.show_element("vraagstukken")
        Facilitator(w).observation(vp, "Energie delen in de wijk", None, "complex", STEPS - 1)
        page.flush()
        marks = page.canvas.band_marks()
        new = [mk for mk in marks if mk.question.text == "Energie delen in de wijk"]
        assert len(marks) == n + 1 and [mk.shape for mk in new] == ["triangle"]
        assert new[0].cx == max(mk.cx for mk in marks)  # at the transition end
        assert "Energie delen in de wijk" in page.canvas.accessibleDescription()
        assert "Energie delen in de wijk" in page.canvas._band_item.tooltip_at(new[0].cx, new[0].cy)
        assert len(audience.canvas.band_marks()) == n + 1  # the room sees it too
    finally:
        w.room.set_audience(False)
        w.shutdown()


def test_keys_still_walk_the_elements_with_markers_on_the_band(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    try:
        w.open_session(sessions.list_sessions(w.store)[0].id)
        canvas = w.session_page.canvas
        canvas.setFocus()
        from PySide6.QtTest import QTest

        QTest.keyClick(canvas, Qt.Key.Key_Right)
        assert canvas.current() is not None
    finally:
        w.shutdown()


def test_the_projector_hides_names_in_the_markers_words(qtbot, tmp_path):
    from app.services import vertrekpunt

    w = open_window(qtbot, tmp_path)
    try:
        sid = sessions.list_sessions(w.store)[0].id
        sessions.add_participant(w.store, sid, "Piet Jansen", "Gemeente Groningen", "overheid")
        vertrekpunt.add_observation(
            w.store,
            sid,
            "vraagstukken",
            "Vraag van Piet Jansen",
            complexity="complex",
            transition=2,
        )
        w.open_session(sid)
        w.room.set_audience(True)
        audience = w.room.audience
        texts = [mk.question.text for mk in audience.canvas.band_marks()]
        assert "Vraag van Piet Jansen" in texts
        audience.set_hide_names(True)
        texts = [mk.question.text for mk in audience.canvas.band_marks()]
        assert not any("Piet" in t or "Jansen" in t for t in texts)
        assert "Piet" not in audience.canvas.accessibleDescription()
    finally:
        w.room.set_audience(False)
        w.shutdown()
