"""`intervisie placemat` writes the one page for the wall ("in een oogopslag") as PDF."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_database_option, open_for_cli


def _placemat(args: argparse.Namespace) -> int:
    from app.reports.placemat import build_placemat
    from app.services.errors import NotFound
    from app.services.report_data import report_data
    from app.services.written_files import remember

    store = open_for_cli(args, only_reads=True)
    if store is None:
        return 2
    try:
        data = report_data(store, args.session)
    except NotFound:
        print(f"intervisie: there is no session {args.session}; "
              "`intervisie sessions` lists them", file=sys.stderr)
        return 1
    finally:
        store.close()
    try:
        build_placemat(data, args.out, lang=args.lang, size=args.size, anonymous=args.anonymous)
    except OSError as exc:
        print(f"intervisie: could not write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    remember(args.out, "report", args.anonymous)  # erasing a person lists it later
    print(f"written: {args.out}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("placemat", help="write the one-page overview for the wall as PDF")
    p.add_argument("--session", type=int, required=True, metavar="ID",
                   help="the session's id (see `intervisie sessions`)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--size", choices=("A3", "A4"), default="A3", type=str.upper,
                   help="paper size (default: A3, readable on the wall from 1.5 m)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl",
                   help="language (default: nl)")
    p.add_argument("--anonymous", action="store_true",
                   help="name participants by their role instead of their name")
    add_database_option(p)
    p.set_defaults(run=_placemat)
