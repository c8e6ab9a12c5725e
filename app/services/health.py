"""What `intervisie check` reports: schema revision, model versions in use, integrity (SQLite's own
checks on a file; a few sanity queries on a server, whose disks are the server's business)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import distinct, func, inspect, select, text

from app import models as m
from app.modeldef.loader import ModelDefinitionError, validate_shipped
from app.store import Store, migrate
from app.store.schema_version import HEAD


@dataclass
class HealthReport:
    database: str
    revision: str | None
    expected_revision: str
    model_versions: list[str] = field(default_factory=list)
    shipped_models: list[str] = field(default_factory=list)
    integrity: str = "ok"
    communities: int = 0
    sessions: int = 0
    problems: list[str] = field(default_factory=list)
    # said, but the data is fine: a model file that differs from the database's copy of the
    # same version, a user model file left out (app.services.model_store.model_problems)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> HealthReport:
    report = HealthReport(store.describe(), migrate.read_revision(store.engine), HEAD)
    if report.revision != HEAD:
        report.problems.append(f"schema revision {report.revision} is not {HEAD}")
    try:
        report.shipped_models = [f"{d.id} {d.version}" for d in validate_shipped()]
    # a broken or unreadable definition file is exactly what check must report
    except (ModelDefinitionError, OSError) as exc:
        report.problems.append(str(exc))
    with store.reading() as db:
        rows = db.execute(
            select(distinct(m.IntervisieSession.model_id), m.IntervisieSession.model_version)
        ).all()
        report.model_versions = sorted(f"{a} {b}" for a, b in rows)
        report.communities = db.query(m.Community).count()
        report.sessions = db.query(m.IntervisieSession).count()
        if store.dialect == "sqlite":
            results = [r[0] for r in db.execute(text("PRAGMA integrity_check"))]
            report.integrity = "ok" if results == ["ok"] else "; ".join(results[:5])
            fk = list(db.execute(text("PRAGMA foreign_key_check")))
            if fk:
                report.problems.append(f"{len(fk)} rows point at rows that do not exist")
        elif store.dialect == "postgresql":
            report.integrity = _server_integrity(db)
    if report.integrity != "ok":
        report.problems.append(f"integrity check: {report.integrity}")
    from app.services.model_store import model_problems

    for line in model_problems(store):
        # a version used by sessions and found nowhere cannot be drawn: that is a problem
        (report.problems if "neither in the database" in line else report.warnings).append(line)
    return report


def _server_integrity(db) -> str:
    """'ok', or what is wrong: every table of this version present and readable to its end, no
    index left invalid (an interrupted CREATE INDEX CONCURRENTLY), and no page checksum failure
    the server has seen in this database (counted only where checksums are on)."""
    found = set(inspect(db.connection()).get_table_names())
    missing = sorted(set(m.Base.metadata.tables) - found)
    if missing:
        return f"tables missing: {', '.join(missing)}"
    for table in m.Base.metadata.sorted_tables:
        db.execute(select(func.count()).select_from(table)).scalar()
    invalid = db.execute(
        text(
            "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace"
        )
    ).scalar()
    if invalid:
        return f"{invalid} invalid indexes (rebuild them with REINDEX)"
    failures = db.execute(
        text(
            "SELECT coalesce(checksum_failures, 0) FROM pg_stat_database "
            "WHERE datname = current_database()"
        )
    ).scalar()
    if failures:
        return f"the server found {failures} damaged pages (checksum failures)"
    return "ok"
