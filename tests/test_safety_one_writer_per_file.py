"""One writer per file, not per path: a hard link, a symlink or a `../` spelling of the path
reaches the same file, and a second copy of the app through it is told the file is in use."""

from __future__ import annotations

import os
import sys

import pytest

from app.services import communities
from app.services.bootstrap import FileInUse, open_database
from app.store import lock
from tests.safety_tools import hold_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="hard links and SIGKILL")


@pytest.mark.parametrize("how", ["hard link", "symlink", "dot-dot"])
def test_another_path_to_the_same_file_gives_no_second_writer(db_path, tmp_path, how):
    open_database(str(db_path)).close()
    (tmp_path / "elders").mkdir()
    other_path = tmp_path / "elders" / "zelfde.db"
    if how == "hard link":
        os.link(db_path, other_path)
    elif how == "symlink":
        other_path.symlink_to(db_path)
    else:
        other_path = tmp_path / "elders" / ".." / db_path.name
    holder = hold_database(db_path)
    try:
        with pytest.raises(FileInUse) as caught:
            open_database(str(other_path))
        assert caught.value.holder is not None and caught.value.holder.pid == holder.pid
        store = open_database(str(other_path), read_only=True)  # looking still works
        try:
            assert communities.list_communities(store)
        finally:
            store.close()
    finally:
        holder.kill()
        holder.wait()
    store = open_database(str(other_path))  # once the holder is gone, it is this copy's
    store.close()


def test_one_program_through_two_names_shares_its_lock(db_path, tmp_path):
    open_database(str(db_path)).close()
    link = tmp_path / "link.db"
    os.link(db_path, link)
    first = open_database(str(db_path))
    second = open_database(str(link))  # the same program: counted, not refused
    try:
        assert lock.held_in_process(link) and lock.held_in_process(db_path)
    finally:
        first.close()
        second.close()
    assert not lock.held_in_process(db_path)
    assert lock.identity_lock_path(db_path) == lock.identity_lock_path(link)
