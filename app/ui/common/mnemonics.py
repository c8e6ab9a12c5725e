"""Menu mnemonics (Alt+letter) chosen at run time, in whichever language the menu is shown.

Written into the translations they would clash whenever Dutch and English differ ("Exporteren"
and "Importeren" would both want the E): like KDE's accelerator manager, each menu gives every
item the first letter that is still free, preferring the first letter of a word. Items that
already carry an "&" keep it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def _candidates(text: str):
    """Positions to try: the start of each word first, then every other letter."""
    starts = [
        i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())
    ]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    return starts + rest


def with_mnemonic(text: str, taken: set[str]) -> str:
    if "&" in text.replace("&&", ""):
        taken.add(text[text.index("&") + 1].lower())
        return text
    for i in _candidates(text):
        letter = text[i].lower()
        if letter not in taken and text[i].isascii():
            taken.add(letter)
            return text[:i] + "&" + text[i:]
    return text


def assign(menu: QMenu) -> None:
    """Give every item of menu (and of its submenus) a mnemonic of its own within that menu."""
    taken: set[str] = set()
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    for act in actions:  # the ones set by hand first, so the automatic ones avoid them
        text = act.text()
        if "&" in text.replace("&&", ""):
            taken.add(text[text.index("&") + 1].lower())
    for act in actions:
        act.setText(with_mnemonic(act.text(), taken))
        if act.menu() is not None:
            assign(act.menu())
