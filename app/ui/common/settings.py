"""Every user setting declared once (key, type, default), stored in an INI file in the user's
config folder. Widgets read and write settings through this registry only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.paths import config_dir, private_dir, private_file


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


ZOOM = Setting("view/zoom_percent", int, 100)
LANGUAGE = Setting("view/language", str, "nl")
HIGH_CONTRAST = Setting("view/high_contrast", bool, False)
CANVAS_VISIBLE = Setting("session/canvas_visible", bool, True)
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"")
# Per session (see per_session): the projector profile and the names switch of the audience view
PROJECTOR_PROFILE = Setting("projector/profile", bool, False)
HIDE_NAMES = Setting("projector/hide_names", bool, False)

ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200)


def per_session(setting: Setting, session_uuid: str) -> Setting:
    """The same setting, remembered for one session (keyed by its uuid, so it needs no column
    in the database and survives a move of the database)."""
    return Setting(f"{setting.key}/{session_uuid}", setting.type, setting.default)


class Settings:
    def __init__(self, path: str | None = None):
        path = path or str(private_dir(config_dir()) / "intervisie.ini")
        self._path = Path(path)
        self._qs = QSettings(path, QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if setting.type is bool and isinstance(value, str):
            return value.lower() == "true"
        if setting.type is bytes:
            return bytes(value) if value else b""
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)
        self._sync()

    def restore_default(self, setting: Setting) -> None:
        self._qs.remove(setting.key)
        self._sync()

    def _sync(self) -> None:
        self._qs.sync()
        if self._path.exists():  # QSettings writes with the umask's mode; the user's only
            private_file(self._path)
