"""The room's web app (Starlette): everything lives under /r/<token>/, and a wrong token gets a
bare 404 that says nothing. A phone joins with the code and gets a cookie; from then on it reads
the public view (app.room.public), follows the room live (server-sent events) and sends its
rating, proposal or dots as small JSON requests, each checked, limited and counted.

Why JSON only for writes: a page elsewhere cannot send JSON to us without the browser asking
first, and the cookie is SameSite=Strict besides, so no other site can act for a phone.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from app.resources import resources_dir
from app.room import limits as L
from app.room import public
from app.room.state import Room
from app.services import room as svc
from app.services.errors import ServiceError, SessionClosed

COOKIE = "intervisie_room"
PAGES = {
    "": ("index.html", "text/html; charset=utf-8"),
    "room.css": ("room.css", "text/css; charset=utf-8"),
    "room.js": ("room.js", "text/javascript; charset=utf-8"),
}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the address: never pass it on
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


class Refused(Exception):
    def __init__(self, status: int, error: str, kind: str = "bad_requests"):
        self.status, self.error, self.kind = status, error, kind


def _json(data, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=HEADERS)


async def _body(request: Request) -> dict:
    """The request's JSON object, at most L.MAX_BODY bytes, read no further than that."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise Refused(415, "json")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > L.MAX_BODY):
        raise Refused(413, "too large")
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > L.MAX_BODY:
            raise Refused(413, "too large")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "malformed") from None
    if not isinstance(value, dict):
        raise Refused(400, "malformed")
    return value


def _field(body: dict, name: str, kind: type, most: int = 0):
    value = body.get(name)
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise Refused(400, f"{name}?")
    if isinstance(value, str) and kind is str and len(value) > most:
        raise Refused(413, "too long")
    return value


