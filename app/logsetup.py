"""The log: one rotating file in the data folder, readable by the user only, and free of personal
data (passwords in server URLs and the user's home folder are masked before a line is written).

Qt-free, so the command line logs the same way as the window.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
from pathlib import Path

from app import __version__
from app.paths import data_dir, private_dir

LOG_NAME = "intervisie.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
log = logging.getLogger("app.start")

_URL_PASSWORD = re.compile(r"(://[^:/@\s]*):[^@\s]*@")
# SQLAlchemy puts the bound values of a failed statement into its message: the group's words
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(Background|$))", re.S)


def scrub(text: str) -> str:
    """The text without what could identify a person or open a server."""
    text = _URL_PASSWORD.sub(r"\1:***@", text)
    text = _SQL_PARAMETERS.sub("[parameters hidden]", text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the current one and each rotated one, is created 0600."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file made by an older version may be wider
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_file(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / LOG_NAME


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to the rotating file; returns its path, or None when the data folder cannot be written
    (then nothing is logged, and the app works as before)."""
    path = log_file(folder)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    try:
        private_dir(path.parent)  # the app's own folder: the user's only (0700)
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # seven lines a start
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    log.info(
        "intervisie %s%s starting: Python %s on %s",
        __version__,
        frozen,
        platform.python_version(),
        platform.platform(terse=True),
    )
    return path
