"""Every model version the editor can start from: the shipped files, the user's model folder
and (with a database open) the definitions the database keeps for its sessions."""

from __future__ import annotations

from app.modeldef import catalogue
from app.modeldef.definition import ModelDefinition

Known = dict[tuple[str, str], tuple[ModelDefinition, str]]


def known_definitions(store=None) -> Known:
    found: Known = {
        key: (f.definition, f.origin) for key, f in catalogue.file_definitions().items()
    }
    if store is not None:
        from app.services.model_store import stored
        from app.ui.session.reader import reader_for

        for key, definition in reader_for(store).read(stored).items():
            found.setdefault(key, (definition, "database"))  # a used version nowhere in a file
    return found
