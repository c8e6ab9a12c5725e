"""What every subcommand does first: find and open the database, with plain-language errors."""

from __future__ import annotations

import argparse
import sys

from app.cli.said import STORAGE, say, say_text
from app.paths import DATABASE_ENV, choose_database
from app.vocabulary.refusals import Refusal


def add_database_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--database",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"the database file (or URL); also ${DATABASE_ENV}",
    )


def open_for_cli(args: argparse.Namespace, only_reads: bool = False):
    """The Store, or None after printing why it could not be opened (exit code 2). A command
    that only reads (check, sessions, report) still works while the app has the file open, and
    never creates a file: a missing database is a message (naming its backups, if any)."""
    from app.services.bootstrap import FileInUse, OpenFailure, open_database

    target = choose_database(getattr(args, "database", None))
    try:
        try:
            return open_database(target, must_exist=only_reads)
        except FileInUse:
            if not only_reads:
                raise
            return open_database(target, read_only=True)
    except OpenFailure as exc:
        say(exc, args)
        return None


def print_conflicts(conflicts) -> None:
    """What a merge (bring-back or import) found changed on both sides, each with both values."""
    if not conflicts:
        print("no conflicts")
        return
    print(
        f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} "
        "(changed on both sides; nothing was lost):"
    )
    for conflict in conflicts:
        print(f"  - {conflict.describe()}")


def read_report_data(args: argparse.Namespace, **uses):
    """The data of the report of session args.session (uses: report_data's options), or the exit
    code after saying why in plain words (no database, no such session)."""
    from app.services.errors import NotFound
    from app.services.report_data import report_data

    store = open_for_cli(args, only_reads=True)
    if store is None:
        return STORAGE
    try:
        return report_data(store, args.session, **uses)
    except NotFound:
        return say_text(
            Refusal.NOT_FOUND,
            f"there is no session {args.session}; `intervisie sessions` lists them",
            args,
        )
    finally:
        store.close()


def write_output(out: str, write, kind: str, anonymous: bool = False) -> int:
    """write() the file out; say what was written, or in plain words why it could not be.
    The app remembers the path (no names in it) so that erasing a person can list it later."""
    from app.services.written_files import remember

    try:
        write()
    except OSError as exc:
        print(f"intervisie: could not write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    remember(out, kind, anonymous)
    print(f"written: {out}")
    return 0
