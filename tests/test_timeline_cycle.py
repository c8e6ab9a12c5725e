"""Looking back (issue 17): the timeline draws a status carried over and never confirmed hollow,
on screen and in the PDF, with a legend; over a span of years every session's date stays on the
axis."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics

from app.modeldef import current_definition
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.timeline_chart import WHITE, timeline_grid
from app.services import communities, followup, timeline, vertrekpunt
from app.ui.community.timeline import TimelineView, _x


def _community(store, dates):
    c = communities.create_community(store, "Noord")
    previous = None
    for i, day in enumerate(dates):
        s = followup.start_session(store, c.id, f"S{i}", day, continues_from_id=previous)
        vertrekpunt.set_assessment(store, s.id, "visie-regio", status=min(5, 1 + i))
        if i == 1:
            vertrekpunt.set_assessment(store, s.id, "monitoring", status=2)
        previous = s.id
    return c.id


DATES = [date(2023, 3, 1), date(2023, 10, 1), date(2024, 4, 1), date(2024, 11, 1), date(2025, 6, 1)]


def test_carried_unconfirmed_points_are_hollow_on_screen(qtbot, store):
    cid = _community(store, DATES)
    t = timeline.community_timeline(store, cid)
    assert [p.carried for p in t.points["monitoring"]] == [False, True, True, True]
    assert not any(p.carried for p in t.points["visie-regio"])
    from tests.uitools import app_type

    with app_type():
        _hollow_on_screen(qtbot, store, cid)


def _hollow_on_screen(qtbot, store, cid):
    view = TimelineView(store, cid)
    qtbot.addWidget(view)
    view.resize(1004, 700)  # as fitted to a 1024x768 beamer (the test screen is smaller)
    view.show()
    qtbot.waitExposed(view)
    assert view.hollow_points("monitoring") == [False, True, True, True]
    assert view.hollow_points("visie-regio") == [False] * 5
    assert "hollow marker" in view.note.text()
    # over more than two years every session's date is drawn on the axis (the axis leaves
    # out a label that would stick out of it)
    from PySide6.QtGui import QPainter, QPixmap

    axis = view.plot.getAxis("bottom")
    pix = QPixmap(10, 10)
    painter = QPainter(pix)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert [text for _rect, _flags, text in texts] == [f"{d:%d-%m-%Y}" for d in DATES]
    box = view.plot.getViewBox()
    left, right = box.sceneBoundingRect().left(), box.sceneBoundingRect().right()
    metrics = QFontMetrics(view.plot.getAxis("bottom").font())
    for day in (DATES[0], DATES[-1]):
        at = box.mapViewToScene(QPointF(_x(day), 3)).x()
        half = metrics.horizontalAdvance(f"{day:%d-%m-%Y}") / 2
        assert left + half <= at <= right - half


def test_carried_unconfirmed_points_are_hollow_in_the_pdf(store):
    from reportlab.graphics.shapes import Circle

    register_fonts()
    cid = _community(store, DATES)
    t = timeline.community_timeline(store, cid)
    model = current_definition()
    drawing = timeline_grid(
        t, model, {}, lambda d: f"{d:%m-%Y}", lambda v: "", 480.0, REGULAR, BOLD
    )
    circles = [s for s in drawing.contents if isinstance(s, Circle)]
    hollow = [c for c in circles if c.fillColor == WHITE and c.strokeDashArray]
    assert len(hollow) == 3  # monitoring in sessions 2-4 after it was set
    assert len(circles) == 5 + 4
