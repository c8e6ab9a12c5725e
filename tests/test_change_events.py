"""The session controller announces typed changes (app.vocabulary.changes.Change) and write() says
what happened (saved / waiting / refused): no change is named by a string any more, so a listener
that waits for "action" while the writer says "actions" cannot happen again."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from app.services import communities, sessions, vertrekpunt
from app.vocabulary.changes import Change, Outcome

UI = Path(__file__).resolve().parent.parent / "app" / "ui"
WRITES = {"write", "write_later"}
LISTENERS = {"_changed", "_data_changed", "_session_changed"}


def _is_change(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Change"
    )


def _change_parameters(tree: ast.AST) -> dict[ast.AST, set[str]]:
    """Per call inside a function: the function's parameters annotated as a Change (a helper
    that passes on the Change its caller named, e.g. stages/typed_edits.py)."""
    out: dict[ast.AST, set[str]] = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            typed = {
                a.arg
                for a in fn.args.args + fn.args.kwonlyargs
                if a.annotation is not None and ast.unparse(a.annotation) == "Change"
            }
            for node in ast.walk(fn):
                out.setdefault(node, set()).update(typed)
    return out


def _strings(node: ast.expr) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def test_no_change_is_named_by_a_string_in_the_interface():
    found = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(UI)
        typed = _change_parameters(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                name = node.func.attr
                if name in WRITES:
                    found += [
                        f"{where}:{k.lineno} what={ast.unparse(k.value)}"
                        for k in node.keywords
                        if k.arg == "what"
                        and not _is_change(k.value)
                        and not (
                            isinstance(k.value, ast.Name) and k.value.id in typed.get(node, set())
                        )
                    ]
                if (
                    name == "emit"
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr == "changed"
                ):
                    found += [
                        f"{where}:{node.lineno} emit({ast.unparse(a)})"
                        for a in node.args
                        if _strings(a)
                    ]
            if isinstance(node, ast.FunctionDef) and node.name in LISTENERS:
                for cmp in (n for n in ast.walk(node) if isinstance(n, ast.Compare)):
                    if (
                        isinstance(cmp.left, ast.Name)
                        and cmp.left.id == "what"
                        and any(_strings(c) for c in cmp.comparators)
                    ):
                        found.append(f"{where}:{cmp.lineno} {ast.unparse(cmp)}")
    assert found == []


def test_one_member_per_change_and_no_twin_names():
    values = [c.value for c in Change]
    assert len(values) == len(set(values))
    singular = {v.rstrip("s") for v in values}
    assert len(singular) == len(values), "two members differ only by a plural s"
    assert Change.ACTIONS != "actions"  # not a str Enum: an old string name never matches


def test_the_signal_carries_the_change_and_write_says_saved(qapp, store):
    from app.ui.session.controller import SessionController

    community = communities.create_community(store, "Oost")
    s = sessions.create_session(store, community.id, "Eerste", date(2026, 3, 12))
    controller = SessionController(store, s.id)
    heard: list[object] = []
    controller.changed.connect(heard.append)
    written = controller.write(
        vertrekpunt.add_observation, s.id, "visie-regio", "Iets", what=Change.OBSERVATIONS
    )
    assert written.outcome is Outcome.SAVED and written.value.text == "Iets"
    assert heard == [Change.OBSERVATIONS]
    refused = controller.write(
        vertrekpunt.add_observation, s.id, "visie-regio", "  ", what=Change.OBSERVATIONS
    )
    assert refused.outcome is Outcome.REFUSED and refused.value is None
    assert refused.refusal and refused.error is not None
    assert heard == [Change.OBSERVATIONS]  # a refusal changes nothing
