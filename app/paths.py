"""Where the user's data lives (platformdirs), and which database the app opens."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "intervisie"
DATABASE_ENV = "INTERVISIE_DATABASE"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / "intervisie.db"


def choose_database(cli_value: str | None) -> str:
    """--database wins, then the environment variable, then the user's data folder."""
    return cli_value or os.environ.get(DATABASE_ENV) or str(default_database())


def is_url(target: str) -> bool:
    return "://" in target


# -- private files: everything the app writes holds the group's words or who they are ----------


def private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) if needed and make it the user's only (0700)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def private_file(path: Path) -> Path:
    """Make an existing file the user's only (0600); a file that does not exist yet is created
    empty with that mode, so it is private from its first byte."""
    path = Path(path)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path
