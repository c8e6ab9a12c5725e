"""How much a phone (or anyone on the network) may ask of the room, and the counters that hold
them to it. Why: the laptop is on a shared network; a script can send far more than a thumb."""

from __future__ import annotations

import time
from collections import deque

MAX_BODY = 4_096  # bytes of one request: a proposal (1,000 characters) fits easily
MAX_DEVICES = 80  # phones in one room
WRITES_PER_SECOND = 4  # a phone's taps, on average...
WRITE_BURST = 12  # ...with a burst for a quick change of mind
WRONG_CODES_PER_ADDRESS = 5  # wrong codes from one address before it waits
WRONG_CODE_WAIT = 60.0  # seconds
JOINS_PER_ADDRESS = 10  # joins (right code) from one address per minute
STREAMS_PER_DEVICE = 3  # live connections (a phone with a few tabs)


class Bucket:
    """A token bucket: `rate` per second on average, `burst` at once."""

    def __init__(self, rate: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens, self.at = float(burst), clock()

    def take(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class Window:
    """How many events in the last `seconds` (wrong codes or joins from one address)."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds, self.clock = seconds, clock
        self.times: deque[float] = deque()

    def count(self) -> int:
        edge = self.clock() - self.seconds
        while self.times and self.times[0] < edge:
            self.times.popleft()
        return len(self.times)

    def add(self) -> None:
        self.times.append(self.clock())
