"""What the command line says when the app says no: the service's refusal in the user's words
with its code, and an exit code that tells a refusal from storage trouble from bad usage.

    intervisie: refused [MODEL_UNKNOWN]: There is no model "x" version 9 on this computer. …
    intervisie: storage trouble [CANNOT_OPEN]: … cannot be opened: …

A `--json` command prints {"error": code, "params": {…}, "message": words} on stdout instead,
so a script reads the refusal as it reads the answer. The exit codes are the constants below
(README, "Command line", lists them too).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.vocabulary.errors import IntervisieError, StorageTrouble
from app.vocabulary.refusals import Refusal, english

DONE = 0  # done (`check`: and the database is sound)
REFUSED = 1  # the app refused (a rule, nothing found, a file it cannot use); nothing changed
USAGE = 2  # bad usage: an unknown option, a missing argument (argparse), a server for `backup`
DECIDE = 3  # the command cannot go on without a choice (import: --merge or --copy)
STORAGE = 4  # storage trouble: the database cannot be opened, read or written; nothing changed


def code_name(code: Refusal | None) -> str:
    return code.name if code is not None else "REFUSED"


def _code(exc: BaseException) -> Refusal | None:
    code = getattr(exc, "code", None)
    return code if isinstance(code, Refusal) else None


def _is_storage(exc: BaseException) -> bool:
    # a database that cannot be opened is a file problem to the services, but to a script
    # it is the storage failing, not a rule saying no
    return isinstance(exc, StorageTrouble) or _code(exc) is Refusal.CANNOT_OPEN


def exit_code(exc: BaseException) -> int:
    return STORAGE if _is_storage(exc) else REFUSED


def words(exc: BaseException) -> str:
    """The refusal in the catalogue's words (app.vocabulary.refusals), filled in. Storage
    trouble keeps its own words: they name the cause (a full disk, a locked file), and the
    catalogue's promise to save later is the window's, which retries; a command does not."""
    code = _code(exc)
    if code is None or _is_storage(exc) or _own_words(exc) is not None:
        return str(exc)
    try:
        return english(code, getattr(exc, "params", {}))
    except (KeyError, IndexError, ValueError):  # a wording whose parameter is missing
        return str(exc)


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters as JSON holds them (a path or a date as its text)."""
    return {
        k: v if isinstance(v, str | int | float | bool) or v is None else str(v)
        for k, v in params.items()
    }


def say(exc: BaseException, args: argparse.Namespace | None = None) -> int:
    """Print the refusal (as JSON when the command was asked for JSON); its exit code. exc is
    one of the app's errors (app.vocabulary.errors), or a lower layer's refusal without a code
    (a backup that failed its check, a room address not allowed)."""
    code = code_name(_code(exc))
    if args is not None and getattr(args, "json", False):
        params = _plain(getattr(exc, "params", {}))
        print(
            json.dumps({"error": code, "params": params, "message": words(exc)}, ensure_ascii=False)
        )
    else:
        kind = "storage trouble" if _is_storage(exc) else "refused"
        print(f"intervisie: {kind} [{code}]: {words(exc)}", file=sys.stderr)
    return exit_code(exc)


def say_text(code: Refusal, text: str, args: argparse.Namespace | None = None) -> int:
    """A refusal the command itself words (there is no session 42; what lists them)."""
    return say(_Worded(text, code=code, params={"detail": text}), args)


class _Worded(IntervisieError):
    """A refusal whose words the command chose: they are its message, not the catalogue's."""


def _own_words(exc: BaseException) -> str | None:
    return str(exc) if isinstance(exc, _Worded) else None
