"""In de tijd positioneren: a community's element statuses across its sessions as a line chart
(pyqtgraph, imported when this view opens, never at start-up). One line per element, told apart
by colour, dash and marker together (never by colour alone); a legend that also shows and hides
lines; the session dates along the x-axis. Clicking a point, or Enter on a session in the list,
opens that session's model read-only."""

from __future__ import annotations

import calendar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.modeldef import current_definition
from app.services import communities
from app.services.timeline import community_timeline
from app.services.timeline_plan import indicator_trends, path_over_time
from app.ui.common.i18n import current_language
from app.ui.common.screen_fit import fit_to_screen
from app.ui.community.timeline_plan import IndicatorTable, PathTable
from app.ui.session.reader import reader_for
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choices import element_label
from app.ui.widgets.labels import big_label

# Okabe-Ito colours (without the yellow, too pale on white), dashes and markers: element i gets
# colour i % 7, dash i % 4 and marker i % 12, so no two of up to 28 elements look alike.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
MARKERS = ("o", "s", "t", "d", "p", "h", "star", "t1", "+", "x", "t2", "t3")
SESSION_ROLE = Qt.ItemDataRole.UserRole
TICKS_FROM_SESSIONS = 12  # up to this many sessions the x-axis names each session's date
# Elements with the same statuses would draw one line over the other: each line is drawn a
# little apart (at most DODGE_SPAN of a level in all), so every one stays visible.
DODGE_SPAN = 0.4


def line_style(index: int) -> tuple[str, Qt.PenStyle, str]:
    return COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)], MARKERS[index % 12]


def dodge(index: int, count: int) -> float:
    """How far element index of count is drawn above (+) or below (-) its level."""
    step = min(0.04, DODGE_SPAN / max(1, count - 1))
    return (index - (count - 1) / 2) * step


def _x(day) -> float:
    """A date as the axis counts it: seconds since 1970, midnight UTC."""
    return float(calendar.timegm(day.timetuple()))


