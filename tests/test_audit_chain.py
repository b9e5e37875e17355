"""The tamper-evident audit trail: every kind of tampering with the file is named by verify.

Tampering is done the way an attacker holding the file would: raw SQL through sqlite3,
bypassing consular. Nothing here mocks the database.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3

import pytest

from consular.cli.main import main
from consular.db import audit_hash
from consular.domain.errors import PermissionDeniedError, UserError
from consular.services import audit, audit_chain, cases, contacts, counterparts, people, tasks
from tests.service_helpers import add_hostage, open_case, someone


@pytest.fixture(autouse=True)
def own_anchors(tmp_path, monkeypatch):
    """Each test keeps its own anchors file: the test databases are copies of one template
    and share its chain id, so anchors recorded by one test would (rightly) fail another."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def story(ctx):
    """A case with a status change, a hostage, a contact logged and edited, a task, kin."""
    ref = open_case(ctx).reference
    cases.change_status(ctx, ref, "active", "Kidnapping confirmed by the gendarmerie.")
    hostage = add_hostage(ctx, ref)
    police = counterparts.add_counterpart(ctx, ref, name="Commissaire Diarra", category="police")
    entry = contacts.log_contact(
        ctx,
        ref,
        occurred_at="2025-07-02T10:00",
        channel="phone",
        subject="Police update",
        notes="Search continues near Yélimané.",
        counterpart_ids=[police.id],
    )
    contacts.edit_contact(ctx, entry.id, notes="Search continues near Diboli.")
    tasks.add_task(ctx, ref, title="Call the employer", due_at="2025-07-03T09:00")
    people.add_next_of_kin(
        ctx,
        ref,
        hostage_person_id=hostage.person.id,
        full_name="Sunita Verma",
        relationship="spouse",
        phone="+919812345678",
    )
    return {"ctx": ctx, "ref": ref, "contact_id": entry.id, "case_id": cases.get_case(ctx, ref).id}


