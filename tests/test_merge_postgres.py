"""Merge and undo on a real PostgreSQL server: two people, their wives (next of kin) and two
counterparts merged, with links in cases, contacts and next of kin; every link moved, the audit
entries holding both records' state before; then every merge undone and every row back as it
was, read with psycopg (not through consular's queries). Needs CONSULAR_TEST_PG_URL
(``source .ci/pg-start``)."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy.engine import make_url

from consular.db.models import Base
from consular.services import audit_chain, contacts, counterparts, duplicates, merge
from tests.fixtures_db import add_reference_data
from tests.test_merge import NOT_COMPARED_COLUMNS, NOT_COMPARED_TABLES, build_two_cases

pytestmark = pytest.mark.postgres


def _connect(url: str) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password, dbname=parsed.database
    )


def every_row(url: str) -> dict[str, list[tuple]]:
    """Every row of every table but the bookkeeping ones, read with psycopg, sorted."""
    out = {}
    with _connect(url) as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_COMPARED_TABLES:
                continue
            columns = [f'"{c.name}"' for c in table.columns if c.name not in NOT_COMPARED_COLUMNS]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            out[table.name] = sorted(rows, key=repr)
    return out


def rows_pointing_to(url: str, table_name: str, record_id: int) -> list[str]:
    """Every table.column whose foreign key to ``table_name`` holds ``record_id`` (from the
    metadata, not a hand list)."""
    found = []
    with _connect(url) as conn:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name == table_name:
                    (n,) = conn.execute(
                        f'SELECT count(*) FROM {table.name} WHERE "{fk.parent.name}" = %s', (record_id,)
                    ).fetchone()
                    if n:
                        found.append(f"{table.name}.{fk.parent.name}: {n}")
    return found


def audit_states(url: str, action: str) -> list[tuple[dict, dict]]:
    with _connect(url) as conn:
        rows = conn.execute(
            "SELECT before, after FROM audit_entries WHERE action = %s ORDER BY id", (action,)
        ).fetchall()
    return [(json.loads(before), json.loads(after)) for before, after in rows]


def test_merges_and_their_undo_on_postgres(pg_database, pg_url):
    ctx = add_reference_data(pg_database)
    two = build_two_cases(ctx)
    first, second, a, b = two["first"], two["second"], two["a"], two["b"]
    with _connect(pg_url) as conn:
        wives = dict(conn.execute("SELECT full_name, id FROM persons WHERE full_name LIKE 'Sunita%'").fetchall())
        kin_counterparts = dict(
            conn.execute(
                "SELECT p.full_name, f.counterpart_id FROM family_liaisons f JOIN persons p ON p.id = f.kin_person_id"
            ).fetchall()
        )
    wife_a, wife_b = wives["Sunita Mohanty"], wives["Sunita Mohanti"]
    chief = counterparts.add_counterpart(
        ctx,
        first,
        name="Cdt. Moussa Diarra",
        category="police",
        organisation="Gendarmerie Kayes",
        phone="+223 76 12 34 56",
    )
    twin = counterparts.add_counterpart(
        ctx,
        second,
        name="Commandant Moussa Diara",
        category="police",
        organisation="Gendarmerie Kayes",
        phone="+22376123456",
    )
    contacts.log_contact(
        ctx, second, occurred_at="2025-07-03T09:00", channel="phone", subject="Checkpoints", counterpart_ids=[twin.id]
    )
    contacts.log_contact(
        ctx,
        first,
        occurred_at="2025-07-03T10:00",
        channel="phone",
        subject="Roads",
        counterpart_ids=[chief.id, twin.id],
    )
    contacts.log_contact(
        ctx,
        second,
        occurred_at="2025-07-04T09:00",
        channel="phone",
        subject="Called the family",
        counterpart_ids=[kin_counterparts["Sunita Mohanti"]],
    )
    found = {frozenset((c.a_id, c.b_id)) for c in duplicates.find_duplicates(ctx, "people")}
    assert frozenset((a, b)) in found and frozenset((wife_a, wife_b)) in found
    found = {frozenset((c.a_id, c.b_id)) for c in duplicates.find_duplicates(ctx, "counterparts")}
    assert frozenset((chief.id, twin.id)) in found
    before = every_row(pg_url)
    for table, record in (("persons", b), ("persons", wife_b), ("counterparts", twin.id)):
        assert rows_pointing_to(pg_url, table, record), (table, record)  # really linked

    done = [
        merge.merge(ctx, "person", a, b, take={"full_name": "b"}),
        merge.merge(ctx, "person", wife_a, wife_b),
        merge.merge(ctx, "counterpart", chief.id, twin.id),
        merge.merge(ctx, "counterpart", kin_counterparts["Sunita Mohanty"], kin_counterparts["Sunita Mohanti"]),
    ]
    for table, record in (
        ("persons", b),
        ("persons", wife_b),
        ("counterparts", twin.id),
        ("counterparts", kin_counterparts["Sunita Mohanti"]),
    ):
        assert rows_pointing_to(pg_url, table, record) == [], (table, record)
    with _connect(pg_url) as conn:
        assert conn.execute("SELECT full_name, occupation FROM persons WHERE id = %s", (a,)).fetchone() == (
            "Ramesh Mohanti",
            "Welder",
        )
        # Both relatives' liaisons now name the kept wife and the kept hostage.
        assert conn.execute("SELECT DISTINCT kin_person_id, hostage_person_id FROM family_liaisons").fetchall() == [
            (wife_a, a)
        ]
        # The contact that named both counterparts names the chief once.
        assert conn.execute(
            "SELECT c.subject, count(*) FROM contact_counterparts x JOIN contact_entries c ON c.id = x.contact_id "
            "WHERE x.counterpart_id = %s GROUP BY c.subject ORDER BY c.subject",
            (chief.id,),
        ).fetchall() == [("Checkpoints", 1), ("Roads", 1)]
    assert done[0].removed == {"case_participants": 1, "person_identifiers": 1}
    assert done[2].removed == {"contact_counterparts": 1, "case_counterparts": 1}

    # Audited with both records' state before.
    people_merged = audit_states(pg_url, "person.merge")
    assert [(s["a"]["full_name"], s["b"]["full_name"]) for s, _ in people_merged] == [
        ("Ramesh Mohanty", "Ramesh Mohanti"),
        ("Sunita Mohanty", "Sunita Mohanti"),
    ]
    assert [after["merge_id"] for _, after in people_merged] == [done[0].merge_id, done[1].merge_id]
    counterparts_merged = audit_states(pg_url, "counterpart.merge")
    assert counterparts_merged[0][0]["b"]["name"] == "Commandant Moussa Diara"
    assert counterparts_merged[0][0]["a"]["name"] == "Cdt. Moussa Diarra"
    assert audit_chain.verify(ctx.database).ok

    for result in reversed(done):
        merge.undo_merge(ctx, result.merge_id)
    assert every_row(pg_url) == before
    assert len(audit_states(pg_url, "person.merge_undo") + audit_states(pg_url, "counterpart.merge_undo")) == 4
    verified = audit_chain.verify(ctx.database)
    assert verified.ok, verified.problems
