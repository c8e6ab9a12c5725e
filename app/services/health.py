"""What `intervisie check` reports: schema revision, model versions in use, integrity."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import distinct, select, text

from app import models as m
from app.modeldef.loader import shipped_definition_files, validate_shipped
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

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> HealthReport:
    report = HealthReport(store.describe(), migrate.read_revision(store.engine), HEAD)
    if report.revision != HEAD:
        report.problems.append(f"schema revision {report.revision} is not {HEAD}")
    try:
        report.shipped_models = [f"{d.id} {d.version}" for d in validate_shipped()]
    except Exception as exc:  # a broken definition file is exactly what check must report
        report.problems.append(str(exc))
    with store.reading() as db:
        rows = db.execute(select(distinct(m.IntervisieSession.model_id),
                                 m.IntervisieSession.model_version)).all()
        report.model_versions = sorted(f"{a} {b}" for a, b in rows)
        report.communities = db.query(m.Community).count()
        report.sessions = db.query(m.IntervisieSession).count()
        if store.dialect == "sqlite":
            results = [r[0] for r in db.execute(text("PRAGMA integrity_check"))]
            report.integrity = "ok" if results == ["ok"] else "; ".join(results[:5])
            fk = list(db.execute(text("PRAGMA foreign_key_check")))
            if fk:
                report.problems.append(f"{len(fk)} rows point at rows that do not exist")
    if report.integrity != "ok":
        report.problems.append(f"integrity check: {report.integrity}")
    known = {f"{d}" for d in report.shipped_models}
    for mv in report.model_versions:
        if mv not in known:
            report.problems.append(f"model {mv} is used by a session but not shipped "
                                   f"({', '.join(p.name for p in shipped_definition_files())})")
    return report
