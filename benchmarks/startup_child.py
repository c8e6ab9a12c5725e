"""Started as a fresh process by benchmarks.startup: prints 'painted' at the first paint of the
window and (for the app) 'listed' when the community list is filled, then quits.
Usage: python -m benchmarks.startup_child bare|app [DB]"""

from __future__ import annotations

import sys

MODE = sys.argv[1]

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then, self.done = then, False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            heavy = [
                m for m in ("pyqtgraph", "reportlab", "alembic", "sqlalchemy") if m in sys.modules
            ]
            print("painted " + ",".join(heavy), flush=True)
            QTimer.singleShot(0, self.then)
        return False


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1280, 760)
    probe = FirstPaint(app.quit)
    w.installEventFilter(probe)
    w.show()
    return app.exec()


def full(db: str) -> int:
    from app.ui.shell.startup import start_window

    app, window = start_window(db)

    listed = []

    def wait_for_list():
        if not listed and window.home.communities.count():
            listed.append(True)
            print("listed", flush=True)  # on screen (from the first look, or the services)
        if listed and window.store is not None:
            print("opened", flush=True)  # the storage layer open and the page filled from it
            window.shutdown()
            app.quit()
        else:
            QTimer.singleShot(1, wait_for_list)

    probe = FirstPaint(wait_for_list)
    window.installEventFilter(probe)
    return app.exec()


if __name__ == "__main__":
    sys.exit(bare() if MODE == "bare" else full(sys.argv[2]))
