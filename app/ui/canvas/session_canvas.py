"""One session's model, read-only, in a window of its own: opened from a point of the timeline
or from the comparison. The model is the one the session was made with; hovering an element
shows what was observed, and the projects of its aanpak can be shown on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.modeldef import definition_for
from app.services import aanpak, sessions
from app.services.vertrekpunt import element_states, list_observations
from app.ui.canvas.project_overlay import ProjectOverlay
from app.ui.canvas.view import ModelCanvas
from app.ui.common.i18n import current_language
from app.ui.common.screen_fit import fit_to_screen
from app.ui.session.reader import reader_for
from app.ui.widgets.labels import big_label


def session_caption(info, hide_community: str | None = None) -> str:
    """ "Community · title · 14-03-2019", the community replaced by hide_community if given."""
    community = hide_community if hide_community is not None else info.community_name
    return f"{community} · {info.title} · {info.held_on:%d-%m-%Y}"


def session_canvas(store, session_id: int, high_contrast: bool = False) -> ModelCanvas:
    """A canvas showing one session, hover texts included (read-only: a click does nothing)."""
    reader = reader_for(store)  # no session controller here: app.ui.session.reader
    info = reader.read(sessions.get_session, session_id)
    canvas = ModelCanvas(
        definition_for(info.model_id, info.model_version),
        lang=current_language(),
        high_contrast=high_contrast,
    )
    canvas.set_states(reader.read(element_states, session_id))
    hover = reader.guarded(
        lambda key: [o.text for o in reader.read(list_observations, session_id, key)]
    )
    canvas.set_observation_provider(lambda key: hover(key) or [])
    return canvas


class SessionCanvasWindow(QWidget):
    def __init__(self, store, session_id: int, high_contrast: bool = False, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session_id = session_id
        reader = reader_for(store)
        info = reader.read(sessions.get_session, session_id)
        self.setWindowTitle(session_caption(info))
        self.setAccessibleName(self.tr("Model of one session"))
        self.caption = big_label(session_caption(info), scale=1.2)
        self.caption.setAccessibleName(self.tr("Session"))
        self.note = QLabel(self.tr("Read-only view: the session is changed in the session itself."))
        self.canvas = session_canvas(store, session_id, high_contrast)
        self.canvas.setMinimumSize(520, 380)
        model = definition_for(info.model_id, info.model_version)
        actions = reader.guarded(reader.read)
        self.projects = ProjectOverlay(
            self.canvas,
            lambda: [
                (a.title, a.element_keys) for a in actions(aanpak.list_actions, session_id) or ()
            ],
            model,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addWidget(self.canvas, 1)
        fit_to_screen(self, (1000, 700))
