"""`intervisie room`: the participants' phones join a session from this machine, without a
window (a second laptop as the room's server, or a test). Prints the address with its token and
the 4-digit code; stops on Ctrl+C."""

from __future__ import annotations

import argparse
import contextlib
import sys

from app.cli.common import add_database_option, open_for_cli
from app.cli.said import STORAGE, say


def _room(args: argparse.Namespace) -> int:
    from app.room.serve import NotAllowed, RoomServer, addresses
    from app.room.state import Room
    from app.services import sessions
    from app.services.errors import NotFound

    if args.list_addresses:
        print("\n".join(addresses()))
        return 0
    if args.session is None:
        print(
            "intervisie: room needs --session ID (`intervisie sessions` lists them)",
            file=sys.stderr,
        )
        return 1
    store = open_for_cli(args)
    if store is None:
        return STORAGE
    try:
        try:
            s = sessions.get_session(store, args.session)
        except NotFound:
            print(
                f"intervisie: there is no session {args.session}; `intervisie sessions` lists them",
                file=sys.stderr,
            )
            return 1
        if s.is_closed:
            print(
                f"intervisie: session {s.id} is closed; reopen it in the app first", file=sys.stderr
            )
            return 1
        room = Room(store, s.id, dots=args.dots, hide_names=not args.show_names)
        try:
            server = RoomServer(room, args.host, args.port, https=args.https, minutes=args.minutes)
        except NotAllowed as exc:
            return say(exc, args)
        except OSError as exc:
            print(
                f"intervisie: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
                file=sys.stderr,
            )
            return 1
        print(f"room for session {s.id}: {s.title}")
        print(f"address: {server.url}")
        print(f"code:    {room.code}")
        if server.certificate is not None:
            print(f"certificate fingerprint (SHA-256): {server.certificate.fingerprint}")
        print(f"closes by itself after {args.minutes:g} minutes")
        print("stop with Ctrl+C", flush=True)
        # uvicorn stops serving first, then passes Ctrl+C on
        with contextlib.suppress(KeyboardInterrupt):
            server.run()
        room.set(closed=True)
        print("room closed")
        return 0
    finally:
        store.close()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "room", help="let participants' phones join a session over this machine's own network"
    )
    p.add_argument("--session", type=int, metavar="ID")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help="the address to listen on: one of this machine's own (--list-addresses);"
        " default 127.0.0.1, this machine only",
    )
    p.add_argument("--port", type=int, default=8765, metavar="N", help="default 8765; 0: any")
    p.add_argument(
        "--dots",
        type=int,
        default=3,
        metavar="N",
        help="dots each phone casts in focus (default 3)",
    )
    p.add_argument(
        "--https",
        action="store_true",
        help="HTTPS with a certificate made now (each phone warns once; compare the fingerprint)",
    )
    p.add_argument(
        "--minutes",
        type=float,
        default=180,
        metavar="N",
        help="close the room by itself after N minutes (default 180)",
    )
    p.add_argument(
        "--show-names",
        action="store_true",
        help="show participants' names in the texts (hidden by default)",
    )
    p.add_argument(
        "--list-addresses",
        action="store_true",
        help="list the addresses the room can listen on, and stop",
    )
    add_database_option(p)
    p.set_defaults(run=_room)
