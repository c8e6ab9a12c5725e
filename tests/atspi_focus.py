"""A small screen-reader client for tests/test_screen_reader.py, run by the system python3
(Debian's python3-pyatspi; the virtual environment has no pyatspi). Each line "focus" on stdin
is answered with the focused control's role and name as JSON, read from the accessibility bus
as Orca reads it: the object whose state is FOCUSED and SHOWING. Items inside a list or table
(the current cell, the current list item) carry FOCUSED too; they are reported apart from the
control that holds the keyboard."""

import json
import sys

import pyatspi

ITEMS = {"table cell", "list item", "tree item", "page tab"}


def label_of(obj) -> str:
    """The text of the label that names obj (on Linux a choice's own name is its value; its
    label comes by the "labelled by" relation, as Orca reads it)."""
    try:
        for relation in obj.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                return relation.getTarget(0).name
    except Exception:  # noqa: BLE001 - the bus hands back whatever its peer raised; no label then
        return ""
    return ""


def focused(obj, out, depth=0):
    try:
        state = obj.getState()
        role = obj.getRoleName()
    except Exception:  # noqa: BLE001 - the object went away meanwhile (any error of the bus)
        return
    if depth > 1 and not state.contains(pyatspi.STATE_SHOWING):
        return  # a hidden part of the window (another stage, another tab)
    kind = "item" if role in ITEMS else "widget"
    # the outermost one (a text box's inner area is focused with it); of the items, a table's
    # current cell before the current item of a list beside it
    if state.contains(pyatspi.STATE_FOCUSED) and (
        out[kind] is None or role == "table cell" != out[kind]["role"]
    ):
        out[kind] = {"role": role, "name": obj.name, "label": label_of(obj)}
    for i in range(obj.childCount):
        child = obj.getChildAtIndex(i)
        if child is not None:
            focused(child, out, depth + 1)


def main():
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            return
        desktop = pyatspi.Registry.getDesktop(0)
        out = {"widget": None, "item": None}
        # the newest application is ours (ones that quit before may linger in the list)
        for i in reversed(range(desktop.childCount)):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.childCount:
                focused(app, out)
                if out["widget"] or out["item"]:
                    break
        print(json.dumps(out), flush=True)


main()
