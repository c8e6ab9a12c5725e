"""Start-up, linear and in one place: args → paths → logging → QApplication → translator → main
window (painted at once) → open/backup/migrate the database → fill the window.

The window is shown before SQLAlchemy is imported: on this kind of machine importing it costs about
twice a bare window, and the room should see the app open at once.
"""

from __future__ import annotations

import logging
import sys

from app.paths import choose_database, data_dir, private_dir, private_file


def _setup_logging() -> None:
    folder = private_dir(data_dir())  # the app's own folder: the user's only (0700)
    log = private_file(folder / "intervisie.log")  # 0600 before the first line is written
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(log, encoding="utf-8")],
    )


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.ui.i18n import install_language
    from app.ui.settings import LANGUAGE, ZOOM, Settings
    from app.ui.zoom import apply_zoom

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Intervisie")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("intervisie")
    settings = Settings()
    install_language(settings.get(LANGUAGE))
    apply_zoom(settings.get(ZOOM))
    return app, settings


def start_window(target: str):
    """The window on screen, with the database opened right after the first paint, so the
    window never waits for it. Returns (app, window); the caller runs the event loop."""
    app, settings = create_application()

    from PySide6.QtCore import QEvent, QObject, QTimer

    from app.ui.main_window import MainWindow

    class AfterFirstPaint(QObject):
        # a zero timer alone may fire before the window has painted; wait for the paint itself
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, window.open_database)
            return False

    window = MainWindow(settings, target)
    window._first_paint = AfterFirstPaint(window)
    window.installEventFilter(window._first_paint)
    window.show()
    return app, window


def run_gui(database: str | None) -> int:
    _setup_logging()
    app, window = start_window(choose_database(database))
    code = app.exec()
    window.shutdown()
    return code
