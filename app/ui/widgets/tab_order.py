"""The Tab order of a page, written down in the order a facilitator works (and a screen reader
walks), instead of the order the widgets happened to be made in: lists made later, on demand,
would otherwise land at the end of the window's chain and be out of reach."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def stops(item) -> list[QWidget]:
    """The widgets Tab stops at for one item: a widget, or anything with tab_stops()."""
    if hasattr(item, "tab_stops"):
        return list(item.tab_stops())
    return [item]


def chain(*items) -> None:
    """Tab goes from each item to the next (a LineList counts as its entry line, its list and
    its buttons; the current line's choices follow the list)."""
    widgets = [w for item in items if item is not None for w in stops(item)]
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
    for item in items:
        if hasattr(item, "row_focus"):
            item.row_focus.refresh()  # the chain moved the buttons behind the list
