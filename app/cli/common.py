"""What every subcommand does first: find and open the database, with plain-language errors."""

from __future__ import annotations

import argparse
import sys

from app.paths import DATABASE_ENV, choose_database


def add_database_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="PATH", default=argparse.SUPPRESS,
                   help=f"the database file (or URL); also ${DATABASE_ENV}")


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
        print(f"intervisie: {exc.message}", file=sys.stderr)
        return None


def print_conflicts(conflicts) -> None:
    """What a merge (bring-back or import) found changed on both sides, each with both values."""
    if not conflicts:
        print("no conflicts")
        return
    print(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} "
          "(changed on both sides; nothing was lost):")
    for conflict in conflicts:
        print(f"  - {conflict.describe()}")
