"""The subcommands."""

from __future__ import annotations

import argparse

from app.cli import (
    actions_commands,
    backup_commands,
    erase_commands,
    exchange_commands,
    list_commands,
    model_commands,
    placemat_commands,
    report_commands,
    room_commands,
    server_commands,
)
from app.cli.common import add_database_option, open_for_cli
from app.cli.said import STORAGE


def _check(args: argparse.Namespace) -> int:
    from app.services.health import check

    store = open_for_cli(args, only_reads=True)
    if store is None:
        return STORAGE
    try:
        r = check(store)
    finally:
        store.close()
    print(f"database:   {r.database}")
    print(f"revision:   {r.revision} (expected {r.expected_revision})")
    print(f"model:      {', '.join(r.model_versions) or '(no sessions yet)'}")
    print(f"shipped:    {', '.join(r.shipped_models)}")
    print(f"contents:   {r.communities} communities, {r.sessions} sessions")
    print(f"integrity:  {r.integrity}")
    for p in r.problems:
        print(f"problem:    {p}")
    for w in r.warnings:
        print(f"warning:    {w}")
    print("ok" if r.ok else "NOT OK")
    return 0 if r.ok else 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="check the database: schema revision, model versions, integrity"
    )
    add_database_option(p)
    p.set_defaults(run=_check)
    list_commands.register(sub)
    report_commands.register(sub)
    backup_commands.register(sub)
    exchange_commands.register(sub)
    server_commands.register(sub)
    erase_commands.register(sub)
    actions_commands.register(sub)
    placemat_commands.register(sub)
    room_commands.register(sub)
    model_commands.register(sub)
