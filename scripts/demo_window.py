"""The main window on a fresh demo database, covering the screen, with the demo session open:
what the screenshot and measuring scripts start from."""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def open_demo_session():
    """(app, window) with the demo's first session open."""
    from app.services import sessions
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.startup import create_application

    app, settings = create_application()
    window = MainWindow(settings, str(Path(tempfile.mkdtemp()) / "demo.db"))
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    window.open_database()
    window.open_session(sessions.list_sessions(window.store)[0].id)
    return app, window
