"""The room on a shared network: what a phone may do, and what anyone else on the network is
refused (wrong and replayed tokens, oversized and malformed requests, script in a proposal, a
flood of joins), with nothing stored and the room still working. Over real HTTP on loopback."""

from __future__ import annotations

import concurrent.futures
import time

import httpx
import pytest

from app import models as m
from app.room import limits as L
from app.services import focus, vertrekpunt
from app.services import room as svc
from tests.room_tools import open_room, phone


def _stored(store) -> tuple[int, int, int]:
    with store.reading() as db:
        return tuple(
            db.query(model).count() for model in (m.RoomRating, m.RoomVote, m.RoomProposal)
        )


def test_a_phone_joins_rates_proposes_and_votes(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id) as (room, server):
        key = room.element_key
        a, b = phone(server, room.code), phone(server, room.code)
        assert a.post("rate", json={"level": 2}).status_code == 200
        assert b.post("rate", json={"level": 4}).status_code == 200
        assert a.post("rate", json={"level": 3}).status_code == 200  # a change of mind
        view = a.get("state").json()
        assert view["mine"]["level"] == 3 and view["spread"] is None  # private until revealed
        room.set(spread_shown=True)
        assert a.get("state").json()["spread"] == {"3": 1, "4": 1}
        assert a.post("propose", json={"text": "De raad praat mee"}).status_code == 200
        tray = svc.proposals(demo_store, demo_session_id)
        assert [(p.text, p.element_key) for p in tray] == [("De raad praat mee", key)]
        # nothing entered the session before the facilitator accepts it
        assert "De raad praat mee" not in [
            o.text for o in vertrekpunt.list_observations(demo_store, demo_session_id, key)
        ]
        svc.accept_proposal(demo_store, tray[0].id, text="De gemeenteraad praat mee")
        svc.accept_proposal(demo_store, tray[0].id, text="De gemeenteraad praat mee")
        texts = [o.text for o in vertrekpunt.list_observations(demo_store, demo_session_id, key)]
        assert texts.count("De gemeenteraad praat mee") == 1
        assert svc.proposals(demo_store, demo_session_id) == []

        room.set(stage="focus")
        point = focus.add_focus_point(demo_store, demo_session_id, key, "Samen oogsten")
        before = point.votes
        assert a.post("vote", json={"dots": {str(point.id): 3}}).status_code == 200
        assert b.post("vote", json={"dots": {str(point.id): 2}}).status_code == 200
        assert b.post("vote", json={"dots": {str(point.id): 1}}).status_code == 200  # replaced
        assert a.get("state").json()["votes"] is None  # revealed all at once, later
        room.set(votes_shown=True)
        assert a.get("state").json()["votes"] == {str(point.id): 4}
        svc.add_votes_to_focus_points(demo_store, demo_session_id)
        svc.add_votes_to_focus_points(demo_store, demo_session_id)  # counted once
        assert [
            f.votes
            for f in focus.list_focus_points(demo_store, demo_session_id)
            if f.id == point.id
        ] == [before + 4]


def test_wrong_and_replayed_tokens_are_refused_and_store_nothing(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id) as (room, server):
        good = phone(server, room.code)
        base = f"http://127.0.0.1:{server.port}"
        stranger = httpx.Client(base_url=base, cookies=good.cookies, timeout=5)
        for path in (
            "/r/wrong/",
            "/r/wrong/state",
            "/",
            "/r/",
            f"/r/{room.token}x/state",
            "/r/wrong/room.js",
            f"/r/{room.token}/../../etc/passwd",
            f"/r/{room.token}/index.html/../x",
        ):
            assert stranger.get(path).status_code == 404, path
        assert stranger.post("/r/wrong/rate", json={"level": 2}).status_code == 404
        assert stranger.post("/r/wrong/join", json={"code": room.code}).status_code == 404
        # the same cookie in another room (a token of an earlier room, replayed) is nobody
        with open_room(demo_store, demo_session_id) as (_other, other_server):
            replay = httpx.Client(base_url=other_server.url, cookies=good.cookies, timeout=5)
            assert replay.post("rate", json={"level": 2}).status_code == 401
        # a made-up cookie
        forged = httpx.Client(base_url=server.url, cookies={"intervisie_room": "x" * 32})
        assert forged.post("rate", json={"level": 2}).status_code == 401
        assert forged.get("state").status_code == 401
        assert _stored(demo_store) == (0, 0, 0)
        assert room.refused.wrong_tokens >= 10
        assert good.post("rate", json={"level": 2}).status_code == 200  # still working


@pytest.mark.parametrize(
    "send, status",
    [
        (
            lambda c: c.post(
                "rate", content=b"{" * 10, headers={"content-type": "application/json"}
            ),
            400,
        ),
        (
            lambda c: c.post(
                "rate", content=b"[1, 2]", headers={"content-type": "application/json"}
            ),
            400,
        ),
        (
            lambda c: c.post(
                "rate", content=b"\xff\xfe", headers={"content-type": "application/json"}
            ),
            400,
        ),
        (lambda c: c.post("rate", data={"level": "2"}), 415),  # a form from elsewhere
        (lambda c: c.post("rate", json={"level": "2"}), 400),
        (lambda c: c.post("rate", json={"level": True}), 400),
        (lambda c: c.post("rate", json={"level": 99}), 400),
        (lambda c: c.post("rate", json={"level": 2, "pad": "x" * (L.MAX_BODY + 1)}), 413),
        (
            lambda c: c.post(
                "rate",
                content=(b"x" for _ in range(10_000)),
                headers={"content-type": "application/json"},
            ),
            413,
        ),  # chunked, no length
        (lambda c: c.post("propose", json={"text": "x" * 1001}), 413),
        (lambda c: c.post("propose", json={"text": "   "}), 400),
        (lambda c: c.post("propose", json={"text": ["a"]}), 400),
        (
            lambda c: c.post("rate", json={"level": 2}, headers={"origin": "http://evil.example"}),
            403,
        ),
        (lambda c: c.post("join", json={"code": "1" * 100}), 413),
    ],
)
def test_oversized_and_malformed_requests_are_refused(demo_store, demo_session_id, send, status):
    with open_room(demo_store, demo_session_id) as (room, server):
        client = phone(server, room.code)
        assert send(client).status_code == status
        assert _stored(demo_store) == (0, 0, 0)
        assert client.post("rate", json={"level": 2}).status_code == 200


