"""Start-up, linear and in one place: args → paths → logging → QApplication → translator → main
window (painted at once) → open/backup/migrate the database → fill the window.

The window is shown before SQLAlchemy is imported: on this kind of machine importing it costs about
twice a bare window, and the room should see the app open at once. Right after the first paint a
first look at the file (app.store.first_look, the standard library's sqlite3) puts the group's
communities on it while the storage layer loads.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.paths import choose_database


def create_application(argv: list[str] | None = None):
    from app.ui.common import import_scan
    from app.ui.common.gc_settle import hold_during_start

    hold_during_start()  # until the window is filled (MainWindow.open_database settles)

    import_scan.install()  # before the app's own imports: see import_scan
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.ui.common.i18n import install_language
    from app.ui.common.settings import LANGUAGE, ZOOM, Settings
    from app.ui.common.zoom import apply_zoom

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

    from app.ui.shell.main_window import MainWindow

    class AfterFirstPaint(QObject):
        # a zero timer alone may fire before the window has painted; wait for the paint itself
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, window.look_then_open)
            return False

    window = MainWindow(settings, target)
    window._first_paint = AfterFirstPaint(window)
    window.installEventFilter(window._first_paint)
    window.showMaximized() if window.opens_maximized else window.show()
    return app, window


def run_gui(database: str | None, log_path: Path | None = None, smoke_test: bool = False) -> int:
    """The window until it closes; the log is set up by the caller (app.main)."""
    from app.ui.shell.crash_dialog import install_excepthook

    app, window = start_window(choose_database(database))
    install_excepthook(log_path, window)
    if smoke_test:
        from app.ui.shell import smoke_test as smoke

        smoke.arm(window)
    code = app.exec()
    window.shutdown()
    return code
