"""Storage: the engine, opening and migrating the database, backups.

`Store` and `open_store` are loaded when first asked for, so that the parts that need no
SQLAlchemy (the schema version, the first look at a file before the window is filled) can be
imported without it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.store import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from app.store import store

        return getattr(store, name)
    raise AttributeError(f"module 'app.store' has no attribute {name!r}")
