"""Duplicates found and merged: the finder's candidates, a merge that leaves no row anywhere
pointing to the merged-away record (links found from the schema), the audit entry with both
records' before state, and an undo that restores every row exactly."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import select

from consular.db.models import AuditEntry, Base
from consular.db.tool_models import MatchKey
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.services import (
    audit_chain,
    contacts,
    counterparts,
    demands,
    duplicates,
    merge,
    milestones,
    people,
    proof_of_life,
    search,
)
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR
from tests.service_helpers import add_hostage, open_case

# Bookkeeping that a merge and its undo legitimately move on: the audit trail, the merge log,
# the finder's and the search's derived rows, and optimistic-lock counters.
NOT_COMPARED_TABLES = {"audit_entries", "audit_chain_head", "merge_records", "match_keys", "search_documents"}
NOT_COMPARED_COLUMNS = {"version", "revision"}


def every_row(path, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table (but the bookkeeping above and ``skip``), read with sqlite3, sorted."""
    with sqlite3.connect(path) as conn:
        out = {}
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_COMPARED_TABLES or table.name in skip:
                continue
            columns = [c.name for c in table.columns if c.name not in NOT_COMPARED_COLUMNS]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            out[table.name] = sorted(rows, key=repr)
        return out


def rows_pointing_to(path, table_name: str, record_id: int) -> list[str]:
    """Every (table.column, row) whose foreign key to ``table_name`` holds ``record_id``, from
    the metadata (not a hand list)."""
    found = []
    with sqlite3.connect(path) as conn:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name == table_name:
                    n = conn.execute(
                        f"SELECT count(*) FROM {table.name} WHERE {fk.parent.name} = ?", (record_id,)
                    ).fetchone()[0]
                    if n:
                        found.append(f"{table.name}.{fk.parent.name}: {n}")
    return found


@pytest.fixture
def two_cases(ctx):
    return build_two_cases(ctx)


def build_two_cases(ctx) -> dict:
    """Ramesh Mohanty on one case and "Ramesh Mohanti" (same passport, same birthday) on
    another and, by mistake, on the first one too; each with family, a question, a demand."""
    first = open_case(ctx).reference
    second = open_case(ctx, title="A national detained at Gao", incident_town="Gao").reference
    a = add_hostage(
        ctx,
        first,
        "Ramesh Mohanty",
        passport_number="Z1234567",
        date_of_birth="1984-03-02",
        identifiers=[{"kind": "Aadhaar", "value": "1234 5678 9012"}],
    ).person.id
    b = add_hostage(
        ctx,
        second,
        "Ramesh Mohanti",
        passport_number="Z1234567",
        date_of_birth="1984-03-02",
        occupation="Welder",
        identifiers=[{"kind": "Aadhaar", "value": "1234 5678 9012"}, {"kind": "Voter ID", "value": "OR/01/123"}],
    ).person.id
    people.add_person(ctx, first, role="hostage", person_id=b, held_since="2025-07-02T08:00+00:00")
    people.change_hostage_status(
        ctx,
        second,
        b,
        status="released",
        effective_at="2025-07-20T10:00+00:00",
        source="MEA",
        confirm_name="Ramesh Mohanti",
    )
    kin_a = people.add_next_of_kin(ctx, first, hostage_person_id=a, full_name="Sunita Mohanty", relationship="wife")
    people.add_next_of_kin(ctx, second, hostage_person_id=b, full_name="Sunita Mohanti", relationship="wife")
    proof_of_life.add_question(ctx, second, b, question="Name of the first dog?", expected_answer="Moti")
    broker = counterparts.add_counterpart(ctx, second, name="Mamadou S.", category="intermediary")
    demands.record_demand(
        ctx,
        second,
        received_at="2025-07-05T10:00",
        made_by="A man speaking for the group",
        kind="political",
        details="Release of prisoners",
        via_counterpart_id=broker.id,
        hostage_person_id=b,
    )
    milestones.add_milestone(
        ctx,
        second,
        kind="other",
        occurred_at="2025-07-06T10:00",
        title="Seen at a checkpoint (restricted source)",
        hostage_person_id=b,
        restricted=True,
    )
    return {"first": first, "second": second, "a": a, "b": b, "kin_a": kin_a}


