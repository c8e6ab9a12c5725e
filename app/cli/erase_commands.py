"""`intervisie erase "NAME" [--yes]`: erase a person, with the same review as the app.

Every mention is listed in context, grouped by how it was written (the full name, a surname
alone, a first name alone); the user answers per group: y(es), n(o), a(ll the rest) or q(uit).
With --yes no question is asked and the full name goes (as participant, contact person,
facilitator, owner, partner and in the texts, however typed); a surname or first name alone is
listed and left, since it may be somebody else.
"""

from __future__ import annotations

import argparse

from app.cli.common import add_database_option, open_for_cli
from app.cli.said import STORAGE, say

KIND_WORDS = {"full": "full name", "surname": "surname only", "first": "first name only"}


def _where(x) -> str:
    place = x.role if x.whole else f"{x.table}.{x.column}"
    files = "" if x.files == ("database",) else f"  [{', '.join(x.files)}]"
    return f"    {place:<28} {x.context}{files}"


def _groups(found) -> list[tuple[str, list]]:
    from app.name_matcher import KINDS, key

    groups: dict[tuple, list] = {}
    for x in found:
        groups.setdefault((KINDS.index(x.kind), key(x.written)), []).append(x)
    return [
        (f"{KIND_WORDS[xs[0].kind]} “{xs[0].written}”", xs)
        for _, xs in sorted(groups.items(), key=lambda kv: kv[0])
    ]


def _choose(groups) -> list | None:
    """The mentions the user says go; None when they quit."""
    chosen: list = []
    take_all = False
    for title, xs in groups:
        print(f"\n{title} — {len(xs)} mention(s):")
        for x in xs:
            print(_where(x))
        if take_all:
            chosen += xs
            continue
        try:
            answer = input("Erase these? [y]es, [n]o, [a]ll that follow, [q]uit: ")
        except EOFError:
            answer = "q"
        answer = answer.strip().lower()[:1]
        if answer == "q":
            return None
        if answer in ("y", "a"):
            chosen += xs
            take_all = answer == "a"
    return chosen


def _erase(args: argparse.Namespace) -> int:
    from app.name_matcher import FULL
    from app.services.errors import ServiceError
    from app.services.privacy import erase_mentions, find_mentions

    store = open_for_cli(args)
    if store is None:
        return STORAGE
    try:
        found = find_mentions(store, args.name)
        if not found:
            print(f"“{args.name}” is not mentioned anywhere; nothing was changed.")
            return 0
        if args.yes:
            chosen: list | None = [x for x in found if x.kind == FULL]
            for title, xs in _groups([x for x in found if x.kind != FULL]):
                print(f"left (may be somebody else): {title}, {len(xs)} mention(s)")
                for x in xs:
                    print(_where(x))
        else:
            chosen = _choose(_groups(found))
            if chosen is None:
                print("Stopped; nothing was changed.")
                return 1
        if not chosen:
            print("Nothing chosen; nothing was changed.")
            return 0
        counts = erase_mentions(store, args.name, chosen)
    except ServiceError as exc:
        return say(exc, args)
    finally:
        store.close()
    print(
        f"erased: {counts.participants} participation(s), {counts.actors} contact person(s), "
        f"{counts.facilitators} as facilitator, {counts.owners} as owner, {counts.partners} as "
        f"partner, {counts.text_mentions} in texts; {counts.backups} backup(s) rewritten, "
        f"{counts.damaged} damaged copy(ies) overwritten, {counts.leftovers} leftover(s) "
        "deleted"
    )
    if counts.unreachable:
        print("Written earlier outside the app's folder, erase these yourself:")
        for path in counts.unreachable:
            print(f"    {path}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "erase",
        help="erase a person from every session, backup and file beside "
        "the database, after a review of every mention",
    )
    p.add_argument("name", help="the person's full name")
    p.add_argument(
        "--yes",
        action="store_true",
        help="no questions: erase the full name everywhere, list the rest",
    )
    add_database_option(p)
    p.set_defaults(run=_erase)
