"""The screenshots of the half-year cycle in docs/model-uses.md, from a fresh demo database:
questions on the band, the path and the indicators over time, the clickable trace, and two
communities' observations connected. Usage (no display needed):
QT_QPA_PLATFORM=offscreen python scripts/shoot_cycle.py docs/images"""

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QSplitter

from app.services import (
    aanpak,
    communities,
    followup,
    plan_carry,
    sessions,
    vertrekpunt,
    vervolg,
)
from app.services.observation_links import link_observations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.startup import create_application


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # replaced canvases


def third_session(store, follow_up):
    """For the picture (the demo has two sessions and no indicators): two indicators in the
    follow-up, then a third session that carries them on and asks where they stand."""
    texts = {
        "Ondernemers die meedoen aan een ketenvraag": (
            ("uit-koers", "1 van 6"),
            ("aandacht", "3 van 6"),
        ),
        "Studenten met een learning assessment": ((None, "nog geen"), ("op-koers", "1 klas")),
    }
    for text, (then, _now) in texts.items():
        item = vervolg.add_monitoring(store, follow_up.id, text)
        plan_carry.set_standing(store, item.id, *then)
    third = followup.start_session(
        store,
        follow_up.community_id,
        "Voorjaarssessie 2020",
        date(2020, 4, 2),
        continues_from_id=follow_up.id,
    )
    plan_carry.confirm_part(store, third.id, "path")
    for item in vervolg.list_monitoring(store, third.id):
        if item.text in texts:
            plan_carry.set_standing(store, item.id, *texts[item.text][1])
    vertrekpunt.add_observation(
        store,
        third.id,
        "vraagstukken",
        "Energie en voedsel in één gebiedsaanpak",
        complexity="complex",
        transition=4,
    )


def main(out: Path) -> int:
    _app, settings = create_application()
    window = MainWindow(settings, str(Path(tempfile.mkdtemp()) / "demo.db"))
    window.resize(1024, 768)
    window.show()
    window.open_database()
    store = window.store
    newest = sessions.list_sessions(store)[0]
    window.open_session(newest.id)
    page = window.session_page
    from app.services.timeline_plan import band_questions
    from app.ui.canvas.view import ModelCanvas

    canvas = ModelCanvas(page.model)  # the full figure, larger than beside the stages
    canvas.set_states(page.controller.element_states())
    canvas.set_band_questions(band_questions(store, newest.id))
    canvas.resize(1100, 820)
    canvas.show()
    settle()
    canvas.grab().copy(0, 0, 1100, 110).save(str(out / "uses-band.png"))
    canvas.close()
    page.go_to("aanpak")
    actions = aanpak.list_actions(store, newest.id)
    traced = next(a for a in actions if a.focus_point_ids) if actions else None
    if traced is not None:
        page.page_by_key["aanpak"].show_action(traced.id)
        editor = page.page_by_key["aanpak"].editor
        editor.trace.setFocus()
        editor.trace.setCurrentRow(min(1, editor.trace.count() - 1))
        settle()
        editor.ensureWidgetVisible(editor.trace, 0, 120)  # the editor scrolls to its trace
    settle()
    window.grab().save(str(out / "uses-trace.png"))

    from app.ui.community.timeline import TimelineView

    third_session(store, newest)
    view = TimelineView(store, newest.community_id)
    view.resize(1024, 620)
    view.show()
    for index, name in ((1, "uses-path.png"), (2, "uses-indicators.png")):
        view.tabs.setCurrentIndex(index)
        settle()
        view.grab().save(str(out / name))

    from app.ui.community.compare import CompareView

    oost = communities.create_community(store, "Lerende regio Oost")
    s = followup.start_session(store, oost.id, "Startsessie Oost", date(2019, 11, 20))
    theirs = vertrekpunt.add_observation(
        store, s.id, "visie-regio", "Korte ketens en regionaal voedsel als opgave"
    )
    ours = next(o for o in vertrekpunt.list_observations(store, newest.id, "visie-regio"))
    link_observations(store, ours.id, theirs.id)
    compare = CompareView(store, newest.community_id)
    compare.left.setCurrentIndex(compare.left.findData(newest.id))
    compare.right.setCurrentIndex(compare.right.findData(s.id))
    compare.show_pair()
    compare.resize(1024, 760)
    compare.show()
    split = next(s for s in compare.findChildren(QSplitter) if s.orientation().name == "Vertical")
    split.setSizes([330, 110, 250])  # room for what was said
    row = [e.key for e in compare.result.elements].index("visie-regio")
    compare.table.setCurrentCell(row, 0)
    compare.said.setCurrentCell(0, 0)
    settle()
    compare.grab().save(str(out / "uses-connect.png"))
    window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
