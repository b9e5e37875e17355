"""``purge_case``: afterwards no copy of the case's text is in any page of the decrypted file.

The file and its WAL are decrypted page by page here, independently of SQLCipher, with
AES-256-CBC from ``cryptography`` (SQLCipher 4 layout: with a raw key the key is the AES key;
each page ends with 80 reserved bytes, a 16-byte IV then the HMAC; page 1 starts with the
16-byte salt). Every page is searched, free pages and old WAL frames included.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from consular.db import engine, keyslots
from consular.domain.errors import PermissionDeniedError, UserError, ValidationError
from consular.services import at_rest, audit_chain, purge
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import ADMIN, DELTA, KAYES, SUPERVISOR

PAGE = 4096
RESERVE = 80
PASSWORD = "demo-password"  # the demo accounts' (consular.seeding.demo.DEMO_PASSWORD)


def decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return page[:start] + decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    pages = []
    data = path.read_bytes()
    for i in range(0, len(data), PAGE):
        pages.append(decrypt_page(key, data[i : i + PAGE], first=(i == 0)))
    wal = Path(str(path) + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        offset = 32
        while offset + 24 + PAGE <= len(raw):
            pgno = int.from_bytes(raw[offset : offset + 4], "big")
            pages.append(decrypt_page(key, raw[offset + 24 : offset + 24 + PAGE], first=(pgno == 1)))
            offset += 24 + PAGE
    return pages


def texts_of(plain: Path, reference: str) -> list[bytes]:
    """What the plaintext demo holds about one case, read with the standard library."""
    conn = sqlite3.connect(plain)
    try:
        (case_id, title) = conn.execute("SELECT id, title FROM cases WHERE reference = ?", (reference,)).fetchone()
        names = [
            r[0]
            for r in conn.execute(
                "SELECT p.full_name FROM persons p JOIN case_participants cp ON cp.person_id = p.id "
                "WHERE cp.case_id = ? AND NOT EXISTS (SELECT 1 FROM case_participants o "
                "WHERE o.person_id = p.id AND o.case_id <> ?)",
                (case_id, case_id),
            )
        ]
        identifiers = [
            r[0]
            for r in conn.execute(
                "SELECT value FROM person_identifiers WHERE person_id IN "
                "(SELECT person_id FROM case_participants WHERE case_id = ?)",
                (case_id,),
            )
        ]
        counterparts = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM counterparts WHERE id IN (SELECT counterpart_id FROM case_counterparts "
                "WHERE case_id = ?) AND id NOT IN (SELECT counterpart_id FROM case_counterparts WHERE case_id <> ?)",
                (case_id, case_id),
            )
        ]
        notes = [r[0][:40] for r in conn.execute("SELECT notes FROM contact_entries WHERE case_id = ?", (case_id,))]
    finally:
        conn.close()
    found = [title, *names, *identifiers, *counterparts, *notes]
    assert len(found) > 8
    return [t.encode("utf-8") for t in found]


@pytest.fixture
def encrypted(demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")
    path = tmp_path / "purge.db"
    shutil.copyfile(demo_path, path)
    at_rest.encrypt_database(path, ADMIN, PASSWORD)
    key = keyslots.unlock(path, ADMIN, PASSWORD)
    database = engine.open_database(path, key=key)
    yield path, key, database
    database.dispose()


def test_after_a_purge_no_page_holds_the_case_text(encrypted, demo_path):
    path, key, database = encrypted
    texts = texts_of(demo_path, DELTA)
    kept = texts_of(demo_path, KAYES)
    pages = decrypted_pages(path, key)
    assert pages[0][16:18] == PAGE.to_bytes(2, "big") and pages[0][20] == RESERVE  # the decryptor works
    blob = b"".join(pages)
    assert all(t in blob for t in texts), "the case text must be findable before the purge"

    ctx = ServiceContext(database, actor_for(database, ADMIN))
    result = purge.purge_case(ctx, DELTA, confirm=DELTA.lower())
    assert result.removed["cases"] == 1 and result.removed["contact_entries"] > 0
    assert result.wal_cleared

    # Written afterwards too, as a working day goes on: the WAL fills again.
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE posts SET name = name")
    blob = b"".join(decrypted_pages(path, key))
    leaks = [t for t in texts if t in blob]
    assert not leaks, leaks
    assert all(t in blob for t in kept[:3])  # other cases untouched
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM cases WHERE reference = ?", (DELTA,)).scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'Sapele'").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_entries WHERE action = 'case.purge'").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    # The audit chain still verifies: emptied entries are accepted as purged, records as gone.
    report = audit_chain.verify(database)
    assert report.ok, [p.message for p in report.problems[:3]]
    assert any("purged" in note for note in report.notes)
    # ... but an emptied entry written into afterwards is tampering again.
    with database.engine.begin() as conn:
        seq = conn.exec_driver_sql(
            "SELECT min(seq) FROM audit_entries WHERE before IS NULL AND after IS NULL AND action = 'case.open'"
        ).scalar()
        conn.exec_driver_sql('UPDATE audit_entries SET after = \'{"note": "forged"}\' WHERE seq = ?', (seq,))
    assert [p.seq for p in audit_chain.verify(database).problems] == [seq]


def test_purge_is_for_administrators_closed_cases_and_a_typed_confirmation(encrypted):
    _path, _key, database = encrypted
    admin = ServiceContext(database, actor_for(database, ADMIN))
    supervisor = ServiceContext(database, actor_for(database, SUPERVISOR))
    with pytest.raises(PermissionDeniedError):
        purge.purge_case(supervisor, DELTA, confirm=DELTA)
    with pytest.raises(ValidationError):
        purge.purge_case(admin, DELTA, confirm="ABJ-2024-0002")
    with pytest.raises(UserError, match="only a closed case"):
        purge.purge_case(admin, KAYES, confirm=KAYES)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 4


def test_the_command_line_asks_for_the_reference_again(encrypted, capsys, monkeypatch, tmp_path):
    from consular.cli.main import main

    path, _key, database = encrypted
    database.dispose()
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    pw.chmod(0o600)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(pw))
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - no terminal, as in a script
    assert main(["--db", str(path), "--user", ADMIN, "cases", "purge", DELTA]) == 2
    assert "--confirm" in capsys.readouterr().err
    assert main(["--db", str(path), "--user", ADMIN, "cases", "purge", DELTA, "--confirm", DELTA]) == 0
    assert f"Purged {DELTA}" in capsys.readouterr().out


def test_a_purge_leaves_no_row_pointing_at_the_case_whatever_it_held(ctx, make_ctx):
    """Every kind of record a hostage case holds goes with it: SQLite's foreign-key check finds
    no row left pointing at a deleted one (the welfare details of its reports included)."""
    from consular.services import cases, demands, people, proof_of_life, welfare
    from tests.demo_data import CASEWORKER
    from tests.service_helpers import add_hostage, open_case

    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref, medical_needs="Type 2 diabetes").person.id
    team = make_ctx(CASEWORKER)
    people.add_next_of_kin(team, ref, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse")
    welfare.record_welfare(
        team, ref, pid, occurred_at="2025-07-20T10:00", summary="Seen by a visitor", condition="poor",
        medication_needs="Metformin, twice daily",
    )  # fmt: skip
    proof_of_life.record_proof_of_life(team, ref, pid, occurred_at="2025-07-24T18:20", description="Audio")
    demands.record_demand(
        team, ref, received_at="2025-07-20T10:00", made_by="A caller", kind="other", details="Call again"
    )
    cases.change_status(ctx, ref, "closed", "Closed for the test")
    purge.purge_case(ctx, ref, confirm=ref)
    with ctx.database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("SELECT count(*) FROM welfare_details").scalar() == 0
