"""Serving the room: uvicorn on one chosen address of this machine, only while the room is open.

Never 0.0.0.0 and never a public address: the facilitator picks the hotspot's or the local
network's address from what this machine has (addresses()), loopback for a test. The socket is
bound here (port 0 picks a free port), so the address printed is the one really listening.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from typing import Any

import uvicorn

from app.room.state import Room
from app.room.web import make_app


class NotAllowed(ValueError):
    """An address the room will not listen on, in words for the facilitator."""


def addresses() -> list[str]:
    """This machine's IPv4 addresses a room may listen on (private and loopback), loopback last."""
    found: set[str] = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    except OSError:
        pass
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:  # the address the machine would use for its own network (no packet is sent)
        probe.connect(("10.254.254.254", 9))
        found.add(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    allowed = [a for a in found if _allowed(a)]
    return sorted(a for a in allowed if not a.startswith("127.")) + ["127.0.0.1"]


def _allowed(host: str) -> bool:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not ip.is_unspecified and (ip.is_private or ip.is_loopback or ip.is_link_local)


def check_host(host: str) -> None:
    if not _allowed(host):
        raise NotAllowed(
            f"The room does not listen on {host}: choose one of this laptop's own network "
            f"addresses ({', '.join(addresses())}). A public or 'every address' (0.0.0.0) "
            "would let people outside the room reach it."
        )


def bind(host: str, port: int) -> socket.socket:
    check_host(host)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


class RoomServer:
    """A room listening on host:port until stop(). In a thread (start) or in front (run)."""

    def __init__(
        self,
        room: Room,
        host: str = "127.0.0.1",
        port: int = 0,
        https: bool = False,
        minutes: float = 180,
    ):
        self.room = room
        self.sock = bind(host, port)
        self.host, self.port = host, self.sock.getsockname()[1]
        self.scheme = "https" if https else "http"
        options: dict[str, Any] = {}
        self.certificate = None
        if https:
            from app.room.tls import Certificate

            self.certificate = Certificate(host)
            certfile, keyfile = self.certificate.files()
            options = {"ssl_certfile": certfile, "ssl_keyfile": keyfile}
        # after a set time the room closes by itself (a laptop left open in a shared space)
        self.timer = threading.Timer(minutes * 60, self.stop)
        self.timer.daemon = True
        config = uvicorn.Config(
            make_app(room, secure=https),
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=1,
            # 80 phones with a few live streams each; headers kept small
            limit_concurrency=400,
            h11_max_incomplete_event_size=8_192,
            ws="none",
            **options,
        )
        self.server = uvicorn.Server(config)
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{self.room.path()}"

    def run(self) -> None:
        """In front, until stop() or Ctrl+C (uvicorn handles the signal)."""
        self.timer.start()
        try:
            self.server.run(sockets=[self.sock])
        finally:
            self._cleanup()

    def start(self) -> None:
        self.timer.start()
        self.thread = threading.Thread(target=self._run_quietly, name="room", daemon=True)
        self.thread.start()
        for _ in range(500):
            if self.server.started or not self.thread.is_alive():
                break
            threading.Event().wait(0.01)

    def _run_quietly(self) -> None:
        self.server.run(sockets=[self.sock])

    def stop(self) -> None:
        """Close the room: phones see 'closed', then nothing listens any more."""
        self.timer.cancel()
        if not self.room.closed:
            self.room.set(closed=True)
        self.server.should_exit = True
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(timeout=5)
        self._cleanup()

    def _cleanup(self) -> None:
        self.sock.close()
        if self.certificate is not None:
            self.certificate.remove()
