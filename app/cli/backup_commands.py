"""`intervisie backup list|make|restore`: the verified copies beside the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import add_database_option
from app.cli.said import say
from app.paths import choose_database, is_url


def _db_path(args: argparse.Namespace) -> Path | None:
    target = choose_database(getattr(args, "database", None))
    if is_url(target) and not target.startswith("sqlite"):
        print(
            "intervisie: backups are made of a database file; a server keeps its own",
            file=sys.stderr,
        )
        return None
    return Path(target.removeprefix("sqlite:///")).expanduser().resolve()


def _list(args: argparse.Namespace) -> int:
    from app.store.backup import integrity_ok, list_backups

    path = _db_path(args)
    if path is None:
        return 2
    found = list_backups(path)
    missing = not path.exists() or path.stat().st_size == 0
    if not found:
        if missing:
            print(
                f"intervisie: there is no database at {path}, and no backups of it", file=sys.stderr
            )
            return 1
        print(f"(no backups of {path} yet)")
        return 0
    for i, b in enumerate(found, 1):
        check = ""
        if args.verify:
            ok, msg = integrity_ok(b.path)
            check = "  verified" if ok else f"  DAMAGED: {msg}"
        print(
            f"{i:>4}  {b.made_at:%Y-%m-%d %H:%M:%S}  {b.reason:<14} {b.size / 1024:>8.0f} KB"
            f"  {b.path.name}{check}"
        )
    if missing:  # the backups are listed: they are what brings the database back
        print(
            f"intervisie: the database {path} is missing or empty; `intervisie backup "
            "restore` puts the newest verified backup back",
            file=sys.stderr,
        )
        return 1
    return 0


def _make(args: argparse.Namespace) -> int:
    from app.store.backup import BackupError, make_backup

    path = _db_path(args)
    if path is None:
        return 2
    if not path.exists() or path.stat().st_size == 0:
        from app.services.bootstrap import missing_message

        print(f"intervisie: {missing_message(path)}", file=sys.stderr)
        return 1
    try:
        info = make_backup(path, "handmatig")
    except BackupError as exc:
        return say(exc, args)
    except OSError as exc:  # the backups folder cannot be made or written (a read-only stick)
        print(
            f"intervisie: no backup could be made beside {path}: {exc.strerror or exc}. "
            "The database has not been changed.",
            file=sys.stderr,
        )
        return 1
    print(f"backup made and verified: {info.path}")
    return 0


def _choose(path: Path, which: str | None):
    """The backup named by a number from `backup list`, a file, or (None) the newest verified."""
    from app.store.backup import list_backups, newest_verified

    if which is None:
        return newest_verified(path)
    if which.isdigit():
        found = list_backups(path)
        n = int(which)
        return found[n - 1].path if 1 <= n <= len(found) else None
    return Path(which)


def _restore(args: argparse.Namespace) -> int:
    from app.services.errors import ServiceError
    from app.services.recovery import restore_backup

    path = _db_path(args)
    if path is None:
        return 2
    chosen = _choose(path, args.which)
    if chosen is None:
        print("intervisie: no such backup; `intervisie backup list` shows them", file=sys.stderr)
        return 1
    try:
        result = restore_backup(path, chosen)
    except ServiceError as exc:
        return say(exc, args)
    print(f"restored {result.restored.name} as {path}")
    if result.kept_aside is not None:
        print(f"the database as it was is kept as {result.kept_aside}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="list, make or restore verified backups of the database")
    actions = p.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="the backups, newest first")
    lst.add_argument("--verify", action="store_true", help="run SQLite's integrity check on each")
    lst.set_defaults(run=_list)
    make = actions.add_parser("make", help="make a verified backup now")
    make.set_defaults(run=_make)
    restore = actions.add_parser(
        "restore", help="replace the database by a backup (the current file is kept aside)"
    )
    restore.add_argument(
        "which",
        nargs="?",
        help="number from `backup list`, or a backup file; default: the newest "
        "backup that verifies",
    )
    restore.set_defaults(run=_restore)
    for q in (p, lst, make, restore):
        add_database_option(q)
