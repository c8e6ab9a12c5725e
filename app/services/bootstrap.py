"""Open the database for the app or a command: create (with the demo), migrate, or refuse, and
turn every failure into a sentence for the user that says the data is safe."""

from __future__ import annotations

from app.store import Store, open_store
from app.store.backup import BackupError
from app.store.migrate import NewerDatabaseError, NotADatabaseError


class OpenFailure(Exception):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def open_database(target: str, with_demo: bool = True) -> Store:
    try:
        store = open_store(target)
    except NewerDatabaseError as exc:
        raise OpenFailure(
            f"{exc.path} was made by a newer version of Intervisie (schema {exc.revision}). "
            "This version cannot read it and has not changed it. Install the newer version "
            "to open it.") from exc
    except NotADatabaseError as exc:
        raise OpenFailure(f"{exc} The file has not been changed.") from exc
    except BackupError as exc:
        raise OpenFailure(f"Before updating the database a backup must be made, and that "
                          f"failed: {exc}. The database has not been changed.") from exc
    except PermissionError as exc:
        raise OpenFailure(f"No permission to open {exc.filename}. Nothing has been changed."
                          ) from exc
    if store.created and with_demo:
        from app.services.demo import install_demo

        install_demo(store)
    return store
