"""`intervisie communities` and `intervisie sessions`: the ids that `export`, `takeout`, `report`
and `actions` take, as a table for people or as JSON for scripts."""

from __future__ import annotations

import argparse
import json

from app.cli.common import add_database_option, open_for_cli
from app.cli.said import STORAGE


def _print_json(rows: list[dict]) -> None:
    print(json.dumps(rows, ensure_ascii=False, indent=2))


def _communities(args: argparse.Namespace) -> int:
    from app.services.communities import list_communities

    store = open_for_cli(args, only_reads=True)
    if store is None:
        return STORAGE
    try:
        found = list_communities(store)
    finally:
        store.close()
    if args.json:
        _print_json(
            [
                {
                    "id": c.id,
                    "uuid": c.uuid,
                    "name": c.name,
                    "region": c.region,
                    "sessions": c.session_count,
                    "last_session_on": c.last_session_on.isoformat() if c.last_session_on else None,
                    "demo": c.is_demo,
                }
                for c in found
            ]
        )
        return 0
    if not found:
        print("(no communities yet)")
    for c in found:
        region = f" ({c.region})" if c.region else ""
        count = "1 session" if c.session_count == 1 else f"{c.session_count} sessions"
        last = f", last {c.last_session_on.isoformat()}" if c.last_session_on else ""
        print(f"{c.id:>5}  {c.name}{region} · {count}{last}")
    return 0


def _sessions(args: argparse.Namespace) -> int:
    from app.services.sessions import list_sessions

    store = open_for_cli(args, only_reads=True)
    if store is None:
        return STORAGE
    try:
        found = list_sessions(store, args.community)
    finally:
        store.close()
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "uuid": s.uuid,
                    "held_on": s.held_on.isoformat(),
                    "community_id": s.community_id,
                    "community": s.community_name,
                    "title": s.title,
                    "state": s.state,
                    "model": {"id": s.model_id, "version": s.model_version},
                    "continues_from_id": s.continues_from_id,
                }
                for s in found
            ]
        )
        return 0
    if not found:
        print("(no sessions yet)")
    for s in found:
        closed = "" if s.state == "open" else f"  [{s.state}]"
        print(f"{s.id:>5}  {s.held_on.isoformat()}  {s.community_name} · {s.title}{closed}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "communities", help="list the communities with their ids, regions and session counts"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_database_option(p)
    p.set_defaults(run=_communities)

    p = sub.add_parser("sessions", help="list the sessions with their ids")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument(
        "--community", type=int, metavar="ID", help="only the sessions of this community"
    )
    add_database_option(p)
    p.set_defaults(run=_sessions)
