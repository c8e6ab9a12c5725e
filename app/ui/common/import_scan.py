"""PySide6 looks at every module imported after it, to know whether the module may use its
`from __feature__ import …` switches: it reads the module's whole source with
`inspect.getsource`, which keeps every line in `linecache` for the life of the process. For
SQLAlchemy, the models and the services (imported after the first paint) that is 19 MB of
source text and a good part of their import time.

`install()` gives PySide the same answer ("does the file mention PySide6?") from one read of
the file's bytes, which are dropped at once. The app never uses `__feature__`, and the answer
stays the one PySide's own check gives, so a module that does opt in still can. Where PySide
no longer has this check (a later version), nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = b"PySide6"


def mentions_pyside(module: ModuleType) -> bool:
    """PySide's test (its source mentions PySide6), without keeping the source."""
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return False  # inspect.getsource finds no source for these either
    try:
        with open(path, "rb") as fh:
            return _MARK in fh.read()
    except OSError:
        return False


def install() -> bool:
    """Replace PySide's per-import source scan; True when there was one to replace."""
    import PySide6.QtCore  # noqa: F401 - the scan is set up when QtCore loads

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    return True
