"""HTTPS with a certificate the laptop makes itself, and a room that closes by itself."""

from __future__ import annotations

import ssl
import time

import httpx
import pytest

from app.room.serve import RoomServer
from app.room.state import Room


def test_https_room_with_its_own_certificate(demo_store, demo_session_id):
    room = Room(demo_store, demo_session_id)
    room.set(stage="vertrekpunt")
    server = RoomServer(room, "127.0.0.1", 0, https=True)
    server.start()
    try:
        assert server.url.startswith("https://127.0.0.1:")
        cert = server.certificate
        assert (cert.keyfile.stat().st_mode & 0o777) == 0o600
        assert len(cert.fingerprint.split(":")) == 32
        # a phone that checks the certificate against the one the laptop made
        with httpx.Client(
            base_url=server.url,
            verify=ssl.create_default_context(cafile=str(cert.certfile)),
            timeout=10,
        ) as phone:
            r = phone.post("join", json={"code": room.code})
            assert r.status_code == 200
            assert "secure" in r.headers["set-cookie"].lower()
            assert phone.get("state").json()["stage"] == "vertrekpunt"
        # plain HTTP on the same port gets nothing
        with pytest.raises(httpx.HTTPError):
            httpx.get(server.url.replace("https://", "http://"), timeout=5).raise_for_status()
        folder = cert.folder
    finally:
        server.stop()
    assert not folder.exists()  # the key goes with the room


def test_a_room_closes_by_itself_after_its_time(demo_store, demo_session_id):
    room = Room(demo_store, demo_session_id)
    server = RoomServer(room, "127.0.0.1", 0, minutes=0.02)
    server.start()
    url = server.url
    phone = httpx.Client(base_url=url, timeout=5)
    assert phone.post("join", json={"code": room.code}).status_code == 200
    deadline = time.monotonic() + 20
    while not room.closed and time.monotonic() < deadline:
        time.sleep(0.1)
    assert room.closed
    server.thread.join(timeout=10)
    with pytest.raises(httpx.ConnectError):
        phone.get("state")
