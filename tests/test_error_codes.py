"""One error hierarchy (app.vocabulary.errors): every error a service raises for the user has a
code, so the interface can word it in the language on screen; only programming errors (a wrong
argument) are plain Python exceptions. Before, takeout, recovery, exchange, privacy, the room and
the cycle's theme and review checks raised Dutch or English text without a code."""

from __future__ import annotations

import ast
import builtins
import importlib
import typing
from pathlib import Path

import pytest

from app.vocabulary.errors import Conflict, FileProblem, IntervisieError, Refused, StorageTrouble
from app.vocabulary.refusals import Refusal

SERVICES = Path(__file__).resolve().parent.parent / "app" / "services"
# a caller's mistake, never shown to a user as such
PROGRAMMING = {TypeError, ValueError, KeyError, LookupError, NotImplementedError, AssertionError}


def _target(module, node: ast.expr):
    if isinstance(node, ast.Name):
        return getattr(module, node.id, getattr(builtins, node.id, None))
    if isinstance(node, ast.Attribute):
        owner = _target(module, node.value)
        return getattr(owner, node.attr, None)
    return None


def _coded(module, call: ast.Call) -> str | None:
    """None when the raised error carries a code, else why not."""
    made = _target(module, call.func)
    if made is None:
        return f"cannot tell what {ast.unparse(call.func)} is"
    if isinstance(made, type):
        if made in PROGRAMMING:
            return None
        if not issubclass(made, IntervisieError):
            return f"{made.__name__} is not an IntervisieError"
        if made.code is None and not any(k.arg == "code" for k in call.keywords):
            return f"{made.__name__} without a code"
        return None
    if made.__name__ == "refused":
        first = call.args[0] if call.args else None
        ok = (
            isinstance(first, ast.Attribute)
            and isinstance(first.value, ast.Name)
            and first.value.id == "Refusal"
        )
        return None if ok else "refused() without a Refusal"
    returned = typing.get_type_hints(made).get("return")  # a helper that makes the error
    if isinstance(returned, type) and issubclass(returned, IntervisieError) and returned.code:
        return None
    return f"{made.__name__}() does not return an error with a code"


def test_every_raise_in_the_services_carries_a_code():
    missing = []
    for path in sorted(SERVICES.glob("*.py")):
        module = importlib.import_module(f"app.services.{path.stem}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                why = _coded(module, node.exc)
                if why:
                    missing.append(f"{path.name}:{node.lineno} {why}")
    assert missing == []


def test_the_services_errors_are_of_the_one_hierarchy():
    from app.services import bootstrap, errors, exchange_file, exchange_import
    from app.store.storage_errors import StorageFailure
    from app.store.store import ChangedElsewhere

    kinds = {
        errors.RuleRefused: Refused,
        errors.NotFound: Refused,
        errors.SessionClosed: Refused,
        errors.TextTooLong: Refused,
        errors.StorageUnavailable: StorageTrouble,
        StorageFailure: StorageTrouble,
        errors.ConcurrentEdit: Conflict,
        ChangedElsewhere: Conflict,
        errors.SessionInUse: Conflict,
        exchange_import.NeedsDecision: Conflict,
        exchange_file.ExchangeRejected: FileProblem,
        errors.FileRefused: FileProblem,
        bootstrap.OpenFailure: FileProblem,
    }
    for cls, kind in kinds.items():
        assert issubclass(cls, kind), cls
    assert issubclass(errors.ServiceError, IntervisieError)


@pytest.mark.parametrize(
    "lang, expected",
    [("nl", "Er bestaat geen reservekopie"), ("en", "does not exist. Nothing was changed.")],
)
def test_a_restore_refusal_is_worded_in_the_language_on_screen(qapp, tmp_path, lang, expected):
    from app.services import recovery
    from app.services.errors import ServiceError
    from app.ui.common.i18n import install_language
    from app.ui.common.service_words import words

    with pytest.raises(ServiceError) as caught:
        recovery.restore_backup(tmp_path / "groep.db", tmp_path / "weg.db")
    assert caught.value.code is Refusal.BACKUP_MISSING
    install_language(lang)
    try:
        assert expected in words(caught.value)
    finally:
        install_language("en")


def test_the_cycle_checks_say_in_english_what_was_refused(store):
    """The theme and review checks raised Dutch text on an English screen and command line."""
    from datetime import date

    from app.services import aanpak, communities, sessions, vervolg
    from app.services.errors import ServiceError

    c = communities.create_community(store, "Oost")
    s = sessions.create_session(store, c.id, "Een", date(2026, 3, 12))
    theme = vervolg.add_theme(store, s.id, label="Eigen thema")
    with pytest.raises(ServiceError) as caught:
        vervolg.set_theme_elements(store, theme.id, ["bestaat-niet"])
    assert caught.value.code is Refusal.THEME_ELEMENT_UNKNOWN
    assert "bestaat-niet" in str(caught.value) and "Onbekend" not in str(caught.value)
    action = aanpak.add_action(store, s.id, "Proeftuin")
    with pytest.raises(ServiceError) as caught:
        aanpak.review_action(store, s.id, action.id, "gereed")
    assert caught.value.code is Refusal.REVIEW_NOT_EARLIER
