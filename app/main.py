"""Command line: `intervisie` opens the app; subcommands work on the database without a window.

Kept light on purpose: nothing heavy is imported until a command needs it, so the first window
appears quickly.
"""

from __future__ import annotations

import argparse
import gc
import sys

from app import __version__
from app.paths import DATABASE_ENV


def build_parser() -> argparse.ArgumentParser:
    from app.cli import commands

    parser = argparse.ArgumentParser(
        prog="intervisie", description="Guided intervisie sessions on the community-learning model."
    )
    parser.add_argument("--version", action="version", version=f"intervisie {__version__}")
    parser.add_argument(
        "--database", metavar="PATH", help=f"the database file (or URL); also ${DATABASE_ENV}"
    )
    # for the desktop bundle's test: open the window on the database, check, print, quit
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    from app.cli import print_commands

    print_commands.register(sub, _send_to_printer)  # Qt's printing: only main reaches both
    return parser


def _send_to_printer(pdf: bytes, printer: str | None, copies: int, title: str):
    from app.ui.shell.printing import send_to_printer

    return send_to_printer(pdf, printer, copies, title)


# Commands that keep running until stopped collect garbage as usual; see main().
_LONG_RUNNING = {"room"}


def main(argv: list[str] | None = None) -> int:
    # No garbage collections while starting: nearly all that is made then (modules, classes, the
    # ORM's mappings) lives until the process ends, so walking it again and again is wasted — a
    # tenth of a `report` command. The window turns them back on once it is filled
    # (app.ui.common.gc_settle.settle); a command that ends by itself runs without them (reference
    # counting frees its garbage; the few cycles go with the process).
    collecting = gc.isenabled()
    gc.disable()
    try:
        args = build_parser().parse_args(argv)
        log_path = _start_log()
        if args.command is None:
            return _open_window(args, log_path)
        if args.command in _LONG_RUNNING:
            gc.enable()
        from app.cli.said import say
        from app.vocabulary.errors import IntervisieError

        try:
            return args.run(args)
        except IntervisieError as exc:  # a refusal no command caught: said the same way
            return say(exc, args)
    finally:
        if collecting:  # called in-process (tests, the bundle's checks): as it was
            gc.enable()


def _start_log():
    from app.logsetup import setup_logging

    return setup_logging()


def _open_window(args: argparse.Namespace, log_path) -> int:
    from app.qt_libs_check import explain_missing

    # Qt's own message for a missing X11 library names none and suggests reinstalling: say which
    missing = explain_missing()
    if missing:
        import logging

        logging.getLogger("app.start").error("the window cannot open: %s", missing)
        print(missing, file=sys.stderr)
        return 3
    from app.ui.shell.startup import run_gui

    return run_gui(args.database, log_path, smoke_test=args.smoke_test)


def gui_main() -> int:
    """`intervisie-gui`: the same arguments, started as a gui-script (no console window on
    Windows), so it is meant for the window: `intervisie-gui [--database PATH]`."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