def test_the_room_refuses_what_is_not_its_stage_or_session(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id, element=False) as (room, server):
        client = phone(server, room.code)
        assert client.post("rate", json={"element": "no-such", "level": 2}).status_code == 400
        assert client.post("vote", json={"dots": {"1": 1}}).status_code == 409  # not in focus
        room.set(stage="focus")
        assert client.post("rate", json={"element": "x", "level": 2}).status_code == 409
        other = focus.list_focus_points(demo_store, demo_session_id)
        ours = focus.add_focus_point(
            demo_store, demo_session_id, other[0].element_key if other else "ondernemers", "Eén"
        )
        assert client.post("vote", json={"dots": {str(ours.id): room.dots + 1}}).status_code == 400
        assert client.post("vote", json={"dots": {"999999": 1}}).status_code == 400
        assert client.post("vote", json={"dots": {str(ours.id): -1}}).status_code == 400
        assert client.post("vote", json={"dots": {"1e3": 1}}).status_code == 400
        room.set(stage="opening")
        assert client.post("propose", json={"text": "later", "element": "x"}).status_code == 409
        assert _stored(demo_store) == (0, 0, 0)


def test_script_in_a_proposal_stays_text(demo_store, demo_session_id):
    script = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    with open_room(demo_store, demo_session_id, stage="focus") as (room, server):
        client = phone(server, room.code)
        focus.add_focus_point(demo_store, demo_session_id, room.element_key, script)
        assert client.post("propose", json={"text": script}).status_code == 200
        r = client.get("state")
        assert r.headers["content-type"] == "application/json"
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert [f["text"] for f in r.json()["focus"]][-1] == script  # data, not markup
        page = client.get("").text
        assert "<script>alert" not in page
        assert [p.text for p in svc.proposals(demo_store, demo_session_id)] == [script]
    from app.resources import resources_dir

    js = (resources_dir() / "room" / "room.js").read_text()
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js


def test_wrong_codes_are_limited_and_shown(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id) as (room, server):
        joined = phone(server, room.code)
        wrong = "0000" if room.code != "0000" else "1111"
        flood = httpx.Client(base_url=server.url, timeout=5)
        answers = [flood.post("join", json={"code": wrong}).status_code for _ in range(8)]
        assert answers[: L.WRONG_CODES_PER_ADDRESS] == [403] * L.WRONG_CODES_PER_ADDRESS
        assert set(answers[L.WRONG_CODES_PER_ADDRESS :]) == {429}
        # guessing on is pointless: the right code waits too
        assert flood.post("join", json={"code": room.code}).status_code == 429
        assert room.refused.wrong_codes == L.WRONG_CODES_PER_ADDRESS
        assert room.refused.addresses == {"127.0.0.1"}
        assert len(room.devices()) == 1
        assert joined.post("rate", json={"level": 2}).status_code == 200


def test_a_flood_of_joins_is_refused_and_the_room_keeps_working(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id) as (room, server):
        joined = phone(server, room.code)

        def join(_):
            with httpx.Client(base_url=server.url, timeout=10) as c:
                return c.post("join", json={"code": room.code}).status_code

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(join, range(60)))
        assert answers.count(200) == L.JOINS_PER_ADDRESS - 1  # one address: ten a minute
        assert answers.count(429) == 60 - answers.count(200)
        assert len(room.devices()) == L.JOINS_PER_ADDRESS
        t0 = time.perf_counter()
        assert joined.post("rate", json={"level": 2}).status_code == 200
        assert time.perf_counter() - t0 < 2


def test_a_phone_tapping_too_fast_is_slowed_and_then_heard(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id) as (room, server):
        client = phone(server, room.code)
        answers = [client.post("rate", json={"level": 2}).status_code for _ in range(40)]
        assert answers.count(429) > 0 and answers[: L.WRITE_BURST] == [200] * L.WRITE_BURST
        time.sleep(1.0)
        assert client.post("rate", json={"level": 3}).status_code == 200
        assert (
            svc.own_rating(demo_store, demo_session_id, room.element_key, room.devices()[0].id) == 3
        )


def test_pause_remove_and_close(demo_store, demo_session_id):
    with open_room(demo_store, demo_session_id) as (room, server):
        a, b = phone(server, room.code), phone(server, room.code)
        assert a.post("rate", json={"level": 2}).status_code == 200
        room.set(paused=True)
        assert b.post("rate", json={"level": 2}).status_code == 409
        assert _stored(demo_store) == (1, 0, 0)
        room.set(paused=False)
        device = room.devices()[0].id
        room.remove(device)
        assert a.get("state").status_code == 401
        assert _stored(demo_store) == (0, 0, 0)  # its rating went with it
        assert b.post("rate", json={"level": 4}).status_code == 200
        url = server.url
    # closed: nothing listens any more
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)
