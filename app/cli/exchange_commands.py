"""`intervisie export` and `intervisie import`: exchange files (.intervisie) between laptops."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_database_option, open_for_cli, print_conflicts
from app.cli.said import DECIDE, STORAGE, say, say_text, words
from app.paths import choose_database


def _open_read_only(args: argparse.Namespace):
    """Exporting only reads, so it works while the app has the file open."""
    from app.services.bootstrap import OpenFailure, open_database

    try:
        return open_database(choose_database(getattr(args, "database", None)), read_only=True)
    except OpenFailure as exc:
        say(exc, args)
        return None


def _export(args: argparse.Namespace) -> int:
    from app.services.communities import list_communities
    from app.services.errors import ServiceError
    from app.services.exchange_export import export_community, export_session

    if args.without_organisations and not args.anonymise:
        print("intervisie: --without-organisations goes with --anonymise", file=sys.stderr)
        return 1
    store = _open_read_only(args)
    if store is None:
        return STORAGE
    try:
        if args.session is not None:
            result = export_session(
                store, args.session, args.output, args.anonymise, args.without_organisations
            )
        else:
            community = args.community
            if community is None:
                found = list_communities(store)
                if len(found) != 1:
                    print(
                        "intervisie: say which community (--community ID) or session "
                        "(--session ID):",
                        file=sys.stderr,
                    )
                    for c in found:
                        print(f"{c.id:>5}  {c.name}  ({c.session_count} sessions)", file=sys.stderr)
                    return 1
                community = found[0].id
            result = export_community(
                store, community, args.output, args.anonymise, args.without_organisations
            )
    except ServiceError as exc:
        return say(exc, args)
    finally:
        store.close()
    what = "anonymised " if result.anonymised else ""
    print(f"{what}export written: {result.path} ({result.sessions} sessions, {result.rows} rows)")
    return 0


def _ask(question: str) -> str:
    print(question)
    answer = input("[m]erge, [c]opy (keep both) or [a]bort? ").strip().lower()[:1]
    return {"m": "merge", "c": "copy"}.get(answer, "")


def _import(args: argparse.Namespace) -> int:
    from app.services.errors import ServiceError
    from app.services.exchange_import import NeedsDecision, import_file

    store = open_for_cli(args)
    if store is None:
        return STORAGE
    try:
        try:
            result = import_file(store, args.file, args.on_existing)
        except NeedsDecision as exc:
            choice = _ask(str(exc)) if sys.stdin.isatty() else ""
            if not choice:
                say_text(exc.code, f"{words(exc)} Run again with --merge or --copy.", args)
                return DECIDE
            result = import_file(store, args.file, choice)
    except ServiceError as exc:
        return say(exc, args)
    finally:
        store.close()
    print(
        f"imported “{result.community_name}” ({result.mode}): {result.added} rows added, "
        f"{result.updated} updated, {result.deleted} deleted, {result.kept} kept as they "
        "were here"
    )
    if result.mode == "merge":
        print_conflicts(result.conflicts)
    if result.dropped_links:
        print(
            f"{result.dropped_links} links pointed at sessions that are not here and were left out"
        )
    if result.backup is not None:
        print(f"backup before the import: {result.backup}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a community (or one session) to a .intervisie file")
    p.add_argument("output", help="the file to write (.intervisie is added when missing)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--community", type=int, metavar="ID")
    which.add_argument("--session", type=int, metavar="ID")
    p.add_argument(
        "--anonymise",
        action="store_true",
        help="people become 'Deelnemer 1', 'Deelnemer 2', …; contact details left out",
    )
    p.add_argument(
        "--without-organisations",
        action="store_true",
        help="with --anonymise: leave the participants' organisations out too",
    )
    add_database_option(p)
    p.set_defaults(run=_export)

    q = sub.add_parser("import", help="read a .intervisie file into the database")
    q.add_argument("file")
    mode = q.add_mutually_exclusive_group()
    mode.add_argument(
        "--merge",
        dest="on_existing",
        action="store_const",
        const="merge",
        help="when the community is already here: take what changed in the file "
        "only; what changed on both sides is kept twice and listed",
    )
    mode.add_argument(
        "--copy",
        dest="on_existing",
        action="store_const",
        const="copy",
        help="keep both: the file's rows get new ids (a separate community)",
    )
    q.set_defaults(run=_import, on_existing="ask")
    add_database_option(q)