def raw(ctx, sql: str, params=()) -> list[tuple]:
    connection = sqlite3.connect(ctx.database.path)
    try:
        rows = connection.execute(sql, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def kinds(report) -> list[str]:
    return [p.kind for p in report.problems]


def test_untouched_trail_verifies_with_signatures_and_record_states(story):
    ctx = story["ctx"]
    report = audit_chain.verify(ctx.database)
    assert report.ok, report.problems
    [(count,)] = raw(ctx, "SELECT count(*) FROM audit_entries")
    assert report.entries == count == report.signatures_checked
    assert report.records_checked >= 5  # case, contact, person, counterpart, task, kin ...
    [(nulls,)] = raw(ctx, "SELECT count(*) FROM audit_entries WHERE seq IS NULL OR mac IS NULL OR chain IS NULL")
    assert nulls == 0


def test_edited_contact_notes_and_its_audit_row_are_both_named(story):
    ctx, contact_id = story["ctx"], story["contact_id"]
    raw(ctx, "UPDATE contact_entries SET notes = 'Nothing to report.' WHERE id = ?", (contact_id,))
    [(seq,)] = raw(ctx, "SELECT seq FROM audit_entries WHERE action = 'contact.edit'")
    raw(
        ctx,
        "UPDATE audit_entries SET after = ? WHERE seq = ?",
        (json.dumps({"notes": "Nothing to report."}), seq),
    )
    report = audit_chain.verify(ctx.database)
    assert not report.ok
    assert report.first_problem.kind == "edited" and report.first_problem.seq == seq
    assert f"#{seq}" in report.first_problem.message
    changed = [p for p in report.problems if p.kind == "record_changed"]
    assert [(p.entity, p.entity_id) for p in changed] == [("contact", contact_id)]
    assert "by admin at" in changed[0].message


def test_the_problems_read_in_the_language_of_whoever_verifies(story):
    """The same tampering, verified in French and in Hindi: every problem is a whole sentence of
    that language, and a record problem still gets who and when put into it."""
    from consular import i18n

    ctx, contact_id = story["ctx"], story["contact_id"]
    raw(ctx, "UPDATE contact_entries SET notes = 'Nothing to report.' WHERE id = ?", (contact_id,))
    [(seq,)] = raw(ctx, "SELECT seq FROM audit_entries WHERE action = 'contact.edit'")
    raw(ctx, "UPDATE audit_entries SET after = '{}' WHERE seq = ?", (seq,))
    with i18n.using_language("fr"):
        report = audit_chain.verify(ctx.database)
        summary = audit_chain.summary(report)
    edited = report.first_problem
    assert edited.kind == "edited" and edited.message.startswith(f"L’entrée d’audit n° {seq} (")
    assert "ne correspond plus à son empreinte" in edited.message
    changed = next(p for p in report.problems if p.kind == "record_changed")
    assert changed.message.startswith(f"contact n° {contact_id} ne correspond plus")
    assert ", par admin le " in changed.message  # who and when, put into the French sentence
    assert "a été falsifié : L’entrée d’audit" in summary
    with i18n.using_language("hi"):
        report = audit_chain.verify(ctx.database)
    assert report.first_problem.message.startswith(f"ऑडिट प्रविष्टि #{seq} (")
    assert "द्वारा" in next(p for p in report.problems if p.kind == "record_changed").message


def test_deleted_status_change_entries_are_named(story):
    ctx = story["ctx"]
    seqs = [
        s
        for (s,) in raw(ctx, "SELECT seq FROM audit_entries WHERE action IN ('case.status', 'case.open') ORDER BY seq")
    ]
    raw(ctx, "DELETE FROM audit_entries WHERE action = 'case.status'")
    report = audit_chain.verify(ctx.database)
    assert report.first_problem.kind == "deleted"
    assert report.first_problem.seq == seqs[1]
    # The case's status no longer matches its last audited state (the opening) either.
    assert ("record_changed", "case") in [(p.kind, p.entity) for p in report.problems]
    assert f"#{seqs[1]}" in report.first_problem.message


def test_deleted_newest_entries_are_caught_by_the_head(story):
    ctx = story["ctx"]
    [(last,)] = raw(ctx, "SELECT max(seq) FROM audit_entries")
    raw(ctx, "DELETE FROM audit_entries WHERE seq = ?", (last,))
    report = audit_chain.verify(ctx.database, check_records=False)
    assert kinds(report) == ["deleted"] and report.first_problem.seq == last
    # Rewriting the head to the new end does not help without the key.
    [(chain,)] = raw(ctx, "SELECT chain FROM audit_entries WHERE seq = ?", (last - 1,))
    raw(ctx, "UPDATE audit_chain_head SET seq = ?, chain = ?", (last - 1, chain))
    report = audit_chain.verify(ctx.database, check_records=False)
    assert kinds(report) == ["head"] and "signature" in report.first_problem.message


def test_inserted_rows_are_named(story):
    ctx = story["ctx"]
    raw(
        ctx,
        "INSERT INTO audit_entries (at, actor_id, action, entity, entity_id, case_id, after) "
        "VALUES ('2025-07-05 10:00:00.000000', 1, 'case.edit', 'case', ?, ?, '{\"title\": \"x\"}')",
        (story["case_id"], story["case_id"]),
    )
    report = audit_chain.verify(ctx.database)
    assert kinds(report) == ["inserted"] and "not in the chain" in report.first_problem.message


def test_inserted_row_with_a_correct_hash_is_caught_without_the_key(story):
    """The attacker computes the link hash (the algorithm is public) but cannot sign it."""
    ctx = story["ctx"]
    [(seq, chain)] = raw(ctx, "SELECT seq, chain FROM audit_entries ORDER BY seq DESC LIMIT 1")
    at, after, forged_key = "2025-07-05 10:00:00.000000", '{"title": "x"}', "0" * 16
    new_chain = audit_hash.link(
        bytes.fromhex(chain),
        audit_hash.entry_bytes(seq + 1, at, 1, "case.edit", "case", 1, 1, None, after, None, forged_key),
    ).hex()
    raw(
        ctx,
        "INSERT INTO audit_entries (seq, at, actor_id, action, entity, entity_id, case_id, after, key_id, chain, mac) "
        "VALUES (?, ?, 1, 'case.edit', 'case', 1, 1, ?, ?, ?, ?)",
        (seq + 1, at, after, forged_key, new_chain, "f" * 64),
    )
    raw(ctx, "UPDATE audit_chain_head SET seq = ?, chain = ?", (seq + 1, new_chain))
    report = audit_chain.verify(ctx.database)
    assert {"unverifiable", "head"} <= set(kinds(report))
    assert any("0000000000000000" in p.message for p in report.problems)


def test_record_edited_without_touching_the_audit(story):
    ctx, case_id = story["ctx"], story["case_id"]
    raw(ctx, "UPDATE cases SET status = 'closed' WHERE id = ?", (case_id,))
    report = audit_chain.verify(ctx.database)
    assert kinds(report) == ["record_changed"]
    assert (report.first_problem.entity, report.first_problem.entity_id) == ("case", case_id)
    # A record deleted with raw SQL is named too.
    raw(ctx, "DELETE FROM tasks")
    report = audit_chain.verify(ctx.database)
    assert "record_deleted" in kinds(report)


def test_consistent_rewrite_is_caught_by_signatures_and_by_anchors_without_the_key(story):
    """Recompute every hash after an edit: the hashes agree, the MACs and the anchor do not."""
    ctx = story["ctx"]
    anchor = audit_chain.head(ctx)  # printed on a brief, kept elsewhere
    [(seq,)] = raw(ctx, "SELECT seq FROM audit_entries WHERE action = 'contact.edit'")
    raw(ctx, 'UPDATE audit_entries SET after = \'{"notes": "Nothing to report."}\' WHERE seq = ?', (seq,))
    rows = raw(
        ctx,
        "SELECT seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, key_id "
        "FROM audit_entries ORDER BY seq",
    )
    [(chain_id,)] = raw(ctx, "SELECT chain_id FROM audit_chain_head")
    previous = audit_hash.genesis(chain_id)
    for row in rows:
        previous = audit_hash.link(previous, audit_hash.entry_bytes(*row))
        raw(ctx, "UPDATE audit_entries SET chain = ? WHERE seq = ?", (previous.hex(), row[0]))
    raw(ctx, "UPDATE audit_chain_head SET chain = ?", (previous.hex(),))

    with_key = audit_chain.verify(ctx.database, use_recorded_anchors=False)
    assert with_key.first_problem.kind == "forged" and with_key.first_problem.seq == seq
    without_key = audit_chain.verify(ctx.database, check_signatures=False, anchors=[anchor])
    assert "anchor" in kinds(without_key)
    # ... and the anchor recorded on this machine when the head was printed is used by itself.
    recorded = audit_chain.verify(ctx.database, check_signatures=False)
    assert "anchor" in kinds(recorded)


def test_no_key_verification_says_what_it_cannot_prove(story, tmp_path, monkeypatch):
    ctx = story["ctx"]
    monkeypatch.setenv(audit_chain.KEY_FILE_ENV, str(tmp_path / "elsewhere.key"))
    refused = audit_chain.verify(ctx.database)
    assert kinds(refused) == ["unverifiable"] and "--no-key" in refused.first_problem.message
    report = audit_chain.verify(ctx.database, check_signatures=False)
    assert report.ok and any("not checked" in n for n in report.notes)


def test_key_file_readable_by_others_is_refused(tmp_path):
    path = tmp_path / "audit.key"
    audit_chain.load_key(path, create=True)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    audit_chain._key_cache.clear()
    os.chmod(path, 0o644)
    with pytest.raises(UserError, match="chmod 600"):
        audit_chain.load_key(path)


def test_changes_made_alongside_are_chained_as_sync_entries(ctx):
    """Editing a next of kin's person renames their counterpart: that change is chained too."""
    ref = open_case(ctx).reference
    hostage = add_hostage(ctx, ref)
    kin = people.add_next_of_kin(
        ctx, ref, hostage_person_id=hostage.person.id, full_name="Sunita Verma", relationship="spouse"
    )
    # Made along with the next of kin: their person and counterpart are chained with a state.
    made = {(e.entity, e.action) for e in audit.list_entries(ctx, audit.AuditFilter(action="person.sync"))}
    assert made == {("person", "person.sync")}
    people.edit_person(ctx, kin.kin.id, full_name="Sunita R. Verma")
    syncs = audit.list_entries(ctx, audit.AuditFilter(action="counterpart.sync"))
    assert len(syncs) == 2 and syncs[0].entity == "counterpart" and syncs[0].username == "admin"
    assert audit_chain.verify(ctx.database).ok
    raw(ctx, "UPDATE counterparts SET phone = '+10000000000' WHERE person_id = ?", (kin.kin.id,))
    assert kinds(audit_chain.verify(ctx.database)) == ["record_changed"]


def test_list_filters_and_views_side_by_side(story, make_ctx):
    ctx, ref = story["ctx"], story["ref"]
    history = audit.case_history(ctx, ref)
    assert history[0].seq > history[-1].seq  # newest first
    [edit] = audit.list_entries(ctx, audit.AuditFilter(action="contact.edit"))
    assert ("notes", "Search continues near Yélimané.", "Search continues near Diboli.") in edit.changes
    assert {e.action for e in audit.list_entries(ctx, audit.AuditFilter(action="case"))} == {"case.open", "case.status"}
    assert audit.list_entries(ctx, audit.AuditFilter(username="s.kapoor")) == []
    assert audit.count_entries(ctx, audit.AuditFilter(case_reference=ref)) == len(history)
    versions = audit.record_history(ctx, "contact", story["contact_id"])
    assert [v.action for v in versions] == ["contact.log", "contact.edit"]
    with pytest.raises(PermissionDeniedError):
        audit.list_entries(make_ctx("a.sharma"))  # a caseworker: whole database refused
    assert audit.list_entries(make_ctx("a.sharma"), audit.AuditFilter(case_reference=ref))


def run(capsys, ctx, *argv):
    code = main(["--db", str(ctx.database.path), "--user", "admin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_verify_exit_codes(story, capsys):
    ctx = story["ctx"]
    code, out, _ = run(capsys, ctx, "audit", "verify")
    assert code == 0 and "OK" in out
    raw(ctx, "DELETE FROM audit_entries WHERE action = 'case.status'")
    code, out, _ = run(capsys, ctx, "audit", "verify")
    assert code == 1 and out.splitlines()[1].startswith("TAMPERED: Audit entry #")
    code, out, _ = run(capsys, ctx, "audit", "verify", "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False and data["problems"][0]["kind"] == "deleted"


def test_cli_list_and_export_carry_the_chain_head(story, capsys, tmp_path):
    ctx, ref = story["ctx"], story["ref"]
    code, out, _ = run(capsys, ctx, "audit", "list", "--case", ref, "--action", "contact", "--json")
    assert code == 0 and [e["action"] for e in json.loads(out)] == ["contact.edit", "contact.log"]
    code, out, _ = run(capsys, ctx, "audit", "list", "--user", "admin", "--since", "2000-01-01")
    assert code == 0 and "case.status" in out
    head_before = audit_chain.current_head(ctx)
    target = tmp_path / "trail.csv"
    code, _, err = run(capsys, ctx, "audit", "export", "-o", str(target))
    with target.open(encoding="utf-8", newline="") as handle:
        first = handle.readline()
        rows = list(csv.DictReader(handle))
    head = first.strip().removeprefix("# chain head: ")
    seq = int(head.split(":")[0])
    # The command signs in first, and that sign-in is part of the trail it exports.
    assert code == 0 and head in err and seq == head_before.seq + 1
    assert rows[-1]["action"] == "auth.sign_in"
    assert [int(r["seq"]) for r in rows] == list(range(1, seq + 1))
    assert json.loads(next(r for r in rows if r["action"] == "contact.edit")["after"]) == {
        "notes": "Search continues near Diboli."
    }
    target_json = tmp_path / "trail.json"
    assert run(capsys, ctx, "audit", "export", "-o", str(target_json), "--case", ref)[0] == 0
    data = json.loads(target_json.read_text(encoding="utf-8"))
    # After the first export's own entry and the second command's sign-in.
    assert data["chain_head"].startswith(f"{seq + 2}:")
    assert audit.list_entries(ctx, audit.AuditFilter(action="audit.export"))
    assert run(capsys, ctx, "audit", "verify")[0] == 0


def test_background_verify_reports_progress_and_can_be_stopped(story):
    ctx = story["ctx"]
    seen = []
    report = audit_chain.verify(ctx.database, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (report.entries, report.entries)
    assert audit_chain.summary(report).startswith("Audit trail intact")
    stopped = audit_chain.verify(ctx.database, cancelled=lambda: True)
    assert any("stopped" in note for note in stopped.notes)
    raw(ctx, "DELETE FROM audit_entries WHERE action = 'case.status'")
    assert audit_chain.summary(audit_chain.verify(ctx.database)).startswith("The audit trail was tampered with: Audit")


def test_demo_and_synthetic_databases_verify(demo_db):
    """Everything the seeders write (through the services, and bulk-loaded) is in the chain."""
    from consular.seeding import synthetic

    report = audit_chain.verify(demo_db)
    assert report.ok, report.problems[:3]
    assert report.records_checked > 50
    synthetic.generate(demo_db, cases=20, progress=False)
    report = audit_chain.verify(demo_db)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_tampering_is_found_on_postgresql(pg_database):
    from sqlalchemy import text

    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    ref = open_case(ctx).reference
    entry = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-02T10:00",
        channel="phone",
        subject="Police update",
    )
    contacts.edit_contact(ctx, entry.id, notes="Search continues near Diboli.")
    assert audit_chain.verify(pg_database).ok
    with pg_database.engine.begin() as conn:
        seq = conn.execute(text("SELECT seq FROM audit_entries WHERE action = 'contact.edit'")).scalar()
        conn.execute(text("UPDATE audit_entries SET after = '{}' WHERE seq = :seq"), {"seq": seq})
        conn.execute(text("UPDATE contact_entries SET notes = 'forged' WHERE id = :id"), {"id": entry.id})
    report = audit_chain.verify(pg_database)
    assert (report.first_problem.kind, report.first_problem.seq) == ("edited", seq)
    assert ("record_changed", "contact") in [(p.kind, p.entity) for p in report.problems]


def problems_of(report) -> list[tuple]:
    return [(p.kind, p.seq, p.entry_id, p.entity, p.entity_id, p.message) for p in report.problems]


def test_the_chain_walked_in_stretches_by_worker_processes_finds_what_one_walk_finds(story):
    """verify cuts a big chain into stretches walked by worker processes: forced here on a small
    chain, with tampering on each side of the cuts, the report must be the same as one walk's."""
    ctx = story["ctx"]
    whole = audit_chain.verify(ctx.database, workers=1)
    split = audit_chain.verify(ctx.database, workers=3)
    assert whole.ok and split.ok
    assert (split.entries, split.signatures_checked) == (whole.entries, whole.signatures_checked) > (12, 12)
    [(low, high)] = raw(ctx, "SELECT min(seq), max(seq) FROM audit_entries")
    cut1, cut2 = low + (high - low) // 3, low + (high - low) * 2 // 3
    raw(ctx, 'UPDATE audit_entries SET after = \'{"notes": "forged"}\' WHERE seq = ?', (cut1,))
    raw(ctx, "DELETE FROM audit_entries WHERE seq = ?", (cut2 - 1,))
    raw(ctx, "UPDATE audit_entries SET key_id = NULL WHERE seq = ?", (high,))
    whole = audit_chain.verify(ctx.database, workers=1)
    split = audit_chain.verify(ctx.database, workers=3)
    assert kinds(whole)[:3] == ["edited", "deleted", "edited"]
    assert problems_of(split) == problems_of(whole)
    assert (split.entries, split.signatures_checked, split.notes) == (
        whole.entries,
        whole.signatures_checked,
        whole.notes,
    )
    # A junk link just before a cut: that stretch cannot start alone, so one walk is used.
    raw(ctx, "UPDATE audit_entries SET chain = 'not hex' WHERE seq = ?", (cut1 - 1,))
    whole = audit_chain.verify(ctx.database, workers=1)
    assert problems_of(audit_chain.verify(ctx.database, workers=3)) == problems_of(whole)
    assert ("edited", cut1 - 1) in [(p.kind, p.seq) for p in whole.problems]
