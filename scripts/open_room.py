"""For screenshots of the room views: the demo session on a fresh database, shown as the room sees
it. Usage:
    python scripts/open_room.py audience [stage] [--profile] [--hide-names] [--typing TEXT]
    python scripts/open_room.py presentation [stage] [--profile]
With one screen the audience window covers it, as F5 does on a mirrored projector."""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer

from scripts.demo_window import open_demo_session


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("view", choices=("audience", "presentation"))
    parser.add_argument("stage", nargs="?", default="vertrekpunt")
    parser.add_argument("--element", default="vraagstukken")
    parser.add_argument("--profile", action="store_true", help="projector profile")
    parser.add_argument("--hide-names", action="store_true")
    parser.add_argument("--typing", default="", help="a line being typed in the vertrekpunt")
    args = parser.parse_args()

    app, window = open_demo_session()
    page = window.session_page
    page.go_to(args.stage)
    if args.stage == "vertrekpunt":
        page.show_element(args.element)
        page.page_by_key["vertrekpunt"].current_list.entry.setText(args.typing)
    room = window.room
    room.set_hide_names(args.hide_names)
    room.set_projector_profile(args.profile)
    if args.view == "audience":
        room.set_audience(True)
    else:
        room.set_presentation(True)
    QTimer.singleShot(int(os.environ.get("INTERVISIE_QUIT_MS", "600000")), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
