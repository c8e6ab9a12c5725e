"""Open the model canvas on the demo session, for a human to look at (not a test).

    python scripts/canvas_demo.py [--hc] [--en] [--size 1366x768]

The database is a fresh temporary file with the demo community installed."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from app.modeldef import current_definition
from app.services import sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.ui.canvas.view import ModelCanvas


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hc", action="store_true", help="high-contrast palette")
    parser.add_argument("--en", action="store_true", help="English labels")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    store = open_database(str(Path(tempfile.mkdtemp()) / "demo.db"))
    session_id = sessions.list_sessions(store)[0].id
    canvas = ModelCanvas(
        current_definition(), lang="en" if args.en else "nl", high_contrast=args.hc
    )
    canvas.set_states(vertrekpunt.element_states(store, session_id))
    canvas.set_observation_provider(
        lambda key: [o.text for o in vertrekpunt.list_observations(store, session_id, key)]
    )
    canvas.elementActivated.connect(lambda key: print("activated", key, flush=True))
    w, h = (int(v) for v in args.size.split("x"))
    canvas.resize(w, h)
    canvas.setWindowTitle("Model canvas")
    canvas.show()
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
