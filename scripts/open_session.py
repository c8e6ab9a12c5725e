"""For screenshots by hand: start the app on a fresh demo database, open the demo session at a
stage. Usage: python scripts/open_session.py [stage] [element]"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer

from app.ui.shell.main_window import MainWindow
from app.ui.shell.startup import create_application


def main() -> int:
    stage = sys.argv[1] if len(sys.argv) > 1 else "vertrekpunt"
    element = sys.argv[2] if len(sys.argv) > 2 else None
    app, settings = create_application()
    window = MainWindow(settings, str(Path(tempfile.mkdtemp()) / "demo.db"))
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    window.open_database()
    if stage != "home":
        from app.services import sessions

        window.open_session(sessions.list_sessions(window.store)[0].id)
        window.session_page.go_to(stage)
        if element:
            window.session_page.show_element(element)
    QTimer.singleShot(int(__import__("os").environ.get("INTERVISIE_QUIT_MS", "600000")), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
