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
