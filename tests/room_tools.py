"""A room served on loopback for the tests, and a phone that talks to it (httpx)."""

from __future__ import annotations

import contextlib

import httpx

from app.modeldef import definition_for
from app.room.serve import RoomServer
from app.room.state import Room
from app.services import sessions


@contextlib.contextmanager
def open_room(store, session_id, stage="vertrekpunt", element=True, **options):
    room = Room(store, session_id, **options)
    s = sessions.get_session(store, session_id)
    key = definition_for(s.model_id, s.model_version).element_keys()[0] if element else None
    room.set(stage=stage, element_key=key)
    server = RoomServer(room, "127.0.0.1", 0)
    server.start()
    try:
        yield room, server
    finally:
        server.stop()


def phone(server, code: str | None = None) -> httpx.Client:
    """A phone's browser: keeps its cookie; joined when given the code."""
    client = httpx.Client(base_url=server.url, timeout=10)
    if code is not None:
        r = client.post("join", json={"code": code})
        assert r.status_code == 200, r.text
    return client
