"""benchmarks/bench_dashboard.py's raw baseline replays the statements a Home panel sent. The
families panel's audited read writes an audit entry, whose links (and the chain head) are
written on PostgreSQL by one statement starting with WITH; replayed in autocommit after an
export had chained its own entry, it put bench100k's chain head back one entry (session 11),
and every later append failed. The replay takes reads only, on a connection that cannot write.
Needs CONSULAR_TEST_PG_URL (.ci/pg-start)."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from consular.db.models import Case
from consular.services import audit_chain
from tests.fixtures_db import add_reference_data
from tests.service_helpers import open_case

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_dashboard

pytestmark = pytest.mark.postgres


def head_and_top(database) -> tuple[int, int]:
    with database.engine.connect() as conn:
        head = conn.exec_driver_sql("SELECT seq FROM audit_chain_head").scalar()
        top = conn.exec_driver_sql("SELECT max(seq) FROM audit_entries").scalar()
    return head, top


def test_the_raw_replay_of_an_audited_read_writes_nothing(pg_database):
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with pg_database.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    statements = bench_dashboard.Statements(pg_database.engine)

    def panel():
        # As the families panel: its reads, then the read entry once the relatives' phones are on screen.
        with ctx.transaction() as session:
            session.execute(select(Case.reference).where(Case.id == case_id)).all()
            ctx.record_read("identifiers", "dashboard", None, next_of_kin=[reference])

    captured = statements.capture(panel)
    assert any(sql.startswith("WITH new_head") for sql, _ in captured), [sql[:60] for sql, _ in captured]
    reads = bench_dashboard.reads_only(captured)
    assert reads and not [sql for sql, _ in reads if "audit_chain_head" in sql and "UPDATE" in sql]
    with ctx.writing() as session:  # an export's entry, chained after the read's
        ctx.audit(session, "timeline.export", "case", case_id, case_id=case_id, after={"format": "csv"})
    before = head_and_top(pg_database)
    raw = bench_dashboard.Raw(pg_database.url.render_as_string(hide_password=False))
    try:
        for _ in range(3):
            raw.replay(reads)
        # Whatever slips through is refused by the server: the replaying connection cannot write.
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            raw.replay([next((sql, params) for sql, params in captured if sql.startswith("WITH new_head"))])
    finally:
        raw.close()
    assert head_and_top(pg_database) == before
    with ctx.writing() as session:
        ctx.audit(session, "case.note", "case", case_id, case_id=case_id, after={"n": 1})
    head, top = head_and_top(pg_database)
    assert head == top == before[0] + 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]
