"""repositories.timeline on its own: the streams a timeline is built from, windowed, against
the demo database read independently with sqlite3."""

from __future__ import annotations

from datetime import UTC, datetime

from consular.repositories import timeline as repo
from consular.repositories.timeline import Window
from tests.demo_data import DELTA, KAYES
from tests.repository_helpers import case_id, stored_utc


def test_contacts_stream_honours_the_window_and_restriction(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    rows = oracle.execute(
        "SELECT id, occurred_at, restricted FROM contact_entries WHERE case_id = ? ORDER BY occurred_at", (cid,)
    ).fetchall()
    assert {r[0] for r in repo.contacts(demo_session, cid, Window())} == {r[0] for r in rows}
    start, end = stored_utc(rows[5][1]), stored_utc(rows[15][1])
    inside = {r[0] for r in repo.contacts(demo_session, cid, Window(start, end))}
    assert inside == {i for i, at, _ in rows if start <= stored_utc(at) < end}
    open_only = {r[0] for r in repo.contacts(demo_session, cid, Window(include_restricted=False))}
    assert open_only == {i for i, _, restricted in rows if not restricted} and open_only != {r[0] for r in rows}


def test_contact_counterparts_and_staff_cover_the_contacts_in_the_window(demo_session, oracle):
    """Every link of every contact shown, and links of no contact outside the case or the window.
    Restricted (and voided) contacts' links may come too: the query reads the contacts' index
    only, and the builder looks up the contacts it shows."""
    cid = case_id(oracle, KAYES)
    window = Window(include_restricted=False)
    contact_ids = {r[0] for r in repo.contacts(demo_session, cid, window)}
    case_contacts = {r[0] for r in oracle.execute("SELECT id FROM contact_entries WHERE case_id = ?", (cid,))}
    linked = list(repo.contact_counterparts(demo_session, cid, window))
    assert linked and {row[0] for row in linked} <= case_contacts
    expected = oracle.execute(
        "SELECT count(*) FROM contact_counterparts cc JOIN contact_entries e ON e.id = cc.contact_id "
        "WHERE e.case_id = ? AND NOT e.restricted AND e.voided_at IS NULL",
        (cid,),
    ).fetchone()[0]
    assert len([row for row in linked if row[0] in contact_ids]) == expected
    assert [row[0] for row in linked] == sorted(row[0] for row in linked)  # grouped by contact
    staff = list(repo.contact_staff(demo_session, cid, window))
    assert {row[0] for row in staff} <= case_contacts
    expected = oracle.execute(
        "SELECT count(*) FROM contact_staff s JOIN contact_entries e ON e.id = s.contact_id "
        "WHERE e.case_id = ? AND NOT e.restricted AND e.voided_at IS NULL",
        (cid,),
    ).fetchone()[0]
    assert len([row for row in staff if row[0] in contact_ids]) == expected
    rows = oracle.execute(
        "SELECT id, occurred_at FROM contact_entries WHERE case_id = ? ORDER BY occurred_at", (cid,)
    ).fetchall()
    start, end = stored_utc(rows[5][1]), stored_utc(rows[15][1])
    inside = {i for i, at in rows if start <= stored_utc(at) < end}
    assert {row[0] for row in repo.contact_counterparts(demo_session, cid, Window(start, end))} <= inside


def test_hostage_events_are_ordered_by_person_then_time(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    events = list(repo.hostage_status_events(demo_session, cid))
    keys = [(e[6], e[2], e[0]) for e in events]
    assert keys == sorted(keys) and events
    expected = oracle.execute(
        "SELECT count(*) FROM hostage_status_events h JOIN case_participants p ON p.id = h.participant_id "
        "WHERE p.case_id = ?",
        (cid,),
    ).fetchone()[0]
    assert len(events) == expected
    late = datetime(2999, 1, 1, tzinfo=UTC)
    assert list(repo.hostage_status_events(demo_session, cid, Window(start=late))) == []
    assert [h[1] for h in repo.hostages(demo_session, cid)] == [
        name
        for (name,) in oracle.execute(
            "SELECT pe.full_name FROM case_participants p JOIN persons pe ON pe.id = p.person_id "
            "WHERE p.case_id = ? AND p.role = 'hostage' ORDER BY p.id",
            (cid,),
        )
    ]


def test_status_changes_and_who_opened_the_case(demo_session, oracle):
    cid = case_id(oracle, DELTA)
    changes = list(repo.status_changes(demo_session, cid, Window()))
    assert [c[2].value for c in changes][-1] == "closed"
    assert (
        len(changes)
        == oracle.execute("SELECT count(*) FROM case_status_changes WHERE case_id = ?", (cid,)).fetchone()[0]
    )
    first_by = oracle.execute(
        "SELECT u.display_name FROM case_status_changes s JOIN users u ON u.id = s.changed_by_id "
        "WHERE s.case_id = ? ORDER BY s.changed_at, s.id LIMIT 1",
        (cid,),
    ).fetchone()[0]
    assert repo.opened_by(demo_session, cid) == first_by


def test_sensitive_values_are_everything_a_redacted_output_must_hide(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    found = repo.sensitive_values(demo_session, cid)
    passports = {
        p
        for (p,) in oracle.execute(
            "SELECT passport_number FROM persons WHERE passport_number IS NOT NULL AND id IN "
            "(SELECT person_id FROM case_participants WHERE case_id = ?)",
            (cid,),
        )
    }
    assert passports and passports <= set(found["passports"])
    counterpart_phones = {
        p
        for (p,) in oracle.execute(
            "SELECT c.phone FROM counterparts c JOIN case_counterparts cc ON cc.counterpart_id = c.id "
            "WHERE cc.case_id = ? AND c.phone IS NOT NULL",
            (cid,),
        )
    }
    assert counterpart_phones <= set(found["phones"])
    assert all(values == list(dict.fromkeys(values)) and None not in values for values in found.values())
