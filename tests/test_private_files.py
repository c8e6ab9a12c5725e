"""Everything the app writes is the user's only: report PDFs, the log, the settings file, the
data, print and settings folders (0600/0700), as the database and exports already were."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date

import pytest

from app.paths import config_dir, data_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def desktop_umask():
    previous = os.umask(0o022)  # an ordinary desktop umask would leave new files world-readable
    yield
    os.umask(previous)


def test_report_pdf_is_private(store, tmp_path):
    from app.reports.builder import build_report
    from app.services import communities, sessions
    from app.services.report_data import report_data

    c = communities.create_community(store, "Dorp")
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5))
    out = tmp_path / "verslag.pdf"
    build_report(report_data(store, s.id), out)
    assert mode(out) == 0o600


def test_log_and_data_folder_are_private():
    from app.logsetup import setup_logging

    setup_logging()
    assert mode(data_dir()) == 0o700
    assert mode(data_dir() / "intervisie.log") == 0o600


def test_a_new_database_folder_is_private(tmp_path):
    from app.services.bootstrap import open_database

    open_database(str(data_dir() / "intervisie.db"), with_demo=False).close()
    assert mode(data_dir()) == 0o700


def test_settings_file_and_print_folder_are_private(qapp):
    from app.ui.common.settings import ZOOM, Settings
    from app.ui.shell.report_actions import print_path

    Settings().set(ZOOM, 115)
    assert mode(config_dir()) == 0o700
    assert mode(config_dir() / "intervisie.ini") == 0o600
    assert mode(print_path(3).parent) == 0o700
