"""The model's labels readable from the back (#16 finding 4): beside the stages and on the
audience view every element label is drawn at 1/50 of the screen's height or more; when a short
label would be smaller the boxes carry their number and a key says which element it is. A
printed figure has no text under 7 pt.

The view sizes are the canvas and the audience view as the window lays them out on those
screens (measured with scripts/measure_room.py); the in-window check on real virtual screens is
in tests/room_screen_sizes.py."""

from __future__ import annotations

import pytest

from app.diagram import style as st
from app.diagram.layout import compute_layout
from app.diagram.paint import Text, figure_ops
from app.diagram.readable import label_px, print_form, readable_form, smallest_text
from app.modeldef import current_definition
from app.vocabulary.dto import ElementState

MODEL = current_definition()
NARROW_AUDIENCE = ("portrait", "numbered")  # app/ui/audience/window.py: a 4:3 projector
WIDE_AUDIENCE = ("compact", "numbered-wide", "numbered")
# screen height: (canvas beside the stages, audience view, the forms the audience chooses from)
ROOMS = {
    "1024x768": (768, (220, 612), (317, 684), NARROW_AUDIENCE),
    "1366x768": (768, (459, 612), (647, 684), WIDE_AUDIENCE),
    "1920x1080": (1080, (681, 946), (908, 960), WIDE_AUDIENCE),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("room", list(ROOMS))
def test_every_label_is_readable_beside_the_stages_and_on_the_audience_view(room, lang):
    height, canvas, audience, audience_forms = ROOMS[room]
    readable = height / 50
    for view, allowed in ((canvas, None), (audience, audience_forms)):
        form = readable_form(MODEL, lang, *view, readable, allowed)
        assert label_px(MODEL, lang, form, *view) >= readable, (room, view, form)


def test_short_labels_alone_were_too_small_on_a_4_3_beamer():
    """What the finding measured: the worded forms at 1024x768 (9 px beside the stages, 12 px
    on the audience view); the numbered form is what makes them readable."""
    _, canvas, audience, _ = ROOMS["1024x768"]
    for view in (canvas, audience):
        worded = max(label_px(MODEL, "nl", f, *view) for f in st.WORDED_FORMS)
        assert worded < 768 / 50
        assert readable_form(MODEL, "nl", *view, 768 / 50) in st.NUMBERED_FORMS


@pytest.mark.parametrize("form", st.NUMBERED_FORMS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_numbered_figure_has_a_key_for_every_number(form, lang):
    layout = compute_layout(MODEL, {}, lang, form=form)
    numbers = [e.label.lines for e in layout.elements]
    assert numbers == [(str(i + 1),) for i in range(len(MODEL.element_keys()))]
    assert all(e.status.badge == "" for e in layout.elements)  # one number per box
    key = dict(
        zip(
            (n.lines[0] for n in layout.key[::2]),
            (" ".join(t.lines) for t in layout.key[1::2]),
            strict=True,
        )
    )
    for i, k in enumerate(MODEL.element_keys()):  # the full label, never cut
        assert key[str(i + 1)].replace("- ", "") == MODEL.element_label(k, lang)
    texts = [op for op in figure_ops(layout) if isinstance(op, Text)]
    assert min(op.size for op in texts) >= st.MIN_SIZE
    # the key lies inside the figure and clear of the model's boxes and the legend
    for label in layout.key:
        r = label.rect
        assert r.x >= 0 and r.right <= layout.width + 0.01 and r.bottom <= layout.height
        assert not any(r.overlaps(e.rect) for e in layout.elements)
        assert not r.overlaps(layout.legend.rect)


# a portrait text column's figure box (points): heading, note and figure on one page
PORTRAIT_MAX_H = 540.0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_page_figure_keeps_its_text_at_7_pt(lang):
    from app.reports.model_page import FIGURE_SHARE
    from app.reports.styles import FRAME_WIDTH

    width = FRAME_WIDTH * FIGURE_SHARE
    form = print_form(MODEL, lang, width, PORTRAIT_MAX_H)
    assert (
        smallest_text(MODEL, lang, form) * width / compute_layout(MODEL, {}, lang, form=form).width
        >= 7
    )
    assert (
        smallest_text(MODEL, lang, "full") * width / compute_layout(MODEL, {}, lang).width < 7
    )  # the full figure at this width had 5 pt text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_string_of_the_reports_figure_is_under_7_pt(lang):
    """The figure as the report draws it (reportlab Strings, after the renderer's own fit)."""
    from reportlab.graphics.shapes import String

    from app.reports.figure import model_figure
    from app.reports.model_page import FIGURE_SHARE
    from app.reports.styles import FRAME_WIDTH

    width = FRAME_WIDTH * FIGURE_SHARE
    states = {
        k: ElementState(k, (i % 5) + 1 if i % 4 else None, i)
        for i, k in enumerate(MODEL.element_keys())
    }
    layout = compute_layout(
        MODEL, states, lang, form=print_form(MODEL, lang, width, PORTRAIT_MAX_H)
    )
    figure = model_figure(layout, width)
    sizes = [c.fontSize for c in figure.contents if isinstance(c, String) and c.text.strip()]
    assert sizes and min(sizes) >= 7
    assert figure.height <= PORTRAIT_MAX_H