def make_app(room: Room, secure: bool = False) -> Starlette:
    folder = resources_dir() / "room"
    waiters: set[asyncio.Event] = set()
    loops: list[asyncio.AbstractEventLoop] = []
    shared: dict = {}
    shared_lock = threading.Lock()

    def wake_all() -> None:  # in an event loop
        for e in list(waiters):
            e.set()

    def wake() -> None:  # from any thread: the room changed
        for loop in loops:
            loop.call_soon_threadsafe(wake_all)

    room.listen(wake)

    def view_now() -> dict:
        with shared_lock:  # one build per version, whichever phone asks first
            if shared.get("v") != room.version:
                shared.clear()
                shared.update(public.shared_view(room))
            return dict(shared)

    def guard(request: Request, write: bool = False):
        """The device of this request, or Refused: wrong token, not joined, removed, too fast."""
        if not _is_token(request, room):
            raise Refused(404, "", "wrong_tokens")
        d = room.device(request.cookies.get(COOKIE))
        if d is None:
            raise Refused(401, "join", "")  # a phone's page asks before it joined: not counted
        if write:
            origin = request.headers.get("origin")
            if origin is not None and origin.split("://", 1)[-1] != request.headers.get("host"):
                raise Refused(403, "origin")
            if not room.may_write(d):
                raise Refused(429, "slow down", "too_many")
        return d

    def endpoint(fn):
        async def run(request: Request):
            try:
                return await fn(request)
            except Refused as r:
                if r.kind:
                    room.refuse(r.kind)
                if r.status == 404:
                    return Response("Not found", 404, headers=HEADERS, media_type="text/plain")
                return _json({"error": r.error}, r.status)

        return run

    @endpoint
    async def page(request: Request):
        if not _is_token(request, room):
            raise Refused(404, "", "wrong_tokens")
        if request.path_params.get("file", "") not in PAGES:
            raise Refused(404, "", "wrong_tokens")
        name, kind = PAGES[request.path_params.get("file", "")]
        return FileResponse(folder / name, media_type=kind, headers=HEADERS)

    @endpoint
    async def join(request: Request):
        if not _is_token(request, room):
            raise Refused(404, "", "wrong_tokens")
        body = await _body(request)
        code = _field(body, "code", str, 8)
        address = request.client.host if request.client else "?"
        cookie, why = room.join(code.strip(), address)
        if cookie is None:
            return _json({"error": why}, 429 if why in ("wait", "full") else 403)
        response = _json({"ok": True})
        response.set_cookie(
            COOKIE, cookie, path=room.path(), httponly=True, samesite="strict", secure=secure
        )
        return response

    @endpoint
    async def state(request: Request):
        d = guard(request)
        return _json(await run_in_threadpool(lambda: public.device_view(room, d, view_now())))

    async def write(request: Request, act) -> Response:
        d = guard(request, write=True)
        body = await _body(request)
        if room.closed:
            return _json({"error": "closed"}, 410)
        if room.paused:
            return _json({"error": "paused"}, 409)
        try:
            await run_in_threadpool(act, d, body)
        except SessionClosed:
            return _json({"error": "closed"}, 410)
        except ServiceError:
            raise Refused(400, "refused") from None
        # the version this change made: the projector's first redraw at or past it shows it
        return _json({"ok": True, "v": room.changed()})

    def _input_is(kind: str) -> None:
        if view_now()["input"] != kind:
            raise Refused(409, "not now")

    @endpoint
    async def rate(request: Request):
        def act(d, body):
            _input_is("rate")
            key = room.element_key or _field(body, "element", str, 60)
            svc.rate(room.store, room.session_id, key, d.id, _field(body, "level", int))

        return await write(request, act)

    @endpoint
    async def propose(request: Request):
        def act(d, body):
            if view_now()["input"] is None:
                raise Refused(409, "not now")
            key = room.element_key or _field(body, "element", str, 60)
            svc.propose(room.store, room.session_id, key, d.id, _field(body, "text", str, 1000))

        return await write(request, act)

    @endpoint
    async def vote(request: Request):
        def act(d, body):
            _input_is("vote")
            dots = _field(body, "dots", dict)
            if len(dots) > 200 or not all(k.isdigit() and len(k) < 12 for k in dots):
                raise Refused(400, "dots?")
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in dots.values()):
                raise Refused(400, "dots?")
            svc.cast_votes(
                room.store, room.session_id, d.id, {int(k): v for k, v in dots.items()}, room.dots
            )

        return await write(request, act)

    @endpoint
    async def events(request: Request):
        d = guard(request)
        if d.streams >= L.STREAMS_PER_DEVICE:
            raise Refused(429, "streams", "too_many")
        if not loops:
            loops.append(asyncio.get_running_loop())

        async def stream():
            d.streams += 1
            sent = None
            try:
                yield "retry: 2000\n\n"
                while True:
                    event = asyncio.Event()
                    waiters.add(event)
                    try:
                        if room.version == sent:
                            try:
                                await asyncio.wait_for(event.wait(), 15)
                            except TimeoutError:
                                yield ": still here\n\n"
                                continue
                    finally:
                        waiters.discard(event)
                    sent = room.version
                    gone = d.removed or room.closed
                    yield f"data: {json.dumps({'v': sent, 'gone': d.removed})}\n\n"
                    if gone:
                        return
            finally:
                d.streams -= 1

        return StreamingResponse(stream(), media_type="text/event-stream", headers=HEADERS)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        loops.append(asyncio.get_running_loop())  # where a change from another thread wakes
        yield
        room.unlisten(wake)

    routes = [
        Route("/r/{token}/", page, methods=["GET"]),
        Route("/r/{token}/join", join, methods=["POST"]),
        Route("/r/{token}/state", state, methods=["GET"]),
        Route("/r/{token}/rate", rate, methods=["POST"]),
        Route("/r/{token}/propose", propose, methods=["POST"]),
        Route("/r/{token}/vote", vote, methods=["POST"]),
        Route("/r/{token}/events", events, methods=["GET"]),
        Route("/r/{token}/{file:str}", page, methods=["GET"]),  # the page's css and script
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_exception_handler(404, lambda request, exc: _nothing(room))
    app.add_exception_handler(405, lambda request, exc: _nothing(room))
    return app


def _is_token(request: Request, room: Room) -> bool:
    return secrets.compare_digest(request.path_params["token"].encode(), room.token.encode())


def _nothing(room: Room) -> Response:
    """Any other address: a bare 404, counted for the facilitator."""
    room.refuse("wrong_tokens")
    return Response("Not found", 404, headers=HEADERS, media_type="text/plain")