def test_the_finder_lists_transliterated_names_with_reasons(ctx, two_cases):
    found = duplicates.find_duplicates(ctx, "people")
    pair = next(c for c in found if {c.a_id, c.b_id} == {two_cases["a"], two_cases["b"]})
    assert pair.score >= 0.9
    assert "same passport number" in pair.reasons and "same date of birth 02 Mar 1984" in pair.reasons
    assert pair.reasons[0].startswith("names sound alike")
    assert set(pair.a_cases) | set(pair.b_cases) == {two_cases["first"], two_cases["second"]}
    # The wives: same key, no date of birth or passport to back it; still listed, lower.
    wives = next(c for c in found if {c.a_name, c.b_name} == {"Sunita Mohanty", "Sunita Mohanti"})
    assert 0.5 <= wives.score < pair.score
    # Unrelated people are not paired.
    assert not any("Sunita" in c.a_name and "Ramesh" in c.b_name for c in found)
    with pytest.raises(ValidationError, match="people or counterparts"):
        duplicates.find_duplicates(ctx, "cases")


def test_a_merge_leaves_no_link_to_the_merged_record_and_undo_restores_every_row(ctx, two_cases):
    path = ctx.database.path
    a, b = two_cases["a"], two_cases["b"]
    before = every_row(path)
    assert rows_pointing_to(path, "persons", b)  # the scenario really links b everywhere

    preview = merge.preview_merge(ctx, "person", a, b)
    differing = {f.name: (f.a, f.b, f.default) for f in preview.fields if f.differs}
    assert differing["full_name"] == ("Ramesh Mohanty", "Ramesh Mohanti", "a")
    assert differing["occupation"] == ("", "Welder", "b")  # a has none: b's by default
    assert preview.b_links["case_participants.person_id"] == 2

    done = merge.merge(ctx, "person", a, b, take={"full_name": "b"})
    assert rows_pointing_to(path, "persons", b) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT full_name, occupation FROM persons WHERE id = ?", (a,)).fetchone() == (
            "Ramesh Mohanti",
            "Welder",
        )
        assert conn.execute("SELECT merged_into_id FROM persons WHERE id = ?", (b,)).fetchone() == (a,)
        # One participant per case; the Aadhaar number once, the voter ID moved.
        assert conn.execute(
            "SELECT count(*) FROM case_participants WHERE person_id = ? GROUP BY case_id", (a,)
        ).fetchall() == [(1,), (1,)]
        assert sorted(conn.execute("SELECT kind FROM person_identifiers WHERE person_id = ?", (a,))) == [
            ("Aadhaar",),
            ("Voter ID",),
        ]
        # The folded participant's status history joined the kept one's.
        (events,) = conn.execute(
            "SELECT count(*) FROM hostage_status_events e JOIN case_participants p ON p.id = e.participant_id "
            "WHERE p.person_id = ? AND p.case_id = (SELECT id FROM cases WHERE reference = ?)",
            (a, two_cases["first"]),
        ).fetchone()
        assert events == 2
    assert done.removed == {"case_participants": 1, "person_identifiers": 1}
    # Rows changed: b's participant on the second case, and a's on the first (its status now the
    # latest of the joined history); the demand naming b.
    assert done.moved["case_participants"] == 2 and done.moved["demands"] == 1

    # Audited with both records' state before; the tombstone is found by nothing.
    with ctx.database.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "person.merge"))
        state = json.loads(entry.before)
        assert state["a"]["full_name"] == "Ramesh Mohanty" and state["b"]["full_name"] == "Ramesh Mohanti"
        assert json.loads(entry.after)["merge_id"] == done.merge_id
        assert not session.scalars(select(MatchKey).where(MatchKey.entity_id == b, MatchKey.entity == "person")).all()
    assert not any(b in (c.a_id, c.b_id) for c in duplicates.find_duplicates(ctx, "people"))
    assert audit_chain.verify(ctx.database).ok

    # Undo: every row back as it was, ids included.
    undone = merge.undo_merge(ctx, done.merge_id)
    assert undone.undone_at is not None
    assert every_row(path) == before
    assert audit_chain.verify(ctx.database).ok
    with pytest.raises(ConflictError, match="already undone"):
        merge.undo_merge(ctx, done.merge_id)
    # And it can be merged again after the undo.
    again = merge.merge(ctx, "person", a, b)
    assert rows_pointing_to(path, "persons", b) == []
    assert [m.merge_id for m in merge.list_merges(ctx)] == [again.merge_id, done.merge_id]


