"""What every subcommand does first: find and open the database, with plain-language errors."""

from __future__ import annotations

import argparse
import sys

from app.paths import DATABASE_ENV, choose_database


def add_database_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="PATH", default=argparse.SUPPRESS,
                   help=f"the database file (or URL); also ${DATABASE_ENV}")


def open_for_cli(args: argparse.Namespace):
    """The Store, or None after printing why it could not be opened (exit code 2)."""
    from app.services.bootstrap import OpenFailure, open_database

    try:
        return open_database(choose_database(getattr(args, "database", None)))
    except OpenFailure as exc:
        print(f"intervisie: {exc.message}", file=sys.stderr)
        return None
