"""Commands for a network on a shared database: `intervisie migrate` (create or update a database,
a server's included), `intervisie takeout` and `intervisie bringback` (a community to a laptop's
file and back, README "A shared database for a network")."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_database_option, print_conflicts
from app.cli.said import STORAGE, say
from app.paths import choose_database, is_url


def _open(target: str, with_demo: bool = False, start_empty: bool = False):
    from app.services.bootstrap import OpenFailure, open_database

    try:
        return open_database(target, with_demo=with_demo, start_empty=start_empty)
    except OpenFailure as exc:
        say(exc)
        return None


def _revision_before(target: str) -> str | None:
    """The schema revision before opening; None for a database that does not exist yet."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.store import migrate
    from app.store.engine import make_engine
    from app.store.sqlite_files import CannotRead

    try:
        if is_url(target) and not target.startswith("sqlite"):
            engine = make_engine(target, read_only=True)
            try:
                return migrate.read_revision(engine)
            finally:
                engine.dispose()
        return migrate.read_revision_sqlite(Path(target.removeprefix("sqlite:///")).expanduser())
    # unreadable here (no server, no driver, not a database): opening it says why, in the
    # user's words
    except (
        SQLAlchemyError,
        ValueError,
        ImportError,
        OSError,
        CannotRead,
        migrate.NotADatabaseError,
    ):
        return None


def _migrate(args: argparse.Namespace) -> int:
    from app.store.schema_version import HEAD

    target = choose_database(getattr(args, "database", None))
    before = _revision_before(target)
    store = _open(target, start_empty=args.start_empty)
    if store is None:
        return STORAGE
    try:
        print(f"database:   {store.describe()}")
        if store.created:
            print(f"schema:     {HEAD} (created, empty)")
        elif before and before != HEAD:
            print(f"schema:     {HEAD} (updated from {before})")
        else:
            print(f"schema:     {HEAD} (already current)")
    finally:
        store.close()
    return 0


def _takeout(args: argparse.Namespace) -> int:
    from app.services.errors import ServiceError
    from app.services.takeout import takeout

    server = _open(args.source)
    if server is None:
        return STORAGE
    try:
        result = takeout(server, args.community, Path(args.dest))
    except ServiceError as exc:
        return say(exc, args)
    finally:
        server.close()
    print(f"taken out: “{result.community_name}” ({result.sessions} sessions) into {result.path}")
    print(f"work on it with: intervisie --database {result.path}")
    print(f"bring it back with: intervisie bringback --from {result.path} --to URL")
    return 0


def _bringback(args: argparse.Namespace) -> int:
    from app.services.errors import ServiceError
    from app.services.takeout import bring_back

    laptop = _open(args.source)
    if laptop is None:
        return STORAGE
    server = _open(args.dest)
    if server is None:
        laptop.close()
        return STORAGE
    try:
        result = bring_back(laptop, server)
    except ServiceError as exc:
        return say(exc, args)
    finally:
        server.close()
        laptop.close()
    print(
        f"brought back “{result.community_name}”: {result.added} rows added, "
        f"{result.updated} updated, {result.deleted} deleted"
    )
    print_conflicts(result.conflicts)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "migrate",
        help="create the database (empty) or bring it to this "
        "version's schema; also a PostgreSQL server's",
    )
    p.add_argument(
        "--start-empty",
        action="store_true",
        help="make a new, empty database even though backups say one was here "
        "(otherwise refused; `intervisie backup restore` brings it back)",
    )
    add_database_option(p)
    p.set_defaults(run=_migrate)

    p = sub.add_parser(
        "takeout",
        help="copy a community from a shared database into a new file, to work on it offline",
    )
    p.add_argument("--community", type=int, required=True, metavar="ID")
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="URL",
        help="the shared database (postgresql://user:password@host/database)",
    )
    p.add_argument(
        "--to", dest="dest", required=True, metavar="FILE.db", help="the new file on this laptop"
    )
    p.set_defaults(run=_takeout)

    p = sub.add_parser(
        "bringback",
        help="merge a community taken out into a file back into "
        "the shared database; conflicts keep both sides",
    )
    p.add_argument("--from", dest="source", required=True, metavar="FILE.db")
    p.add_argument("--to", dest="dest", required=True, metavar="URL")
    p.set_defaults(run=_bringback)
