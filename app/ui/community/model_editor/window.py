"""Community → Model…: open a model (shipped, from the user's folder or kept in the database),
change it and save it as a new version in the user's model folder. A version that exists is
never written again: sessions that used it keep drawing and printing exactly what they had.

The whole model is checked with the loader's own parse_definition a moment after each change;
the problem is named under the fields and Save waits until there is none. The preview and the
difference with the version started from follow the same check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.modeldef import catalogue
from app.modeldef.definition import ModelDefinition
from app.modeldef.loader import ModelDefinitionError, version_key
from app.ui.common.screen_fit import fit_to_screen
from app.ui.community.model_choice import origin_words
from app.ui.community.model_editor import kept_draft
from app.ui.community.model_editor.draft import (
    Draft,
    Path,
    diff_lines,
    get_in,
    locate,
    set_in,
)
from app.ui.community.model_editor.item_list import ItemList
from app.ui.community.model_editor.preview import Preview
from app.ui.community.model_editor.sections import build_sections
from app.ui.community.model_editor.sources import known_definitions
from app.ui.widgets.labels import hint_label

CHECK_AFTER_MS = 300  # a pause in typing, not every key: parse_definition runs the schema


class ModelEditor(QDialog):
    saved = Signal(str)  # the new version

    def __init__(self, store=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Model editor"))
        self.setAccessibleName(self.windowTitle())
        self._definitions: dict[tuple[str, str], tuple[ModelDefinition, str]] = {}
        self.draft: Draft | None = None
        self.dirty = False
        self.checked: ModelDefinition | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_AFTER_MS)
        self._timer.timeout.connect(self.check)

        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Start from model version"))
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.version = QLineEdit()
        self.version.setAccessibleName(self.tr("New version number"))
        self.version.textEdited.connect(lambda t: self._set(("model", "version"), t.strip()))
        self.title_nl = QLineEdit()
        self.title_nl.setAccessibleName(self.tr("Title (Dutch)"))
        self.title_nl.textEdited.connect(lambda t: self._set(("model", "title", "nl"), t))
        self.title_en = QLineEdit()
        self.title_en.setAccessibleName(self.tr("Title (English)"))
        self.title_en.textEdited.connect(lambda t: self._set(("model", "title", "en"), t))
        top = QFormLayout()
        top.addRow(self.tr("Start from"), self.source)
        top.addRow(self.tr("New version"), self.version)
        titles = QHBoxLayout()
        titles.addWidget(self.title_nl)
        titles.addWidget(self.title_en)
        top.addRow(self.tr("Title (nl, en)"), titles)

        self.section_list = QListWidget()
        self.section_list.setAccessibleName(self.tr("Parts of the model"))
        self.section_list.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 13)
        self.section_list.setWordWrap(True)  # long frame names (RIS3 ...) wrap, whole
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.preview = Preview()
        self.diff = QLabel()
        self.diff.setWordWrap(True)
        self.diff.setAccessibleName(self.tr("Changes since the version started from"))
        right = QVBoxLayout()
        right.addWidget(self.preview, 3)
        diff_area = QScrollArea()  # a new scale or many renames make a long list
        diff_area.setWidget(self.diff)
        diff_area.setWidgetResizable(True)
        diff_area.setFrameShape(QFrame.Shape.NoFrame)
        diff_area.setAccessibleName(self.diff.accessibleName())
        right.addWidget(diff_area, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.section_list)
        middle.addWidget(self.stack, 3)
        middle.addLayout(right, 2)

        self.problem = hint_label()
        self.problem.setAccessibleName(self.tr("Problem in the model"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(close.text())
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        fit_to_screen(self, (1000, 720))

        self._fill_sources()
        self.source.currentIndexChanged.connect(self._source_chosen)
        self._open(self.source.currentData())

    # -- opening -------------------------------------------------------------------------------
    def _fill_sources(self, choose: tuple[str, str] | None = None) -> None:
        self._definitions = known_definitions(self.store)
        self.source.blockSignals(True)
        self.source.clear()
        origins = origin_words()
        for key, (d, origin) in sorted(
            self._definitions.items(),
            reverse=True,
            key=lambda kv: (kv[0][0], version_key(kv[0][1])),
        ):
            self.source.addItem(f"{d.title.nl} {d.version} ({origins.get(origin, origin)})", key)
        if choose is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(choose)))
        self.source.blockSignals(False)

    def _source_chosen(self, _index: int) -> None:
        if (
            self.dirty
            and QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Start again from this version? The changes not saved are lost; saved "
                    "versions are safe."
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            self.source.blockSignals(True)
            self.source.setCurrentIndex(max(0, self.source.findData(self._opened)))
            self.source.blockSignals(False)
            return
        if self.dirty:
            kept_draft.forget(self)
        self._open(self.source.currentData())

    @property
    def definitions(self) -> dict:
        return self._definitions

    def _open(self, key: tuple[str, str], offer_kept: bool = True) -> None:
        origin = self._definitions[key][0]
        taken = {v for (i, v) in self._definitions if i == origin.id}
        self.show_draft(Draft(origin, taken), opened=key)
        if offer_kept:  # once the window is up: changes a crash (or a closed app) left
            QTimer.singleShot(0, lambda: kept_draft.offer(self))

    def show_draft(self, draft: Draft, opened: tuple[str, str]) -> None:
        """Fill every section from this draft (a fresh one, or one brought back)."""
        self._opened = opened
        self.source.blockSignals(True)
        self.source.setCurrentIndex(max(0, self.source.findData(opened)))
        self.source.blockSignals(False)
        self.draft = draft
        self.version.setText(self.draft.version)
        self.title_nl.setText(str(get_in(self.draft.raw, ("model", "title", "nl"))))
        self.title_en.setText(str(get_in(self.draft.raw, ("model", "title", "en"))))
        keep = max(0, self.section_list.currentRow())
        self.section_list.clear()
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        draft = self.draft

        def items(path: Path) -> Callable[[], list[dict[str, Any]]]:
            return lambda: draft.items(path)

        for section in build_sections(draft):
            page = ItemList(
                section, items(section.path), draft.free_key, key_edited=self._key_edited
            )
            page.changed.connect(self._changed)
            self.stack.addWidget(page)
            self.section_list.addItem(section.title)
        self.section_list.setCurrentRow(min(keep, self.section_list.count() - 1))
        self.dirty = False
        self.check()

    def closeEvent(self, event) -> None:
        if (
            self.dirty
            and QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Close without saving? The changes not saved are lost; saved versions are safe."
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            event.ignore()
            return
        if self.dirty:
            kept_draft.forget(self)  # the user chose to let them go
        super().closeEvent(event)

    def _key_edited(self, item: dict[str, Any]) -> None:
        assert self.draft is not None
        if self.draft.key_changed(item):
            self.page("lineage", "map").reload()

    def page(self, *path: str | int) -> ItemList:
        """The section of the list at this path of the tables, e.g. page("areas")."""
        for i in range(self.stack.count()):
            w = self.stack.widget(i)
            if isinstance(w, ItemList) and tuple(w.section.path) == path:
                return w
        raise KeyError(path)

    def show_page(self, *path: str | int) -> ItemList:
        page = self.page(*path)
        self.section_list.setCurrentRow(self.stack.indexOf(page))
        return page

    # -- changing and checking -----------------------------------------------------------------
    def _set(self, path: tuple[str, ...], value: Any) -> None:
        if self.draft is not None:
            set_in(self.draft.raw, path, value)
            self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self.save_button.setEnabled(False)  # until the check after the pause says yes
        self.status.clear()
        self._timer.start()

    def check(self) -> None:
        """Check the model as it is now; name the problem or redraw preview and difference."""
        self._timer.stop()
        assert self.draft is not None
        if self.dirty:
            kept_draft.keep(self)  # valid or not yet: what was typed survives a crash
        definition, where, problem = self.draft.check()
        self.checked = definition
        words = self.plain(problem) if definition is None else ""
        place = where
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            if isinstance(page, ItemList):
                page.show_problem(where if definition is None else "", words)
                if definition is None and locate(where, page.section.path) is not None:
                    place = f"{page.section.title} ({where})"
        if definition is None:
            self.problem.setText(
                self.tr("Not saved yet: %1: %2. Versions saved earlier are safe.")
                .replace("%1", place)
                .replace("%2", words)
            )
            self.problem.show()
            self.save_button.setEnabled(False)
            return
        self.problem.hide()
        self.problem.clear()
        self.save_button.setEnabled(True)
        self.preview.set_model(definition)
        self._show_diff(definition)

    def plain(self, problem: str) -> str:
        """The schema's words for the usual slips, said as a person would."""
        if "should be non-empty" in problem or "is too short" in problem:
            return self.tr("this field is empty; type a text")
        if "#[0-9A-Fa-f]{6}" in problem:
            return self.tr(
                "a colour is written as #RRGGBB: a hash sign and six characters from 0-9 and A-F"
            )
        if "[a-z0-9][a-z0-9-]*" in problem:
            return self.tr(
                "a key has small letters, digits and hyphens only, for example visie-regio"
            )
        if "does not match" in problem and "[0-9]+(" in problem:
            return self.tr("a version is numbers with dots, for example 1.1")
        return problem

    def _show_diff(self, definition: ModelDefinition) -> None:
        assert self.draft is not None
        words = {
            "added": self.tr("Added"),
            "retired": self.tr("Retired"),
            "renamed": self.tr("Renamed"),
            "merged": self.tr("Merged"),
            "relabelled": self.tr("New name"),
            "moved": self.tr("Moved"),
            "other": self.tr("Also"),
        }
        lines = diff_lines(self.draft.origin, definition)
        head = self.tr("Since version %1:").replace("%1", self.draft.origin.version)
        body = [f"{words.get(kind, kind)}: {what}" for kind, what in lines]
        self.diff.setText(
            "\n".join([head, *body])
            if body
            else self.tr("No change in the elements since version %1.").replace(
                "%1", self.draft.origin.version
            )
        )

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self.check()
        if self.checked is None or self.draft is None:
            return
        version = self.draft.version
        try:
            path = catalogue.save_user_definition(self.draft.tables())
        except (ModelDefinitionError, OSError) as exc:
            words = exc.problem if isinstance(exc, ModelDefinitionError) else str(exc)
            self.problem.setText(
                self.tr("Not saved: %1. Versions saved earlier are safe.").replace("%1", words)
            )
            self.problem.show()
            return
        kept_draft.forget(self)
        key = (self.checked.id, version)
        self._fill_sources(choose=key)
        self._open(
            key, offer_kept=False
        )  # go on from what was saved: the next change is again a new version
        self.status.setText(
            self.tr("Saved as version %1 in %2.").replace("%1", version).replace("%2", str(path))
        )
        self.saved.emit(version)
