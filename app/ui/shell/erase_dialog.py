"""File → Erase a person…: the name, then every mention in context, ticked or not, then the erase.

The full name is ticked from the start; a surname or first name on its own is not, since it may
be somebody else (another Zoë, the word "wit" for Anne de Wit): the facilitator ticks those that
are this person. Afterwards the app says what it erased and which files it wrote elsewhere that
it cannot reach (exports and reports on a stick, in the mail), so those can be deleted by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.services.errors import ServiceError
from app.ui.common import messages
from app.ui.widgets.check_list import CheckList

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _kind(kind: str) -> str:
    return {
        "full": translate("EraseDialog", "full name"),
        "surname": translate("EraseDialog", "surname only"),
        "first": translate("EraseDialog", "first name only"),
    }[kind]


def _place(x) -> str:
    if x.whole:
        return {
            "participant": translate("EraseDialog", "participant"),
            "actor": translate("EraseDialog", "contact person"),
            "facilitator": translate("EraseDialog", "facilitator"),
            "owner": translate("EraseDialog", "action owner"),
            "partner": translate("EraseDialog", "action partner"),
            "holder": translate("EraseDialog", "running a session"),
        }.get(x.role, x.role)
    table = {
        "community": translate("EraseDialog", "community"),
        "actor": translate("EraseDialog", "actor"),
        "intervisie_session": translate("EraseDialog", "session"),
        "participant": translate("EraseDialog", "participant"),
        "observation": translate("EraseDialog", "observation"),
        "focus_point": translate("EraseDialog", "focus point"),
        "action": translate("EraseDialog", "action"),
        "action_review": translate("EraseDialog", "review"),
    }.get(x.table, x.table)
    return f"{table} ({x.column})"


def label(x) -> str:
    backups = sum(f != "database" for f in x.files)
    files = " · " + EraseWords().in_backups(backups) if backups else ""
    return f"{_kind(x.kind)} · {_place(x)}: {x.context}{files}"


class EraseDialog(QDialog):
    """Every mention of the name, each with a tick box; accept erases the ticked ones."""

    def __init__(self, parent, name: str, mentions: list):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase “%1”").replace("%1", name))
        self.mentions = sorted(mentions, key=lambda x: ("full", "surname", "first").index(x.kind))
        self.list = CheckList(self.tr("Mentions to erase"), self)
        self.list.set_items((i, label(x), x.kind == "full") for i, x in enumerate(self.mentions))
        tick_all = QPushButton(self.tr("Tick all"))
        tick_all.clicked.connect(lambda: self._tick(True))
        tick_none = QPushButton(self.tr("Tick none"))
        tick_none.clicked.connect(lambda: self._tick(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase = buttons.addButton(
            self.tr("Erase the ticked mentions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(tick_all)
        row.addWidget(tick_none)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every place the name is mentioned, in the database and its backups. A surname or "
                "first name on its own may be somebody else: tick only what is this person. The "
                "ticked mentions are erased from the database, its backups and every copy beside "
                "it; this cannot be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def _tick(self, ticked: bool) -> None:
        for key in self.list.keys():  # noqa: SIM118 - a CheckList, not a dict
            self.list.set_checked(key, ticked)

    def chosen(self) -> list:
        return [self.mentions[i] for i in self.list.checked_keys()]


class EraseWords(QObject):
    """The counted phrases of the erase dialog, each with its own plural (Qt's %n is one
    number per text; lupdate reads plural forms only from self.tr)."""

    def in_backups(self, n: int) -> str:
        return self.tr("also in %n backup(s)", "", n)

    def summary(self, counts) -> str:
        erased = [
            self.tr("%n participation(s)", "", counts.participants),
            self.tr("%n contact person(s)", "", counts.actors),
            self.tr("%n time(s) as facilitator", "", counts.facilitators),
            self.tr("%n action owner(s)", "", counts.owners),
            self.tr("%n partner entry(ies)", "", counts.partners),
            self.tr("%n mention(s) in texts", "", counts.text_mentions),
        ]
        files = [
            self.tr("%n backup(s) rewritten", "", counts.backups),
            self.tr("%n damaged copy(ies) overwritten", "", counts.damaged),
            self.tr("%n leftover file(s) deleted", "", counts.leftovers),
        ]
        return (
            self.tr("Erased: %1; %2.")
            .replace("%1", ", ".join(erased))
            .replace("%2", ", ".join(files))
        )


def _summary(counts) -> str:
    text = EraseWords().summary(counts)
    if counts.unreachable:
        text += (
            "\n\n"
            + translate(
                "EraseDialog",
                "The app wrote these files elsewhere and cannot reach them; delete "
                "them yourself if they name this person:",
            )
            + "\n"
            + "\n".join(counts.unreachable)
        )
    return text


def erase_person(parent, store) -> bool:
    """Ask the name, show the mentions, erase the ticked ones. True when something was erased."""
    from app.services.privacy import erase_mentions, find_mentions

    title = translate("EraseDialog", "Erase a person")
    name, ok = QInputDialog.getText(
        parent,
        title,
        translate(
            "EraseDialog", "Full name of the person to erase from every session, action and backup:"
        ),
    )
    name = name.strip()
    if not ok or not name:
        return False
    try:
        mentions = find_mentions(store, name)
    except ServiceError as exc:
        messages.warn(parent, title, str(exc))
        return False
    if not mentions:
        messages.tell(
            parent,
            title,
            translate(
                "EraseDialog", "“%1” is not mentioned anywhere; nothing was changed."
            ).replace("%1", name),
        )
        return False
    dialog = EraseDialog(parent, name, mentions)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
        return False
    try:
        counts = erase_mentions(store, name, dialog.chosen())
    except ServiceError as exc:
        messages.warn(parent, title, str(exc))
        return False
    messages.tell(parent, title, _summary(counts))
    return True