class TimelineView(QWidget):
    def __init__(self, store, community_id: int, open_session=None, parent=None):
        """open_session(session_id) is called for a clicked point or a chosen session."""
        super().__init__(parent, Qt.WindowType.Window)
        import pyqtgraph as pg  # here, not at start-up: it is heavy

        self._pg = pg
        self.store, self.community_id = store, community_id
        self.reader = reader_for(store)  # its reads: app.ui.session.reader
        self._open = open_session or (lambda _sid: None)
        self.model = current_definition()
        self.timeline = self.reader.read(community_timeline, community_id)
        name = self.reader.read(communities.get_community, community_id).name
        self.setWindowTitle(self.tr("%1 in time").replace("%1", name))
        self.setAccessibleName(self.tr("Timeline"))
        heading = big_label(self.tr("%1 in time").replace("%1", name), scale=1.3)
        heading.setAccessibleName(self.tr("Timeline"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Note on model versions"))

        pg.setConfigOptions(antialias=True, background="w", foreground="#1A1A1A")
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.getViewBox().sigResized.connect(lambda *_: self._fit_dates())
        self.plot.setAccessibleName(self.tr("Status of each element across the sessions"))
        self.plot.viewport().setAccessibleName(self.plot.accessibleName())
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getAxis("left").setTicks(
            [
                [
                    (lv.level, f"{lv.level} {lv.label.get(current_language())}")
                    for lv in self.model.levels
                ]
            ]
        )
        levels = [lv.level for lv in self.model.levels]
        self.plot.setYRange(min(levels) - 0.3, max(levels) + 0.3, padding=0)
        self.plot.setMouseEnabled(x=True, y=False)

        self.legend = CheckList(self.tr("Elements shown in the chart"))
        self.legend.setIconSize(QSize(44, 16))
        self.legend.toggled.connect(self._shown)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Sessions: Enter opens the model of a session"))
        self.sessions.itemActivated.connect(lambda item: self._open(item.data(SESSION_ROLE)))

        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(self.tr("Elements")))
        sv.addWidget(self.legend, 3)
        sv.addWidget(QLabel(self.tr("Sessions (Enter or double-click opens the model)")))
        sv.addWidget(self.sessions, 2)
        # the plan over time beside the statuses: the path and the indicators, a tab each
        self.path_table = PathTable(self.model)
        self.path_table.sessionChosen.connect(self._open)
        self.indicator_table = IndicatorTable()
        self.indicator_table.sessionChosen.connect(self._open)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views over time"))
        self.tabs.tabBar().setAccessibleName(self.tr("Views over time"))  # a Tab stop
        self.tabs.addTab(self.plot, self.tr("Statuses"))
        self.tabs.addTab(self.path_table, self.tr("Development path"))
        self.tabs.addTab(self.indicator_table, self.tr("Indicators"))
        # the legend and the session list serve the chart; the tables open a session themselves
        # (Enter or double-click) and need the whole width on a projector
        self.tabs.currentChanged.connect(lambda index: side.setVisible(index == 0))
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.items: dict[str, object] = {}
        self._fill()
        fit_to_screen(self, (1200, 700))

    # -- filling --------------------------------------------------------------------------------
    def _fill(self) -> None:
        pg, t = self._pg, self.timeline
        legend_rows = []
        count = len(t.element_keys)
        for i, key in enumerate(t.element_keys):
            colour, dash, marker = line_style(i)
            points = t.points.get(key, ())
            label = element_label(self.model, key, short=True)
            pen = pg.mkPen(QColor(colour), width=2.5, style=dash)
            shift = dodge(i, count)
            # one brush and one pen object per kind, shared by the points: pyqtgraph then draws
            # each kind of marker once and reuses it (a new pair per point drew all 6,000
            # markers of a 500-session community one by one)
            brushes = {False: pg.mkBrush(colour), True: pg.mkBrush("#FFFFFF")}
            pens = {False: pg.mkPen("#FFFFFF", width=1), True: pg.mkPen(colour, width=2)}
            item = self.plot.plot(
                [_x(p.held_on) for p in points],
                [p.status + shift for p in points],
                pen=pen,
                symbol=marker,
                symbolSize=12,
                # carried over, never confirmed: a hollow marker in the
                # element's colour (not re-assessed by the group)
                symbolBrush=[brushes[p.carried] for p in points],
                symbolPen=[pens[p.carried] for p in points],
                data=[p.session_id for p in points],
                name=label,
            )
            item.sigPointsClicked.connect(self._clicked)
            item.setCurveClickable(False)
            self.items[key] = item
            legend_rows.append((key, label, True))
        self.legend.set_items(legend_rows)
        for i, key in enumerate(t.element_keys):
            self.legend.item_for(key).setIcon(self._swatch(*line_style(i)))
        for s in reversed(t.sessions):  # newest first, as everywhere else
            row = QListWidgetItem(f"{s.held_on:%d-%m-%Y} · {s.title}")
            row.setData(SESSION_ROLE, s.id)
            self.sessions.addItem(row)
        if 0 < len(t.sessions) <= TICKS_FROM_SESSIONS:
            self.plot.getAxis("bottom").setTicks(
                [[(_x(s.held_on), f"{s.held_on:%d-%m-%Y}") for s in t.sessions]]
            )
        self._fit_dates()
        self.note.setText(self._note())
        self.note.setVisible(bool(self.note.text()))
        self.path_table.set_steps(self.reader.read(path_over_time, self.community_id))
        self.indicator_table.set_trends(
            t.sessions, self.reader.read(indicator_trends, self.community_id)
        )

    def _fit_dates(self) -> None:
        """Room on both sides for half the first and last dates' labels, in pixels of the plot
        as wide as it is now (on a 1024-pixel beamer a fixed tenth of the span was too little:
        the axis left the outer dates out)."""
        t = getattr(self, "timeline", None)
        if t is None or not t.sessions:
            return
        first, last = _x(t.sessions[0].held_on), _x(t.sessions[-1].held_on)
        span = max(last - first, 86400.0 * 30)
        half = QFontMetrics(self.plot.getAxis("bottom").font()).horizontalAdvance("00-00-0000")
        half = half / 2 + 6
        width = max(self.plot.getViewBox().width(), 4 * half)
        margin = half * span / (width - 2 * half)
        self.plot.setXRange(first - margin, last + margin, padding=0)

    def _note(self) -> str:
        t = self.timeline
        if not t.sessions:
            return self.tr("This community has no sessions yet.")
        hollow = (
            self.tr(
                " A hollow marker: carried over from the session before and not "
                "confirmed, so not re-assessed by the group."
            )
            if any(p.carried for pts in t.points.values() for p in pts)
            else ""
        )
        if not t.missing:
            return (
                self.tr(
                    "Lines with the same status are drawn slightly apart, so that each "
                    "stays visible."
                )
                + hollow
            )
        parts = [
            f"{element_label(self.model, k, short=True)} ({', '.join(v)})"
            for k, v in t.missing.items()
        ]
        return (
            self.tr(
                "Sessions made with different versions of the model are compared where "
                "their elements match. Not in every version (missing in): %1. Lines with "
                "the same status are drawn slightly apart."
            ).replace("%1", "; ".join(parts))
            + hollow
        )

    def _swatch(self, colour: str, dash: Qt.PenStyle, marker: str) -> QIcon:
        """The legend's sample: a short line in the element's dash with its marker."""
        from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol

        pix = QPixmap(44, 16)
        pix.fill(QColor("#FFFFFF"))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), 2.5)
        pen.setStyle(dash)
        p.setPen(pen)
        p.drawLine(2, 8, 42, 8)
        p.translate(22, 8)
        drawSymbol(p, marker, 11, self._pg.mkPen("#FFFFFF", width=1), self._pg.mkBrush(colour))
        p.end()
        return QIcon(pix)

    # -- interaction ----------------------------------------------------------------------------
    def _shown(self, key, on: bool) -> None:
        self.items[key].setVisible(on)

    def _clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self._open(int(points[0].data()))

    def hollow_points(self, key: str) -> list[bool]:
        """Per point of an element: drawn hollow (carried, not confirmed)? For tests."""
        return [pt.brush().color().name() == "#ffffff" for pt in self.items[key].scatter.points()]

    def point_count(self, key: str) -> int:
        """How many points the chart draws for an element (for tests)."""
        x, _y = self.items[key].getData()
        return 0 if x is None else len(x)
