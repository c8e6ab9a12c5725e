"""Status icons, trend arrows and helix dots drawn as vector shapes.

Glyphs such as ◔ or ↑ depend on the font; shapes print the same everywhere and scale cleanly.
Colour is never the only carrier of meaning: the status icon's filled share repeats the level,
and every icon stands beside a number or a word.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.modeldef.definition import Level
from app.reports.fonts import BOLD
from app.reports.styles import ACCENT, INK, MIN_TEXT, MUTED, RULE

LEVELS = 5  # the icon's filled share is (level - 1) / (LEVELS - 1), as ○ ◔ ◑ ◕ ●


class StatusIcon(Flowable):
    """A circle filled like a pie to the level, in the level's colour; "?" when not assessed.
    With a label (the level's number), the label is printed to its right."""

    def __init__(self, level: Level, size: float = 10, label: str = ""):
        super().__init__()
        self.level, self.size, self.label = level, size, label
        self.height = size
        self.width = size + (3 + stringWidth(label, BOLD, size) if label else 0)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c, r = self.canv, self.size / 2
        c.saveState()
        c.setLineWidth(0.8)
        c.setStrokeColor(ACCENT)
        n = self.level.level
        if n is None or n <= 1:
            c.setDash(1.2, 1.2)
            c.circle(r, r, r - 0.4, stroke=1, fill=0)
            if n is None:
                c.setFillColor(INK)
                c.setFont(BOLD, max(MIN_TEXT, self.size * 0.7))
                c.drawCentredString(r, r - self.size * 0.25, "?")
        else:
            c.setFillColor(colors.white)
            c.circle(r, r, r - 0.4, stroke=1, fill=1)
            c.setFillColor(colors.HexColor(self.level.fill))
            share = (n - 1) / (LEVELS - 1)
            if share >= 1:
                c.circle(r, r, r - 0.4, stroke=1, fill=1)
            else:
                # clockwise from twelve o'clock, like the icons on screen
                c.wedge(
                    0.4, 0.4, self.size - 0.4, self.size - 0.4, 90, -360 * share, stroke=1, fill=1
                )
        if self.label:
            c.setFillColor(INK)
            c.setFont(BOLD, self.size)
            c.drawString(self.size + 3, self.size * 0.14, self.label)
            # a thin pill around icon and number marks them as one status chip, apart from the
            # list numbers of the text beside it
            c.setDash()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.roundRect(
                -2, -1.6, self.width + 4, self.size + 3.2, (self.size + 3.2) / 2, stroke=1, fill=0
            )
        c.restoreState()


class TrendArrow(Flowable):
    """An arrow up, down or level (+1, -1, 0); a short dash when there is nothing to compare."""

    def __init__(self, direction: int | None, size: float = 10):
        super().__init__()
        self.direction, self.size = direction, size
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        c, s = self.canv, self.size
        c.saveState()
        c.setStrokeColor(ACCENT if self.direction is not None else MUTED)
        c.setFillColor(ACCENT)
        c.setLineWidth(1.4)
        c.setLineCap(1)
        if self.direction is None:
            c.line(s * 0.25, s / 2, s * 0.75, s / 2)
        else:
            # drawn pointing right, then turned: up is +90 degrees, down -90, level 0
            c.translate(s / 2, s / 2)
            c.rotate(90 * self.direction)
            c.line(-s * 0.42, 0, s * 0.1, 0)
            path = c.beginPath()
            path.moveTo(s * 0.45, 0)
            path.lineTo(s * 0.02, s * 0.3)
            path.lineTo(s * 0.02, -s * 0.3)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


class Dot(Flowable):
    """A filled circle in a category colour (a triple-helix role)."""

    def __init__(self, colour: str, size: float = 7):
        super().__init__()
        self.colour, self.size = colour, size
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        self.canv.setFillColor(colors.HexColor(self.colour))
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.3)
        self.canv.circle(self.size / 2, self.size / 2, self.size / 2 - 0.2, stroke=1, fill=1)
