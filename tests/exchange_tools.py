"""Exchange files as a hostile tester builds them: read a file's document, change it, write it
back as a well-formed .intervisie zip (json.dumps escapes what it cannot encode, so a lone
surrogate travels as \\ud800, as a hand-made file would carry it)."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

ENTRY = "intervisie.json"


def read_doc(path: Path) -> dict:
    return json.loads(zipfile.ZipFile(path).read(ENTRY))


def write_doc(doc: dict, path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(ENTRY, json.dumps(doc))
    return path


def fresh_ids(doc: dict) -> dict:
    """The document with every row under a new uuid (links follow): another community's file."""
    found: list[str] = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("uuid"), str):
                found.append(value["uuid"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(doc)
    text = json.dumps(doc)
    for old in found:
        text = text.replace(old, str(uuid.uuid4()))
    return json.loads(text)
