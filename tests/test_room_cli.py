"""`intervisie room`: serves a session's room without a window, prints the address with its
token and the code, stops on Ctrl+C; refuses every-address and public hosts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx


def _start(db_path, *extra):
    env = {**os.environ, "INTERVISIE_DATABASE": str(db_path), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "room", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_room_command_serves_until_ctrl_c(demo_store, demo_session_id, db_path):
    demo_store.close()
    p = _start(db_path, "--session", str(demo_session_id), "--port", "0")
    try:
        lines = [p.stdout.readline() for _ in range(4)]
        address = next(x.split()[1] for x in lines if x.startswith("address:"))
        code = next(x.split()[1] for x in lines if x.startswith("code:"))
        assert address.startswith("http://127.0.0.1:") and "/r/" in address
        assert len(code) == 4 and code.isdigit()
        with httpx.Client(base_url=address, timeout=10) as phone:
            assert phone.post("join", json={"code": code}).status_code == 200
            view = phone.get("state").json()
            assert view["closed"] is False and view["stage_label"]["nl"]
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
        assert p.returncode == 0, err
        assert "room closed" in out
        try:
            httpx.get(address, timeout=2)
            raise AssertionError("still listening after Ctrl+C")
        except httpx.ConnectError:
            pass
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()


def test_room_command_refuses_every_address_and_public_ones(demo_store, demo_session_id, db_path):
    demo_store.close()
    for host in ("0.0.0.0", "8.8.8.8", "::", "example.org"):
        p = _start(db_path, "--session", str(demo_session_id), "--host", host, "--port", "0")
        out, err = p.communicate(timeout=60)
        assert p.returncode == 1, (host, out, err)
        assert "does not listen on" in err and "address:" not in out


def test_room_command_names_a_missing_session(demo_store, db_path):
    demo_store.close()
    p = _start(db_path, "--session", "999", "--port", "0")
    _out, err = p.communicate(timeout=60)
    assert p.returncode == 1 and "there is no session 999" in err
