"""Storage: the engine, opening and migrating the database, backups."""

from app.store.store import Store, open_store  # noqa: F401
