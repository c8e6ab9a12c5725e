"""Under the themes in vervolg: which model elements a chosen theme works on, so the trace from
an action through its themes reaches the model (app.services.trace). Pick the theme, tick the
elements; each tick is saved at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import vervolg as svc
from app.ui.common.i18n import current_language
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choices import element_label
from app.vocabulary.changes import Change


class ThemeElements(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme whose model elements are shown"))
        self.theme.activated.connect(lambda _i: self._fill_elements())
        self.elements = CheckList(self.tr("Model elements the theme works on"))
        self.elements.toggled.connect(lambda *_: self._write())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The theme works on these elements of the model:")))
        row.addWidget(self.theme, 1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.elements)

    def reload(self) -> None:
        chosen = self.page.controller.read(svc.list_themes, self.page.session_id)
        keep = self.theme.currentData()
        self.theme.clear()
        for t in chosen:
            self.theme.addItem(svc.theme_label(t, current_language(), self.page.model), t.id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(keep)))
        self.setVisible(bool(chosen))
        self._fill_elements()

    def _fill_elements(self) -> None:
        theme_id = self.theme.currentData()
        theme = next(
            (
                t
                for t in self.page.controller.read(svc.list_themes, self.page.session_id)
                if t.id == theme_id
            ),
            None,
        )
        ticked = set(theme.element_keys) if theme else set()
        model = self.page.model
        self.elements.set_items(
            (k, element_label(model, k, short=True), k in ticked) for k in model.element_keys()
        )
        self.elements.fit_height(5)

    def _write(self) -> None:
        theme_id = self.theme.currentData()
        if theme_id is not None:
            self.page.controller.write(
                svc.set_theme_elements,
                theme_id,
                self.elements.checked_keys(),
                what=Change.THEME_ELEMENTS,
            )
