"""Layout pieces Platypus lacks: a marker (icon, number) hanging beside a paragraph that may
run over a page break."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph


class Beside(Flowable):
    """A paragraph with a marker in the left margin, level with its first line.

    Unlike a two-cell table row, it splits across pages like the paragraph itself: the marker
    stays with the first part. This keeps a 5,000-character observation whole and readable."""

    def __init__(self, marker: Flowable | None, body: Paragraph, indent: float):
        super().__init__()
        self.marker, self.body, self.indent = marker, body, indent

    def wrap(self, avail_width, avail_height):
        _w, body_height = self.body.wrap(avail_width - self.indent, avail_height)
        marker_height = self.marker.wrap(self.indent, avail_height)[1] if self.marker else 0
        self.width, self.height = avail_width, max(body_height, marker_height)
        self._body_height = body_height
        return self.width, self.height

    def split(self, avail_width, avail_height):
        parts = self.body.split(avail_width - self.indent, avail_height)
        if not parts:
            return []
        return [Beside(self.marker, parts[0], self.indent)] + [
            Beside(None, p, self.indent) for p in parts[1:]
        ]

    def getSpaceBefore(self):
        return self.body.getSpaceBefore()

    def getSpaceAfter(self):
        return self.body.getSpaceAfter()

    def draw(self):
        # the marker first: text extraction (and a screen reader) then meets "3" before the
        # observation it rates, and a paragraph continued on the next page reads on unbroken
        if self.marker is not None:
            _w, h = self.marker.wrap(self.indent, self.height)
            if isinstance(self.marker, Paragraph):
                # a text marker ("•", "3.") shares the body's first baseline when tops align
                self.marker.drawOn(self.canv, 0, self.height - h)
            else:
                # a shape is centred on the first line's lower-case letters
                centre = self.height - self.body.style.fontSize * 0.62
                self.marker.drawOn(self.canv, 0, centre - h / 2)
        self.body.drawOn(self.canv, self.indent, self.height - self._body_height)
