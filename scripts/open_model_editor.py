"""For screenshots by hand: the model editor on a fresh demo database, with a user model folder
of its own (nothing is written into yours).

Usage: python scripts/open_model_editor.py [areas|scale|invalid|mapping] [nl|en]
  areas    an area renamed and one added: the preview and the difference follow
  scale    the status scale with a level whose text is too faint on its fill
  invalid  an area without a Dutch name: the problem is named and Save waits
  mapping  an area retired and recorded as merged into another"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # before app.paths reads it

from app.ui.shell.startup import create_application


def main() -> int:
    view = sys.argv[1] if len(sys.argv) > 1 else "areas"
    app, _settings = create_application()
    if len(sys.argv) > 2:
        from app.ui.common.i18n import install_language

        install_language(sys.argv[2])
    from app.services.bootstrap import open_database
    from app.ui.community.model_editor.window import ModelEditor

    store = open_database(str(Path(tempfile.mkdtemp()) / "demo.db"))
    editor = ModelEditor(store)
    editor.setGeometry(app.primaryScreen().availableGeometry())
    areas = editor.draft.raw["areas"]
    if view == "areas":
        areas[0]["label"]["nl"] = "Visie op de regio en de beroepspraktijk"
        areas.insert(
            2,
            {
                "key": "praktijkleren",
                "perspective": "community",
                "label": {"nl": "Praktijkleren in de coöperatie", "en": "Learning in practice"},
                "short": {"nl": "Praktijkleren", "en": "Practice"},
            },
        )
        editor.page("areas").reload(2)
    elif view == "scale":
        editor.draft.raw["scale"]["levels"][3]["text"] = "#3060A0"
        editor.show_page("scale", "levels").reload(3)
    elif view == "invalid":
        areas[1]["label"]["nl"] = ""
        editor.page("areas").reload(1)
    elif view == "mapping":
        gone = areas.pop()
        editor.draft.raw["lineage"]["map"].append(
            {"old": gone["key"], "new": "facilitering-community"}
        )
        editor.show_page("lineage", "map").reload(0)
    editor.check()
    editor.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
