"""The audit check (run at every sign-in) reads back the records the chain audited, and no others.

It used to read every row of each audited table and keep the audited ones: 20 Log contacts on
a 10,000-case file made the sign-in's check read all 195,000 contact entries (2.4 s CPU).
These tests look at what the check asks SQLite for (the statements and SQLite's own query
plans), not at how long it takes.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from consular.services import audit_chain, audit_checks, contacts, counterparts
from tests.service_helpers import open_case


@pytest.fixture(autouse=True)
def own_anchors(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def _raw(path, sql: str, params=()) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(sql, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


@pytest.fixture
def logged(ctx):
    """Three audited contacts, then 384 contact entries written without consular (as the
    synthetic generator's bulk load writes them): unaudited rows the check has no business reading."""
    ref = open_case(ctx).reference
    police = counterparts.add_counterpart(ctx, ref, name="Commissaire Diarra", category="police")
    audited = [
        contacts.log_contact(
            ctx,
            ref,
            occurred_at=f"2025-07-0{day}T10:00",
            channel="phone",
            subject="Update",
            counterpart_ids=[police.id],
        ).id
        for day in (2, 3, 4)
    ]
    path = ctx.database.path
    columns = [row[1] for row in _raw(path, "PRAGMA table_info(contact_entries)") if row[1] != "id"]
    listed = ", ".join(columns)
    for _ in range(7):  # 3 -> 384 rows
        _raw(path, f"INSERT INTO contact_entries ({listed}) SELECT {listed} FROM contact_entries")
    assert _raw(path, "SELECT count(*) FROM contact_entries") == [(384,)]
    return ctx, audited


def _statements(database, work):
    seen: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        seen.append((statement, tuple(parameters or ())))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        result = work()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return result, seen


def test_the_check_looks_up_the_audited_contacts_by_id_and_reads_no_other(logged):
    ctx, audited = logged
    report, seen = _statements(ctx.database, lambda: audit_chain.verify(ctx.database))
    assert report.ok, report.problems
    reads = [(sql, params) for sql, params in seen if "FROM contact_entries" in sql]
    assert reads, "the audited contacts were not checked at all"
    bound: list = []
    for sql, params in reads:
        plan = " ".join(row[-1] for row in _raw(ctx.database.path, f"EXPLAIN QUERY PLAN {sql}", params))
        assert "SCAN contact_entries" not in plan, plan  # a lookup by primary key, not a pass over the table
        bound += [p for p in params if isinstance(p, int)]
    assert sorted(bound) == sorted(audited)


def test_a_contact_changed_outside_consular_is_still_found(logged):
    ctx, audited = logged
    _raw(ctx.database.path, "UPDATE contact_entries SET subject = 'rewritten' WHERE id = ?", (audited[1],))
    report = audit_chain.verify(ctx.database)
    assert [(p.kind, p.entity, p.entity_id) for p in report.problems] == [("record_changed", "contact", audited[1])]


def test_records_audited_beyond_one_statement_are_all_checked(logged, monkeypatch):
    ctx, audited = logged
    before = audit_chain.verify(ctx.database).records_checked
    monkeypatch.setattr(audit_checks, "RECORD_IDS_PER_STATEMENT", 2)
    _raw(ctx.database.path, "DELETE FROM contact_entries WHERE id = ?", (audited[-1],))
    report, seen = _statements(ctx.database, lambda: audit_chain.verify(ctx.database))
    assert report.records_checked == before - 1
    assert [(p.kind, p.entity_id) for p in report.problems] == [("record_deleted", audited[-1])]
    assert len([sql for sql, _ in seen if "FROM contact_entries" in sql]) == 2  # 3 ids, 2 per statement
