"""The open room in memory: who joined, what the facilitator revealed, and the limits.

The secrets: a random token in the address (the QR code carries it) and a 4-digit code on the
projector. A phone that gives both gets a random cookie (HttpOnly, SameSite=Strict); the database
knows it only as a separate random device id, so nothing stored can be replayed as a cookie.
Every change bumps `version` and tells the listeners (the window's projector, the phones' live
streams), from whichever thread made it.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from app.room import limits as L
from app.store import Store

INPUT_STAGES = ("vertrekpunt", "focus")


@dataclass
class Device:
    id: str  # what the database stores (app.services.room)
    joined_at: float
    bucket: L.Bucket
    removed: bool = False
    streams: int = 0


@dataclass
class Refusals:
    """What the room refused, for the facilitator: wrong codes, unknown addresses, floods."""

    wrong_codes: int = 0
    wrong_tokens: int = 0
    too_many: int = 0  # over a rate limit or the room's size
    bad_requests: int = 0  # oversized, malformed, out of range
    addresses: set[str] = field(default_factory=set)  # where wrong codes came from


class Room:
    def __init__(
        self,
        store: Store,
        session_id: int,
        dots: int = 3,
        hide_names: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.store, self.session_id = store, session_id
        self.token = secrets.token_urlsafe(18)
        self.code = f"{secrets.randbelow(10_000):04d}"
        self.dots = dots
        self.hide_names = hide_names
        self.clock = clock
        self.stage: str | None = None  # None: follow the session's own current stage
        self.element_key: str | None = None  # None: the phone picks the element
        self.paused = False
        self.closed = False
        self.spread_shown = False
        self.votes_shown = False
        self.refused = Refusals()
        self.version = 0
        self._devices: dict[str, Device] = {}  # cookie -> device
        self._wrong: dict[str, L.Window] = {}  # address -> wrong codes
        self._joins: dict[str, L.Window] = {}  # address -> joins
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []

    # -- listeners ---------------------------------------------------------------------------
    def listen(self, fn: Callable[[], None]) -> None:
        self._listeners.append(fn)

    def unlisten(self, fn: Callable[[], None]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def changed(self) -> int:
        with self._lock:
            self.version += 1
            version = self.version
        for fn in list(self._listeners):
            fn()
        return version

    # -- joining -----------------------------------------------------------------------------
    def join(self, code: str, address: str) -> tuple[str | None, str]:
        """(cookie, '') for the right code, or (None, why) — 'wait', 'wrong', 'full'."""
        with self._lock:
            wrong = self._wrong.setdefault(address, L.Window(L.WRONG_CODE_WAIT, self.clock))
            if wrong.count() >= L.WRONG_CODES_PER_ADDRESS:
                self.refused.too_many += 1
                return None, "wait"
            if not secrets.compare_digest(code.encode(), self.code.encode()):
                wrong.add()
                self.refused.wrong_codes += 1
                self.refused.addresses.add(address)
                result: tuple[str | None, str] = (None, "wrong")
            else:
                joins = self._joins.setdefault(address, L.Window(60.0, self.clock))
                live = sum(1 for d in self._devices.values() if not d.removed)
                if joins.count() >= L.JOINS_PER_ADDRESS or live >= L.MAX_DEVICES:
                    self.refused.too_many += 1
                    return None, "full"
                joins.add()
                cookie = secrets.token_urlsafe(24)
                self._devices[cookie] = Device(
                    str(uuid.uuid4()),
                    self.clock(),
                    L.Bucket(L.WRITES_PER_SECOND, L.WRITE_BURST, self.clock),
                )
                result = (cookie, "")
        self.changed()
        return result

    def device(self, cookie: str | None) -> Device | None:
        """The joined, not removed device of this cookie."""
        if not cookie:
            return None
        with self._lock:
            d = self._devices.get(cookie)
        return d if d is not None and not d.removed else None

    def devices(self) -> list[Device]:
        with self._lock:
            return [d for d in self._devices.values() if not d.removed]

    def remove(self, device_id: str) -> None:
        from app.services import room as svc

        with self._lock:
            for d in self._devices.values():
                if d.id == device_id:
                    d.removed = True
        svc.forget_device(self.store, self.session_id, device_id)
        self.changed()

    def may_write(self, d: Device) -> bool:
        with self._lock:
            ok = d.bucket.take()
            if not ok:
                self.refused.too_many += 1
        return ok

    def refuse(self, kind: str) -> None:
        with self._lock:
            setattr(self.refused, kind, getattr(self.refused, kind) + 1)

    # -- the facilitator ---------------------------------------------------------------------
    def set(self, **what) -> None:
        """stage, element_key, paused, spread_shown, votes_shown, hide_names, closed."""
        allowed = {
            "stage",
            "element_key",
            "paused",
            "spread_shown",
            "votes_shown",
            "hide_names",
            "closed",
        }
        assert set(what) <= allowed, what
        with self._lock:
            if "element_key" in what and what["element_key"] != self.element_key:
                self.spread_shown = False  # a new element starts private again
            for k, v in what.items():
                setattr(self, k, v)
        self.changed()

    def path(self) -> str:
        return f"/r/{self.token}/"
