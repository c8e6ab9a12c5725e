"""`intervisie actions` writes the action list as a spreadsheet (XLSX or CSV)."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_database_option, open_for_cli
from app.cli.said import STORAGE, say_text
from app.vocabulary.refusals import Refusal


def _actions(args: argparse.Namespace) -> int:
    from app.reports.actions_sheet import FORMATS, write_actions
    from app.services.action_list import action_list
    from app.services.errors import NotFound
    from app.services.written_files import remember

    if not args.out.lower().endswith(FORMATS):
        print(f"intervisie: --out must end in {' or '.join(FORMATS)}", file=sys.stderr)
        return 1
    store = open_for_cli(args, only_reads=True)
    if store is None:
        return STORAGE
    try:
        found = action_list(
            store, session_id=args.session, community_id=args.community, open_only=args.open
        )
    except NotFound:
        what = (
            f"session {args.session}" if args.session is not None else f"community {args.community}"
        )
        lister = "sessions" if args.session is not None else "communities"
        return say_text(
            Refusal.NOT_FOUND, f"there is no {what}; `intervisie {lister}` lists them", args
        )
    finally:
        store.close()
    try:
        write_actions(found, args.out, lang=args.lang)
    except OSError as exc:
        print(f"intervisie: could not write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    remember(args.out, "actions")  # erasing a person lists it later
    n = len(found.entries)
    print(f"written: {args.out} ({n} action{'s' if n != 1 else ''})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actions", help="write the action list as a spreadsheet (XLSX or CSV)")
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=int, metavar="ID", help="one session's actions")
    scope.add_argument(
        "--community", type=int, metavar="ID", help="the actions of all the community's sessions"
    )
    p.add_argument(
        "--open",
        action="store_true",
        help="only the actions still open or in progress (not done, stopped, or "
        "closed by a later session's review)",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.xlsx|FILE.csv",
        help="where to write; the format follows the extension",
    )
    p.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="language of the column names (default: nl)",
    )
    add_database_option(p)
    p.set_defaults(run=_actions)
