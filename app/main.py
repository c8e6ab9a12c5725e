"""Command line: `intervisie` opens the app; subcommands work on the database without a window.

Kept light on purpose: nothing heavy is imported until a command needs it, so the first window
appears quickly.
"""

from __future__ import annotations

import argparse
import sys

from app import __version__
from app.paths import DATABASE_ENV


def build_parser() -> argparse.ArgumentParser:
    from app.cli import commands

    parser = argparse.ArgumentParser(
        prog="intervisie",
        description="Guided intervisie sessions on the community-learning model.")
    parser.add_argument("--version", action="version", version=f"intervisie {__version__}")
    parser.add_argument("--database", metavar="PATH",
                        help=f"the database file (or URL); also ${DATABASE_ENV}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.startup import run_gui

        return run_gui(args.database)
    return args.run(args)


def gui_main() -> int:
    """`intervisie-gui`: the window only (a gui-script: no console window on Windows)."""
    return main([])


if __name__ == "__main__":
    sys.exit(main())
