"""`intervisie report` writes a session's report as PDF or Word (from the file name)."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_database_option, read_report_data, write_output

USES_SECTIONS = ("timeline", "actors", "groenpact", "projects")


def _sections(text: str) -> tuple[str, ...]:
    chosen = tuple(x.strip() for x in text.split(",") if x.strip())
    unknown = [x for x in chosen if x not in USES_SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown section {unknown[0]!r}; choose from " + ", ".join(USES_SECTIONS)
        )
    return chosen


def _report(args: argparse.Namespace) -> int:
    from app.reports.formats import FORMATS, write_report

    if not args.out.lower().endswith(FORMATS):
        print(f"intervisie: --out must end in {' or '.join(FORMATS)}", file=sys.stderr)
        return 1
    if args.summary and not args.out.lower().endswith(".pdf"):
        print("intervisie: --summary is written as PDF: let --out end in .pdf", file=sys.stderr)
        return 1
    if args.without_organisations and not args.anonymous:
        print("intervisie: --without-organisations goes with --anonymous", file=sys.stderr)
        return 1
    data = read_report_data(
        args,
        compare_with=args.compare_with,
        hide_names=args.hide_community_names,
        hide_organisations=args.without_organisations,
        **{f"include_{x}": True for x in args.include},
    )
    if isinstance(data, int):
        return data
    return write_output(
        args.out,
        lambda: write_report(
            data, args.out, lang=args.lang, anonymous=args.anonymous, summary=args.summary
        ),
        "report",
        args.anonymous,
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a session's report (sessieverslag) as PDF or Word")
    p.add_argument(
        "--session",
        type=int,
        required=True,
        metavar="ID",
        help="the session's id (see `intervisie sessions`)",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf|FILE.docx",
        help="where to write the report; the format follows the extension",
    )
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the report (default: nl)"
    )
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="name participants by their role instead of their name",
    )
    p.add_argument(
        "--without-organisations",
        action="store_true",
        help="with --anonymous: leave the participants' organisations out too (the "
        "only delegate of an organisation is known by it)",
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help="the short version: the page at a glance and the action plan (PDF)",
    )
    p.add_argument(
        "--include",
        type=_sections,
        default=(),
        metavar="SECTIONS",
        help="optional sections, comma-separated: " + ", ".join(USES_SECTIONS),
    )
    p.add_argument(
        "--compare-with",
        type=int,
        metavar="ID",
        help="add a comparison with this session (of any community)",
    )
    p.add_argument(
        "--hide-community-names",
        action="store_true",
        help="in the comparison, call two communities Community A and B",
    )
    add_database_option(p)
    p.set_defaults(run=_report)
