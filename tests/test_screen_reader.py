"""What a screen reader hears when a facilitator walks the app by Tab: the real app on a real X
server (Xvfb) with a session bus and the accessibility bus, keys sent by xdotool, and after each
Tab the focused control's name read by an AT-SPI client (pyatspi, what Orca uses). Every control
has a name, Tab goes round and comes back (nothing traps it), and the order is the order of the
work: the new observation, the observations, their choices, the context note.

Needs Debian's xvfb, xdotool, dbus-x11, at-spi2-core and python3-pyatspi (.ci/run installs
them). Skipped without them on a developer's machine, never in CI."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CLIENT = Path(__file__).with_name("atspi_focus.py")


def _missing() -> list[str]:
    out = [tool for tool in ("Xvfb", "xdotool", "dbus-launch") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        out.append("at-spi2-core")
    if (
        not Path(SYSTEM_PYTHON).exists()
        or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
    ):
        out.append("python3-pyatspi")
    return out


@pytest.fixture
def desktop(tmp_path):
    """An X server, a session bus and the accessibility bus; the processes' environment."""
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the screen-reader tools: {missing} (see .ci/run)")
        pytest.skip(f"not installed here: {missing}")
    started: list[subprocess.Popen] = []
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    started.append(xvfb)
    display = ":" + xvfb.stdout.readline().decode().strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
    env.update(
        DISPLAY=display,
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        NO_AT_BRIDGE="0",
    )
    (tmp_path / "run").mkdir(mode=0o700)
    bus = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
    ).stdout
    bus_pid = None
    for part in bus.replace("\n", ";").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "DBUS_SESSION_BUS_ADDRESS":
            env[name] = value.strip("'\"")
        elif name == "DBUS_SESSION_BUS_PID":
            bus_pid = int(value)
    started.append(
        subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    time.sleep(1)
    try:
        yield env, started
    finally:
        for p in reversed(started):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, 15)


class ScreenReader:
    def __init__(self, env, started):
        self.env = env
        self.client = subprocess.Popen(
            [SYSTEM_PYTHON, str(CLIENT)],
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        started.append(self.client)
        assert self.client.stdout.readline().strip() == "ready"

    def focused(self) -> dict | None:
        self.client.stdin.write("focus\n")
        self.client.stdin.flush()
        now = json.loads(self.client.stdout.readline())
        # a choice inside a list is not itself in the accessibility tree: the reader reads the
        # list's current cell, which carries the choice's name and value
        return now["widget"] or now["item"]

    def key(self, *keys: str, settle: float = 0.35) -> dict | None:
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], env=self.env, check=True)
        time.sleep(settle)
        return self.focused()

    def wait_for(self, name: str, timeout: float = 20) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            now = self.focused()
            if now and now["name"] == name:
                return now
            time.sleep(0.2)
        raise AssertionError(f"the focus never reached {name!r}; it is on {self.focused()}")

    def tab_round(self, limit: int = 80) -> list[dict]:
        """Tab from the focused control until it is focused again."""
        start = self.focused()
        seen = [start]
        for _ in range(limit):
            now = self.key("Tab")
            if now == start:
                return seen
            seen.append(now)
        raise AssertionError(f"Tab never came back; the last controls: {seen[-10:]}")


def _first(names: list[str], name: str) -> int:
    assert name in names, (name, names)
    return names.index(name)


def _start_app(env, started, tmp_path) -> subprocess.Popen:
    """The app in English on the X server, its window focused, as a user would start it."""
    settings = tmp_path / "config" / "intervisie"
    settings.mkdir(parents=True)
    (settings / "intervisie.ini").write_text("[view]\nlanguage=en\n")
    app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app = subprocess.Popen(
        [sys.executable, "-m", "app", "--database", str(tmp_path / "room.db")],
        env=app_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    started.append(app)
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    window = found.stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
    return app


def test_a_screen_reader_hears_every_control_in_the_order_of_the_work(desktop, tmp_path):
    env, started = desktop
    reader = ScreenReader(env, started)
    app = _start_app(env, started, tmp_path)

    # the home page: every control named, and Tab reaches the session's "Open session"
    reader.key("Tab")
    home = reader.tab_round()
    assert all(c and c["name"] for c in home), home
    names = [c["name"] for c in home]
    assert "Sessions" in names and "Open session" in names
    for _ in range(len(home)):
        if reader.focused()["name"] == "Open session":
            break
        reader.key("Tab")
    reader.key("space", settle=2)

    # the vertrekpunt: the cursor in the new-observation line, then the work's order
    reader.key("alt+2", settle=1)
    reader.wait_for("+ add an observation (Enter)")
    walk = reader.tab_round()
    assert all(c and c["name"] for c in walk), walk
    names = [c["label"] if c["role"] == "combo box" and c["label"] else c["name"] for c in walk]
    assert names[0] == "+ add an observation (Enter)"
    assert names[1] == "Observations"  # the list, once, then on
    assert names[2].startswith("Status: ")  # the current line's status and value
    assert (
        _first(names, "Add line")
        < _first(names, "Context note")
        < _first(names, "Elements of the model")
        < _first(names, "Status:")
    )
    assert names.count("Observations") == 1
    app.terminate()
    app.wait(20)


def test_the_model_editor_by_keys_alone(desktop, tmp_path):
    """Ctrl+Shift+M opens the editor; Tab walks all of it, every control named, and comes back
    (no list or table keeps the focus); a name typed into an area reaches the form."""
    env, started = desktop
    reader = ScreenReader(env, started)
    app = _start_app(env, started, tmp_path)
    reader.key("Tab")
    home = reader.focused()
    reader.key("ctrl+shift+m", settle=2)
    end = time.monotonic() + 20
    while reader.focused() == home and time.monotonic() < end:  # the editor's window takes it
        time.sleep(0.2)
    walk = reader.tab_round(limit=120)
    assert all(c and c["name"] for c in walk), walk
    names = [c["label"] if c["role"] == "combo box" and c["label"] else c["name"] for c in walk]
    for control in (
        "Start from",
        "New version number",
        "Parts of the model",
        "Name (Dutch)",
        "Name (English)",
        "Save as new version",
    ):
        assert control in names, (control, names[:60])
    app.terminate()
    app.wait(20)
