"""`intervisie print` prints a session's report on a printer, without a window.

The printing itself is Qt's (QPrinter reaches CUPS, Windows' and macOS' printers alike), which this
layer may not import: app.main hands the printer in as `send` (app/ui/shell/printing.py,
send_to_printer), the same path the window's Print… takes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.cli.common import add_database_option, read_report_data

# send(pdf, printer name or None for the default, copies, job title) -> (pages sent, printer)
Send = Callable[[bytes, "str | None", int, str], "tuple[int, str]"]


def _copies(text: str) -> int:
    n = int(text)
    if not 1 <= n <= 99:
        raise argparse.ArgumentTypeError("choose 1 to 99 copies")
    return n


def _print(args: argparse.Namespace, send: Send) -> int:
    from app.reports.builder import render

    data = read_report_data(args)
    if isinstance(data, int):
        return data
    pdf = render(data, lang=args.lang, anonymous=args.anonymous)
    title = f"sessieverslag-{args.session}" if args.lang == "nl" else f"report-{args.session}"
    try:
        pages, printer = send(pdf, args.printer, args.copies, title)
    except (LookupError, OSError) as exc:
        print(f"intervisie: nothing printed: {exc}", file=sys.stderr)
        return 1
    copies = f", {args.copies} copies" if args.copies > 1 else ""
    print(f"printed: {pages} page{'s' if pages != 1 else ''}{copies} on {printer}")
    return 0


def register(sub: argparse._SubParsersAction, send: Send) -> None:
    p = sub.add_parser("print", help="print a session's report on a printer")
    p.add_argument(
        "--session",
        type=int,
        required=True,
        metavar="ID",
        help="the session's id (see `intervisie sessions`)",
    )
    p.add_argument(
        "--printer",
        metavar="NAME",
        help="the printer's name as the system knows it (default: the default printer)",
    )
    p.add_argument("--copies", type=_copies, default=1, metavar="N", help="copies (default: 1)")
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the report (default: nl)"
    )
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="name participants by their role instead of their name",
    )
    add_database_option(p)
    p.set_defaults(run=lambda args: _print(args, send))
