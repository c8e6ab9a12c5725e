"""The projector at the end of the session: the page at a glance, drawn for the screen.

The page is the placemat's screen sheet (app.reports.placemat.screen_sheet): in the screen's
shape, its lists in the audience view's large type, drawn from the session's data after every
text in it has passed through the room's name mask. The picture and the text the privacy check
and a screen reader get are one PDF: what the check reads is what the image shows.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from app.ui.audience.names import NameMask
from app.ui.stages.glance_view import GlanceView
from app.vocabulary.report_data import ReportData

# Fields that hold codes, not words: left as they are (a mask could only break them). Every
# other text in the session's data is masked, so a field added later is hidden by default.
CODES = {
    "model_id",
    "model_version",
    "current_stage",
    "stage_reached",
    "state",
    "development_path",
    "helix_role",
    "role_in_session",
    "status",
    "complexity",
    "kind",
    "verdict",
    "standing",
    "outcome",
    "characteristics",
    "groenpact",
    "frame_items",
}


def _is_code(name: str) -> bool:
    return name in CODES or name.endswith(("uuid", "key", "keys"))


def masked(value, mask: NameMask):
    """value with every text in it (in dataclasses, tuples, lists and dict values) masked."""
    if isinstance(value, str):
        return mask(value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value,
            **{
                f.name: masked(getattr(value, f.name), mask)
                for f in fields(value)
                if f.init and not _is_code(f.name)
            },
        )
    if isinstance(value, (tuple, list)):
        return type(value)(masked(v, mask) for v in value)
    if isinstance(value, dict):
        return {k: masked(v, mask) for k, v in value.items()}
    return value


def masked_report(data: ReportData, mask: NameMask) -> ReportData:
    """The data the page is drawn from: the community and the session, masked; nothing else
    (the earlier session, the optional sections) is on the page, so none of it is passed."""
    return replace(
        data,
        community=masked(data.community, mask),
        snapshot=masked(data.snapshot, mask),
        earlier=None,
        uses=None,
        room=None,
    )


class EndScreen(GlanceView):
    """The page at a glance filling the projector's middle, redrawn for its size."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("The page at a glance on the projector"))
        self._wanted: tuple | None = None  # (data, lang, smallest px, high contrast)
        self._drawn_for: tuple | None = None

    def show_data(
        self, data: ReportData, lang: str, smallest_px: float, high_contrast: bool
    ) -> None:
        """Draw the page for data, which the caller has masked (masked_report)."""
        self._wanted = (data, lang, smallest_px, high_contrast)
        self._drawn_for = None
        self._draw()

    def _draw(self) -> None:
        from app.reports.placemat import placemat_bytes, screen_sheet

        w, h = self.width(), self.height()
        if self._wanted is None or w < 100 or h < 100 or self._drawn_for == (w, h):
            return
        data, lang, smallest, contrast = self._wanted
        # one point a pixel: the page is drawn at the size it is seen
        pdf = placemat_bytes(data, lang, screen_sheet(w, h, smallest, contrast))
        self._drawn_for = (w, h)
        self.show_pdf(pdf, w)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._draw()