def test_restricted_entries_stay_restricted_after_a_merge(ctx, make_ctx, two_cases):
    merge.merge(ctx, "person", two_cases["a"], two_cases["b"])
    outsider = make_ctx(OTHER_CASEWORKER)  # not on either case's team
    assert search.search(outsider, "checkpoint") == []
    withheld = [m for m in milestones.list_milestones(outsider, two_cases["second"]) if m.restricted]
    assert len(withheld) == 1 and "checkpoint" not in (withheld[0].title or "")
    # The case team still reads it, now under the kept record.
    shown = [m for m in milestones.list_milestones(ctx, two_cases["second"]) if m.restricted]
    assert "checkpoint" in shown[0].title and shown[0].hostage_person_id == two_cases["a"]


def test_counterparts_merge_moves_contacts_and_cases(ctx, two_cases):
    first, second = two_cases["first"], two_cases["second"]
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
        ctx,
        second,
        occurred_at="2025-07-03T09:00",
        channel="phone",
        subject="Checkpoints",
        counterpart_ids=[twin.id, chief.id],
    )
    found = duplicates.find_duplicates(ctx, "counterparts")
    pair = next(c for c in found if {c.a_id, c.b_id} == {chief.id, twin.id})
    assert "same phone number" in pair.reasons and "same organisation (Gendarmerie Kayes)" in pair.reasons
    before = every_row(ctx.database.path)
    done = merge.merge(ctx, "counterpart", chief.id, twin.id)
    assert rows_pointing_to(ctx.database.path, "counterparts", twin.id) == []
    # The contact named both, and logging it linked the chief to the second case too.
    assert done.removed == {"contact_counterparts": 1, "case_counterparts": 1}
    assert sorted(counterparts.counterpart_cases(ctx, [chief.id])[chief.id]) == sorted([first, second])
    assert twin.id not in {c.id for c in counterparts.find_counterparts(ctx, "Moussa")}
    merge.undo_merge(ctx, done.merge_id)
    assert every_row(ctx.database.path) == before


def test_who_may_merge_and_what_is_refused(ctx, make_ctx, two_cases):
    a, b = two_cases["a"], two_cases["b"]
    with pytest.raises(PermissionDeniedError, match="supervisors"):
        merge.merge(make_ctx(CASEWORKER), "person", a, b)
    assert duplicates.find_duplicates(make_ctx(CASEWORKER), "people")  # finding is for staff
    with pytest.raises(ValidationError, match="itself"):
        merge.merge(ctx, "person", a, a)
    with pytest.raises(ValidationError, match="not a field"):
        merge.merge(ctx, "person", a, b, take={"shoe_size": "b"})
    with pytest.raises(ValidationError, match="from a or b"):
        merge.merge(ctx, "person", a, b, take={"full_name": "c"})
    with pytest.raises(NotFoundError):
        merge.merge(ctx, "person", a, 99999)
    sup = make_ctx(SUPERVISOR)
    done = merge.merge(sup, "person", a, b)
    with pytest.raises(ConflictError, match="was merged into"):
        merge.merge(sup, "person", b, a)
    # A later merge involving the same record must be undone first.
    third = add_hostage(ctx, two_cases["first"], "Rames Mohanty", passport_number="Z7654321").person.id
    later = merge.merge(sup, "person", a, third)
    with pytest.raises(ConflictError, match=f"Merge #{later.merge_id} came later"):
        merge.undo_merge(sup, done.merge_id)
    merge.undo_merge(sup, later.merge_id)
    merge.undo_merge(sup, done.merge_id)
    with pytest.raises(NotFoundError):
        merge.undo_merge(sup, 4242)


def test_tombstones_of_an_earlier_merge_follow_the_record_they_were_merged_into(ctx, two_cases):
    a, b = two_cases["a"], two_cases["b"]
    c = add_hostage(ctx, two_cases["second"], "R. Mohanty", passport_number="Z1111111").person.id
    merge.merge(ctx, "person", b, c)  # c into b
    merge.merge(ctx, "person", a, b)  # then b into a: c's tombstone now points to a
    assert rows_pointing_to(ctx.database.path, "persons", b) == []
    with sqlite3.connect(ctx.database.path) as conn:
        assert conn.execute("SELECT merged_into_id FROM persons WHERE id = ?", (c,)).fetchone() == (a,)
