"""`intervisie placemat` writes the one page for the wall ("in een oogopslag") as PDF."""

from __future__ import annotations

import argparse

from app.cli.common import add_database_option, read_report_data, write_output


def _placemat(args: argparse.Namespace) -> int:
    from app.reports.placemat import build_placemat

    data = read_report_data(args)
    if isinstance(data, int):
        return data
    return write_output(
        args.out,
        lambda: build_placemat(
            data, args.out, lang=args.lang, size=args.size, anonymous=args.anonymous
        ),
        "report",
        args.anonymous,
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("placemat", help="write the one-page overview for the wall as PDF")
    p.add_argument(
        "--session",
        type=int,
        required=True,
        metavar="ID",
        help="the session's id (see `intervisie sessions`)",
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument(
        "--size",
        choices=("A3", "A4"),
        default="A3",
        type=str.upper,
        help="paper size (default: A3, readable on the wall from 1.5 m)",
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default: nl)")
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="name participants by their role instead of their name",
    )
    add_database_option(p)
    p.set_defaults(run=_placemat)
