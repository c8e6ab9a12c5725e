"""`intervisie --smoke-test`: the real start-up, checked and then closed.

For the desktop bundle's test (no person at the screen): the main window is built and painted, the
database is opened as at every start, the first session of the first community is opened with all
its stage pages, one line per fact is printed, and the app quits. Any step that fails prints why
and gives a non-zero exit code.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.stages.base import StagePage


def _report(window) -> int:
    if window.store is None:
        print("smoke test: no database open")
        return 3
    home = window.home
    print(f"smoke test: window '{window.windowTitle()}' painted, {window.db_label.text()}")
    print(f"smoke test: {home.communities.count()} communities")
    if not home._sessions:
        print("smoke test: no session to open")
        return 4
    window.open_session(home._sessions[0].id)
    page = window.session_page
    if page is None:
        print("smoke test: the session did not open")
        return 5
    pages = [page.pages.widget(i) for i in range(page.pages.count())]
    names = [type(p).__name__ for p in pages]
    print(f"smoke test: session opened with stages {', '.join(names)}")
    if any(type(p) is StagePage for p in pages):  # a page that fell back to the empty base
        return 6
    print("smoke test: ok")
    return 0


def arm(window) -> None:
    """Check right after the database was opened, which start_window does after the first paint;
    a window that never paints fails after a minute."""
    app = QApplication.instance()
    open_database = window.open_database

    def open_then_check() -> None:
        open_database()
        QTimer.singleShot(0, lambda: app.exit(_report(window)))

    def never_painted() -> None:
        print("smoke test: the window did not paint within a minute")
        app.exit(7)

    window.open_database = open_then_check
    QTimer.singleShot(60_000, never_painted)
