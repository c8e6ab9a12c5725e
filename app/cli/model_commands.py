"""`intervisie model …`: the model versions in this database and on this computer — list, show,
export one as a model file, import a model file into the user's model folder, and the diff
between two versions. What a session uses always comes from the database's copy."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from app.cli.common import add_database_option, open_for_cli
from app.cli.said import STORAGE, say, say_text
from app.vocabulary.refusals import Refusal

WHERE = {
    "shipped": "shipped with the app",
    "user": "the user's model folder",
    "database": "this database only",
}


def _fail(message: str) -> int:
    print(f"intervisie: {message}", file=sys.stderr)
    return 1


def _with_store(args: argparse.Namespace, work) -> int:
    """Open the database read-only-friendly, run `work(store)`, turn refusals into messages."""
    from app.modeldef.loader import ModelDefinitionError
    from app.services.errors import ServiceError

    store = open_for_cli(args, only_reads=True)
    if store is None:
        return STORAGE
    try:
        return work(store)
    except ServiceError as exc:
        return say(exc, args)
    except ModelDefinitionError as exc:
        return say_text(
            Refusal.MODEL_FILE_INVALID,
            f"{exc.path}: {exc.key}: {exc.problem}. Nothing was changed.",
            args,
        )
    finally:
        store.close()


def _list(args: argparse.Namespace) -> int:
    from app.services.model_store import available_models

    def work(store) -> int:
        found = available_models(store)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": i.model_id,
                            "version": i.version,
                            "title": {"nl": i.title.nl, "en": i.title.en},
                            "origin": i.origin,
                            "sessions": i.sessions,
                            "in_database": i.in_database,
                            "differs_from_file": i.differs_from_file,
                        }
                        for i in found
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return 0
        for i in found:
            count = "1 session" if i.sessions == 1 else f"{i.sessions} sessions"
            differs = "  [the database's copy differs from the file]" if i.differs_from_file else ""
            print(f"{i.model_id} {i.version}  {count} · {WHERE[i.origin]} · {i.title.en}{differs}")
        return 0

    return _with_store(args, work)


def _show(args: argparse.Namespace) -> int:
    from app.services.model_store import definition_of

    def work(store) -> int:
        d = definition_of(args.id, args.version)
        print(f"{d.id} {d.version}: {d.title.nl} / {d.title.en}")
        if d.lineage is not None:
            renames = ", ".join(f"{x.old} → {x.new}" for x in d.lineage.map)
            print(f"made from:  {d.lineage.previous}" + (f" ({renames})" if renames else ""))
        for p in d.perspectives:
            print(f"{p.label.nl} ({p.key}, {p.position})")
            for a in d.areas_of(p.key):
                print(f"  {a.key}: {a.label.nl} / {a.label.en}")
        print("conditions for success")
        for c in d.conditions:
            print(f"  {c.key}: {c.label.nl} / {c.label.en}")
        print("status scale: " + ", ".join(f"{lv.level} {lv.label.nl}" for lv in d.levels))
        print(
            f"themes: {len(d.themes)}, growth paths: {len(d.paths)}, policy frames: "
            f"{len(d.frames)}, stages: {len(d.stages)}"
        )
        return 0

    return _with_store(args, work)


def _write_text(dest: Path, text: str) -> None:
    """Whole or not at all: written beside and renamed."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".writing-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _export(args: argparse.Namespace) -> int:
    from app.modeldef.catalogue import to_toml
    from app.services.model_store import definition_of

    def work(store) -> int:
        d = definition_of(args.id, args.version)  # the database's copy when there is one
        dest = Path(args.file)
        if dest.suffix != ".toml":
            return _fail(f"{dest} should end in .toml (a model file). Nothing was written.")
        try:
            _write_text(dest, to_toml(d.raw))
        except OSError as exc:
            return _fail(f"{dest} cannot be written: {exc.strerror or exc}. Nothing was written.")
        print(f"wrote {dest} ({d.id} {d.version})")
        return 0

    return _with_store(args, work)


def _import(args: argparse.Namespace) -> int:
    from app.modeldef import catalogue, registry
    from app.services.model_store import conflict

    def work(store) -> int:
        d = catalogue.read_toml(Path(args.file))
        here = registry.find(d.id, d.version)
        if here is not None and here.fingerprint != d.fingerprint:
            raise conflict(d.id, d.version)
        if here is not None:
            print(f"{d.id} {d.version} is already here, with the same content; nothing to do")
            return 0
        path = catalogue.save_user_definition(d.raw)
        print(f"imported {d.id} {d.version} into {path}")
        return 0

    return _with_store(args, work)


def _diff(args: argparse.Namespace) -> int:
    from app.modeldef.diff import diff_definitions
    from app.services.model_store import definition_of

    def work(store) -> int:
        old, new = definition_of(args.id, args.old), definition_of(args.id, args.new)
        diff = diff_definitions(old, new)
        if diff.is_empty:
            print(f"{args.id} {args.old} and {args.new}: no differences")
            return 0
        print(f"{args.id} {args.old} → {args.new}")
        for key in diff.added:
            print(f"added:      {key} ({new.element_label(key, 'en')})")
        for old_key, new_key in diff.renamed:
            print(f"renamed:    {old_key} → {new_key}")
        for olds, new_key in diff.merged:
            print(f"merged:     {' + '.join(olds)} → {new_key}")
        for key, a, b in diff.moved:
            print(f"moved:      {key} from {a} to {b}")
        for key in diff.relabelled:
            print(
                f"relabelled: {key} ({old.element_label(key, 'en')} → "
                f"{new.element_label(key, 'en')})"
            )
        for key in diff.retired:
            print(f"retired:    {key} ({old.element_label(key, 'en')})")
        for line in diff.other:
            print(f"other:      {line}")
        return 0

    return _with_store(args, work)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("model", help="the model versions: list, show, export, import, diff")
    cmds = p.add_subparsers(dest="model_command", required=True, metavar="COMMAND")
    q = cmds.add_parser(
        "list", help="every model version here, the sessions using it and where it comes from"
    )
    q.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_database_option(q)
    q.set_defaults(run=_list)
    q = cmds.add_parser("show", help="the perspectives, areas and scale of one version")
    q.add_argument("id")
    q.add_argument("version")
    add_database_option(q)
    q.set_defaults(run=_show)
    q = cmds.add_parser(
        "export", help="write one version as a model file (the database's copy when there is one)"
    )
    q.add_argument("id")
    q.add_argument("version")
    q.add_argument("file", metavar="FILE.toml")
    add_database_option(q)
    q.set_defaults(run=_export)
    q = cmds.add_parser("import", help="check a model file and put it into the user's model folder")
    q.add_argument("file", metavar="FILE.toml")
    add_database_option(q)
    q.set_defaults(run=_import)
    q = cmds.add_parser("diff", help="what changed between two versions")
    q.add_argument("id")
    q.add_argument("old", metavar="V1")
    q.add_argument("new", metavar="V2")
    add_database_option(q)
    q.set_defaults(run=_diff)
