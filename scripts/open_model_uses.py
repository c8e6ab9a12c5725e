"""For screenshots by hand: start the app on a fresh demo database and open one of the views on
the model's uses for the demo community.

Usage: python scripts/open_model_uses.py timeline|compare|actors|groenpact|overlay|home
       python scripts/open_model_uses.py vertrekpunt|aanpak [element]   (the demo's later
       session at that stage, with the projects shown on its model)"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer

from app.ui.shell.startup import create_application


def main() -> int:
    view = sys.argv[1] if len(sys.argv) > 1 else "timeline"
    app, settings = create_application()
    path = str(Path(tempfile.mkdtemp()) / "demo.db")
    if view == "home":
        from app.ui.shell.main_window import MainWindow

        window = MainWindow(settings, path)
        window.setGeometry(app.primaryScreen().availableGeometry())
        window.show()
        window.open_database()
    else:
        from app.services import sessions
        from app.services.bootstrap import open_database
        from app.ui.community.views import CommunityViews

        store = open_database(path)
        latest = sessions.list_sessions(store)[0]
        uses = CommunityViews()
        uses.set_community(store, latest.community_id)
        if view in ("vertrekpunt", "aanpak"):
            from app.ui.shell.session_page import SessionPage

            shown = SessionPage(store, latest.id, settings)
            shown.go_to(view)
            if len(sys.argv) > 2:
                shown.show_element(sys.argv[2])
            shown.canvas.show()
            shown.projects.set_on(True)
            shown.show()
            if view == "aanpak":  # the action's place on the model, at the editor's end
                from app.ui.stages.aanpak import AanpakPage

                page = shown.findChild(AanpakPage)
                QTimer.singleShot(
                    1500, lambda: page.editor.ensureWidgetVisible(page.placement.frames)
                )
        elif view == "overlay":
            shown = uses.open_session(latest.id)
            shown.projects.set_on(True)
        else:
            shown = uses.open(view)
        shown.setGeometry(app.primaryScreen().availableGeometry())
    QTimer.singleShot(int(os.environ.get("INTERVISIE_QUIT_MS", "600000")), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
