"""Reads go one road: inside a session through the session controller (controller.read, so a read
the storage refuses shows the session's banner and is tried again), in the windows about a whole
community through the one shared reader (app.ui.session.reader: the main window's notice). An
interface module that calls a service with the store itself is found here, unless it is one of
the exceptions below, each with its reason."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from app.services import communities
from app.services.errors import StorageUnavailable
from app.ui.session.reader import reader_for
from app.ui.shell.store_banner import StoreBanner

UI = Path(__file__).resolve().parent.parent / "app" / "ui"

# (module under app/ui, service function called with the store) → why it may
ALLOWED: dict[tuple[str, str], str] = {
    ("session/controller.py", "element_states"): "the controller itself: the road's own read",
    ("session/reader.py", "*"): "the community windows' road itself",
    # writes outside a session, each with its own refusal in words (not reads)
    ("shell/main_window.py", "create_community"): "a write: the new-community form's hint",
    ("shell/main_window.py", "start_session"): "a write: a new session, before its controller",
    ("shell/data_actions.py", "export"): "a write of a file: the exchange's own messages",
    ("shell/data_actions.py", "do_import"): "a write: the import's own decisions and messages",
    ("shell/data_menu.py", "restore_demo"): "a write: the demo restored, with its question",
    ("shell/erase_dialog.py", "erase_mentions"): "a write: erasing a person, its own dialog",
    ("shell/erase_dialog.py", "find_mentions"): (
        "the erase's search reads backups and files beside the database too, not only the "
        "database: its dialog says what it could not reach"
    ),
    ("community/model_move.py", "move_session_model"): "a write: the model move dialog's hint",
    ("community/model_move.py", "plan_model_move"): (
        "the dry run of the move it offers: refused in place in the move's words (a model "
        "definition error too, which is no storage read)"
    ),
    # the session's claim is the lock under the controller, kept before and beside it
    ("shell/session_presence.py", "claim_session"): "the session's claim, before the controller",
    ("shell/session_presence.py", "heartbeat"): "the claim's heartbeat: never a banner",
    ("shell/session_presence.py", "in_use"): "the claim's check, asked before opening",
    ("shell/session_presence.py", "release_session"): "the claim let go on closing",
    ("shell/report_actions.py", "report_data"): (
        "the report's one snapshot, read as the export starts; its caller (the session "
        "menu) runs the export inside controller.guarded, so a refusal is the banner"
    ),
}
ALLOWED_ROOMS: dict[str, str] = {}  # every room of the interface is checked


def _service_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """Names bound to service modules (from app.services import x) and service functions."""
    modules: set[str] = set()
    functions: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "app.services":
                modules |= {a.asname or a.name for a in node.names}
            elif node.module.startswith("app.services."):
                functions |= {a.asname or a.name for a in node.names}
    return modules, functions


def _direct_reads(path: Path) -> list[tuple[int, str, str]]:
    """(line, called name, first argument) of each service call handed a store."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules, functions = _service_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        fn = node.func
        if isinstance(fn, ast.Name) and fn.id in functions:
            name = fn.id
        elif (
            isinstance(fn, ast.Attribute)
            and isinstance(fn.value, ast.Name)
            and fn.value.id in modules
        ):
            name = fn.attr
        else:
            continue
        first = ast.unparse(node.args[0])
        if first == "store" or first.endswith(".store"):
            found.append((node.lineno, name, first))
    return found


def test_no_interface_module_reads_a_service_around_its_road():
    wrong = []
    used = set()
    for path in sorted(UI.rglob("*.py")):
        where = path.relative_to(UI).as_posix()
        if where.split("/")[0] in ALLOWED_ROOMS:
            continue
        for line, name, first in _direct_reads(path):
            key = (where, name) if (where, name) in ALLOWED else (where, "*")
            if key in ALLOWED:
                used.add(key)
            else:
                wrong.append(f"{where}:{line} {name}({first}, …)")
    assert not wrong, "read through controller.read or reader_for(store).read:\n" + "\n".join(wrong)
    assert used == set(ALLOWED) - {("session/reader.py", "*")}, "an exception no longer needed"


def test_the_check_finds_a_direct_read(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from app.services import sessions\n"
        "from app.services.vertrekpunt import list_observations\n"
        "def f(self, store):\n"
        "    sessions.get_session(self.store, 1)\n"
        "    list_observations(store, 1, 'x')\n"
        "    self.controller.read(sessions.get_session, 1)\n",
        encoding="utf-8",
    )
    assert [(n, f) for _line, n, f in _direct_reads(probe)] == [
        ("get_session", "self.store"),
        ("list_observations", "store"),
    ]


def test_a_refused_read_of_a_community_window_is_said_once_and_cleared(qapp, tmp_path):
    from app.services.bootstrap import open_database

    store = open_database(f"sqlite:///{tmp_path / 'r.db'}", with_demo=False)
    window = QMainWindow()
    banner = StoreBanner(window)
    window.show()  # the banner says what it shows while it is on screen
    banner.show_text("Read-only here", closable=False)
    reader = reader_for(store)
    reader.trouble.connect(banner.show_while)

    def refused(_store):
        raise StorageUnavailable("the disk is full", reason="full")

    assert reader.guarded(reader.read)(refused) is None  # the slot ends quietly
    assert banner.text().startswith("The database cannot be used just now")
    assert "work is safe" in banner.text()
    assert reader.read(communities.list_communities) == []
    assert banner.text() == "Read-only here"  # the notice under it comes back
    store.close()
    window.close()


def test_a_community_window_whose_first_read_is_refused_does_not_open(
    qapp, demo_store, monkeypatch
):
    import app.ui.community.timeline as timeline
    from app.ui.community.views import CommunityViews

    def refused(_store, _community_id):
        raise StorageUnavailable("the database file is locked", reason="locked")

    monkeypatch.setattr(timeline, "community_timeline", refused)
    said: list[str] = []
    reader_for(demo_store).trouble.connect(said.append)
    views = CommunityViews()
    views.set_community(demo_store, communities.list_communities(demo_store)[0].id)
    assert views.open("timeline") is None and views.windows == []
    assert said and "cannot be used just now" in said[-1]
    views.deleteLater()
