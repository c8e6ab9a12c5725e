"""A follow-up moves to a newer model version: before anything changes, the group sees what is
carried to which element of the new version and, above all, what the new version has no place
for. Those are kept with the session and shown, never dropped (services.plan_model_move)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.modeldef.loader import ModelDefinitionError
from app.services.errors import ServiceError
from app.ui.common.i18n import current_language
from app.ui.common.service_words import words as refusal_words
from app.ui.widgets.labels import hint_label
from app.vocabulary.model_info import MappedElement, UnmappedItem

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def mapped_words(e: MappedElement) -> str:
    counts = (
        (e.observations, translate("ModelMove", "observations: %1")),
        (e.focus_points, translate("ModelMove", "focus points: %1")),
        (e.themes, translate("ModelMove", "themes: %1")),
        (e.actions, translate("ModelMove", "actions: %1")),
    )
    what = (
        [translate("ModelMove", "status %1").replace("%1", str(e.status))]
        if e.status is not None
        else []
    )
    what += [words.replace("%1", str(n)) for n, words in counts if n]
    head = e.old_key if e.old_key == e.new_key else f"{e.old_key} → {e.new_key}"
    return f"{head}: {', '.join(what)}" if what else head


def unmapped_words(u: UnmappedItem, lang: str) -> str:
    kinds = {
        "status": translate("ModelMove", "status"),
        "observation": translate("ModelMove", "observation"),
        "focus_point": translate("ModelMove", "focus point"),
        "proposal": translate("ModelMove", "proposal"),
    }
    text = u.text.strip()
    return f"{u.element_label.get(lang)} · {kinds.get(u.kind, u.kind)}" + (
        f": {text}" if text else ""
    )


class ModelMoveDialog(QDialog):
    def __init__(
        self, store, session_id: int, versions: list[tuple[str, str]], parent: QWidget | None = None
    ):
        """versions: (version, words) of the newer versions the session may move to."""
        super().__init__(parent)
        self.store, self.session_id = store, session_id
        self.setWindowTitle(self.tr("Move to another model version"))
        self.setAccessibleName(self.windowTitle())
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Move to model version"))
        for version, words in versions:
            self.version.addItem(words, version)
        self.version.currentIndexChanged.connect(self._plan)
        self.mapped = QListWidget()
        self.mapped.setAccessibleName(self.tr("Carried to the new version"))
        self.unmapped = QListWidget()
        self.unmapped.setAccessibleName(self.tr("Without a place in the new version"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.hint = hint_label()
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.move_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.move_button.setText(self.tr("Move the session"))
        self.move_button.setAccessibleName(self.move_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Stay on this version"))
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Carried over:")))
        layout.addWidget(self.mapped, 2)
        layout.addWidget(
            QLabel(
                self.tr(
                    "No place in the new version (written into the session's closing note, "
                    "not dropped):"
                )
            )
        )
        layout.addWidget(self.unmapped, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self._plan()

    def chosen(self) -> str:
        return str(self.version.currentData())

    def _plan(self) -> None:
        from app.services import model_move

        self.mapped.clear()
        self.unmapped.clear()
        self.hint.hide()
        try:
            plan = model_move.plan_model_move(self.store, self.session_id, self.chosen())
        except (ServiceError, ModelDefinitionError) as exc:  # in words; nothing changed
            self._refused(exc)
            return
        lang = current_language()
        self.mapped.addItems([mapped_words(e) for e in plan.mapped])
        self.unmapped.addItems([unmapped_words(u, lang) for u in plan.unmapped])
        if plan.unmapped:
            self.explain.setText(
                self.tr(
                    "Talk about these with the group before you move: the "
                    "new version has no element for them."
                )
            )
        else:
            self.explain.setText(
                self.tr("Everything of this session has a place in the new version.")
            )
        self.move_button.setEnabled(True)

    def _refused(self, exc: Exception) -> None:
        self.hint.setText(
            self.tr("%1 Nothing has changed; the session's work is safe.").replace(
                "%1", refusal_words(exc)
            )
        )
        self.hint.show()
        self.move_button.setEnabled(False)

    def apply(self) -> None:
        from app.services import model_move

        try:
            model_move.move_session_model(
                self.store, self.session_id, self.chosen(), lang=current_language()
            )
        except (ServiceError, ModelDefinitionError) as exc:
            self._refused(exc)
            return
        self.accept()


def offer_move(parent: QWidget, store, session_id: int, version: str) -> bool:
    """The move dialog for one version (a follow-up asked for it); True when it moved."""
    from app.ui.community.model_choice import model_choices

    words = [vw for vw in model_choices(store) if vw[0] == version] or [(version, version)]
    dialog = ModelMoveDialog(store, session_id, words, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
