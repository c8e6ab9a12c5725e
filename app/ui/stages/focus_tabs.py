"""The focus page's two tabs, built: the accelerators with the element's observations and the
voted focus points, and the development path with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.i18n import current_language
from app.ui.stages import plan_carried_note
from app.ui.widgets.choices import element_label
from app.ui.widgets.labels import big_label, hint_label
from app.ui.widgets.line_list import Column, LineList
from app.ui.widgets.text_limits import limit_list, limit_text

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class _ChoiceText(QLabel):
    """Wrapping text beside a radio button that chooses it when clicked."""

    clicked = Signal()

    def __init__(self, text: str, bold: bool = False):
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if bold:
            f = self.font()
            f.setBold(True)
            self.setFont(f)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class FocusTabs:
    """The tab builders of FocusPage, mixed into it: they set the page's own attributes and are
    translated in its context."""

    # -- building -------------------------------------------------------------------------------
    def _accelerators_tab(self) -> QWidget:
        self.element = QComboBox()
        self.element.setAccessibleName(translate("FocusPage", "Element"))
        self.element.currentIndexChanged.connect(lambda _i: self._element_chosen())
        row = QHBoxLayout()
        element_label_ = QLabel(translate("FocusPage", "Element:"))
        element_label_.setBuddy(self.element)  # a screen reader names the choice by its label
        row.addWidget(element_label_)
        row.addWidget(self.element, 1)

        self.observations = QListWidget()
        self.observations.setAccessibleName(translate("FocusPage", "Observations of the element"))
        self.observations.setWordWrap(True)
        self.observations.itemActivated.connect(lambda _item: self._make_focus())
        self.make_focus = QPushButton(translate("FocusPage", "Make it a focus point (Enter)"))
        self.make_focus.setAccessibleName(
            translate("FocusPage", "Make the chosen observation a focus point")
        )
        self.make_focus.clicked.connect(self._make_focus)
        self.observation_hint = QLabel()
        self.observation_hint.setWordWrap(True)
        self.observation_panel = QWidget()
        tv = QVBoxLayout(self.observation_panel)
        tv.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("FocusPage", "Observations"))
        title.setToolTip(
            translate("FocusPage", "What the group said in the vertrekpunt about this element")
        )
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.make_focus)
        tv.addLayout(head)
        tv.addWidget(self.observations, 1)

        elements = tuple(
            (k, element_label(self.model, k, short=True)) for k in self.model.element_keys()
        )
        self.focus_list = LineList(
            translate("FocusPage", "Focus points"),
            translate("FocusPage", "+ add a focus point (Enter)"),
            (
                Column("votes", translate("FocusPage", "Votes")),
                Column("element", translate("FocusPage", "Element"), elements, read_only=True),
                Column(
                    "origin",
                    translate("FocusPage", "From"),
                    (
                        ("observation", translate("FocusPage", "observation")),
                        ("own", translate("FocusPage", "own")),
                    ),
                    read_only=True,
                ),
            ),
        )
        limit_list(self.focus_list, "focus_point", "text")
        self.focus_list.added.connect(self._add)
        self.controller.entry_drafts.attach(self.focus_list, "focus:new-focus-point")
        self.focus_list.edited.connect(self._edit)
        self.focus_list.deleted.connect(self._delete)
        self.focus_list.valueChanged.connect(self._value)
        self.focus_list.undoRequested.connect(self._undo)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.observation_panel)
        split.addWidget(self.focus_list)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.addLayout(row)
        v.addWidget(self.observation_hint)
        v.addWidget(split, 1)
        self.focus_list.table.setToolTip(
            translate(
                "FocusPage",
                "Dot votes: select a focus point and press + or -, or type the count; "
                "the list sorts by votes.",
            )
        )
        return tab

    def _path_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.addWidget(
            big_label(
                translate("FocusPage", "Which development path does the group choose?"), scale=1.1
            )
        )
        self.paths = QButtonGroup(self)
        self.paths.setExclusive(True)
        self.path_buttons: dict[str, QRadioButton] = {}
        lang = current_language()
        for p in self.model.paths:
            button = QRadioButton()
            button.setAccessibleName(p.label.get(lang))
            self.paths.addButton(button)
            self.path_buttons[p.key] = button
            v.addLayout(
                self._path_option(
                    button, p.label.get(lang), p.explanation.get(lang) if p.explanation else ""
                )
            )
            v.addSpacing(8)
        self.paths.buttonClicked.connect(lambda _b: self._path_chosen())
        v.addWidget(QLabel(translate("FocusPage", "Why this path?")))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(translate("FocusPage", "Reason for the development path"))
        self.reason.setPlaceholderText(
            translate("FocusPage", "In the group's words: why this path?")
        )
        self.reason.setTabChangesFocus(True)
        limit_text(self.reason, "intervisie_session", "development_path_reason")
        self.reason.textChanged.connect(self._reason_typed)
        v.addWidget(self.reason, 1)
        self.path_hint = hint_label()
        v.addWidget(self.path_hint)
        self.path_carried = plan_carried_note.attach(self, v, "path")  # a follow-up's path
        return tab

    def _path_option(self, button: QRadioButton, label: str, explanation: str) -> QHBoxLayout:
        """A radio button whose long label and explanation wrap (a QRadioButton's text does
        not); a click on the text chooses it too."""
        title = _ChoiceText(label, bold=True)
        text = _ChoiceText(explanation)
        for label_widget in (title, text):
            label_widget.clicked.connect(button.click)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        return row
