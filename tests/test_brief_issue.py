"""Issuing a brief: the file and its record go together, a brief generated again keeps its
period, and `brief verify` tells whether this exact file was issued from this database."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from consular import paths
from consular.cli.main import main as cli_main
from consular.db import dialect, migrate
from consular.db.engine import open_database
from consular.domain.errors import DatabaseLockedError, DiskFullError, NotFoundError, ValidationError
from consular.reports import output_file
from consular.services import audit, briefs, cases
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import add_reference_data

REF = "BAM-2025-0001"
AS_OF = datetime(2025, 7, 25, 18, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    """The CLI calls here sign in as the demo's supervisor with the demo password (0600 file)."""
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


@pytest.fixture
def demo_ctx(demo_db) -> ServiceContext:
    return ServiceContext(demo_db, actor_for(demo_db, "v.iyer"))


def cli(ctx: ServiceContext, *args: str) -> int:
    return cli_main(["--db", str(ctx.database.path), "--user", "v.iyer", "brief", *args])


# --- verify -------------------------------------------------------------------------------------


def test_verify_names_the_issued_file_and_a_changed_byte_is_not_issued_here(demo_ctx, tmp_path, capsys):
    result = briefs.issue_brief(demo_ctx, REF, tmp_path / "brief.pdf", since="2025-07-18", as_of=AS_OF)
    data = result.path.read_bytes()
    assert result.pdf_sha256 == hashlib.sha256(data).hexdigest()
    [record] = briefs.list_briefs(demo_ctx, REF)
    assert record.pdf_sha256 == result.pdf_sha256 and record.sha256 == result.sha256

    answer = briefs.verify_brief_file(demo_ctx, result.path)
    assert answer.issued and answer.record.id == result.record_id
    assert answer.record.reference == REF and answer.record.issued_by == "Vikram Iyer"
    assert answer.record.period_start == datetime(2025, 7, 18, tzinfo=UTC) and answer.record.period_end == AS_OF
    assert "ISSUED HERE" in answer.message and REF in answer.message and "Vikram Iyer" in answer.message

    assert cli(demo_ctx, "verify", str(result.path)) == 0
    out = capsys.readouterr().out
    assert "ISSUED HERE" in out and "18 Jul 2025 00:00 UTC to 25 Jul 2025 18:00 UTC" in out
    assert "by Vikram Iyer" in out and cases.get_case(demo_ctx, REF).title[:30] in out

    # One byte changed anywhere (here in the middle of the file): not issued here.
    changed = tmp_path / "changed.pdf"
    middle = len(data) // 2
    changed.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :])
    answer = briefs.verify_brief_file(demo_ctx, changed)
    assert not answer.issued and answer.record is None and "NOT ISSUED HERE" in answer.message
    assert cli(demo_ctx, "verify", str(changed)) == 1
    assert "NOT ISSUED HERE" in capsys.readouterr().out
    # A byte added at the end is a change too.
    changed.write_bytes(data + b"\n")
    assert cli(demo_ctx, "verify", str(changed)) == 1
    capsys.readouterr()
    assert cli(demo_ctx, "verify", str(tmp_path / "missing.pdf")) == 2
    assert "is not a file" in capsys.readouterr().err


# --- generate again -----------------------------------------------------------------------------


def test_generate_again_covers_the_same_period_and_an_empty_period_is_refused(demo_ctx, tmp_path):
    first = briefs.issue_brief(demo_ctx, REF, tmp_path / "first.pdf", since="2025-07-18", as_of=AS_OF)
    first_data = briefs.brief_data(demo_ctx, REF, since="2025-07-18", as_of=AS_OF)
    assert first_data.contacts_total > 0

    # "Generate again" a little later, e.g. redacted: the same period, the same contacts.
    later = AS_OF + timedelta(seconds=30)
    again = briefs.issue_brief(
        demo_ctx, REF, tmp_path / "again.pdf", redact=True, replaces=first.record_id, as_of=later
    )
    assert (again.period_start, again.period_end) == (first.period_start, first.period_end)
    assert again.replaces_id == first.record_id
    data = briefs.brief_data(demo_ctx, REF, redact=True, replaces=first.record_id, as_of=later)
    assert data.contacts_total == first_data.contacts_total
    assert data.period_basis.startswith(f"Same period as brief #{first.record_id}")
    listed = {r.id: r for r in briefs.list_briefs(demo_ctx, REF)}
    assert listed[again.record_id].replaces_id == first.record_id

    # Without `replaces`, a brief right after the previous one would cover 18:00 to 18:00
    # with nothing in it: refused, saying how to regenerate instead.
    with pytest.raises(ValidationError, match="generate it again in its place") as refused:
        briefs.issue_brief(demo_ctx, REF, tmp_path / "empty.pdf", as_of=later)
    assert refused.value.field == "since"
    assert not (tmp_path / "empty.pdf").exists()
    # A later brief still runs from the end of the previous one.
    next_day = briefs.brief_data(demo_ctx, REF, as_of=AS_OF + timedelta(days=1))
    assert next_day.period_start == AS_OF

    with pytest.raises(NotFoundError):
        briefs.issue_brief(demo_ctx, "BAM-2025-0002", tmp_path / "x.pdf", replaces=first.record_id, as_of=later)
    with pytest.raises(ValidationError):
        briefs.issue_brief(demo_ctx, REF, tmp_path / "x.pdf", replaces=first.record_id, since="2025-07-01")


def test_cli_generates_again_with_replaces(demo_ctx, tmp_path, capsys):
    first = briefs.issue_brief(demo_ctx, REF, tmp_path / "first.pdf", since="2025-07-18")
    assert cli(demo_ctx, REF, "-o", str(tmp_path / "again.pdf"), "--replaces", str(first.record_id), "--letter") == 0
    capsys.readouterr()
    assert cli(demo_ctx, REF, "--list") == 0
    out = capsys.readouterr().out
    assert f"replaces #{first.record_id}" in out
    again = next(r for r in briefs.list_briefs(demo_ctx, REF) if r.replaces_id == first.record_id)
    assert (again.period_start, again.period_end) == (first.period_start, first.period_end)


# --- the file and its record go together --------------------------------------------------------


class _FullDisk:
    """Writes fail with ENOSPC once ``room`` bytes are written (a disk filling up), at the seam
    where output meets the OS."""

    def __init__(self, handle, room: int):
        self._handle, self._room = handle, room

    def write(self, data):
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def test_a_brief_on_a_full_disk_leaves_no_file_and_no_record(demo_ctx, tmp_path, monkeypatch, capsys):
    real = output_file.open_output
    monkeypatch.setattr(output_file, "open_output", lambda path: _FullDisk(real(path), 4096))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DiskFullError):
        briefs.issue_brief(demo_ctx, REF, folder / "brief.pdf", as_of=AS_OF)
    assert list(folder.iterdir()) == []
    assert briefs.list_briefs(demo_ctx, REF) == []
    [failed] = [a for a in audit.audit_trail(demo_ctx, REF, limit=5) if a.action.startswith("brief.")]
    assert failed.action == "brief.issue.failed" and "disk is full" in failed.after["reason"]
    # The command line says so in one line and exits non-zero.
    assert cli(demo_ctx, REF, "-o", str(folder / "brief.pdf")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "The disk is full; 'brief.pdf' was not written" in err
    assert list(folder.iterdir()) == []


def test_a_brief_on_a_real_full_disk(demo_ctx, tmp_path, capsys):
    """The same on a real, full file system (a small tmpfs; mounting needs root)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)]).returncode:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        with open(folder / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"x" * 1024)
        assert cli(demo_ctx, REF, "-o", str(folder / "brief.pdf")) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "The disk is full" in err, err
        assert os.listdir(folder) == ["filler"]
        assert briefs.list_briefs(demo_ctx, REF) == []
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_a_brief_under_a_held_write_lock_leaves_no_file(demo_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(dialect, "BUSY_TIMEOUT_MS", 300)
    database = open_database(demo_ctx.database.path)  # with the short busy timeout
    quick = ServiceContext(database, demo_ctx.actor)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "brief.pdf"
    holder = sqlite3.connect(demo_ctx.database.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseLockedError):
            briefs.issue_brief(quick, REF, target, as_of=AS_OF)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.dispose()
    assert os.listdir(folder) == []
    assert briefs.list_briefs(demo_ctx, REF) == []


def test_an_issued_brief_is_readable_by_its_owner_only(demo_ctx, tmp_path):
    result = briefs.issue_brief(demo_ctx, REF, tmp_path / "brief.pdf", as_of=AS_OF)
    assert result.path.stat().st_mode & 0o777 == 0o600


# --- revision 0003 -------------------------------------------------------------------------------


def test_revision_0003_keeps_the_briefs_issued_before_it(tmp_path):
    script = ScriptDirectory.from_config(migrate.alembic_config())
    down = script.get_revision("0003").down_revision
    database = open_database(tmp_path / "old.db")
    migrate.upgrade(database, down)
    # Data as an older consular wrote it, in SQL: today's services need today's schema.
    with database.engine.begin() as conn:
        now = "2025-07-01 06:00:00.000000"
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, active, created_at) "
                "VALUES (1, 'old.writer', 'Old Writer', 'caseworker', 1, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO posts (id, code, name, kind, country, city, timezone) "
                "VALUES (1, 'KTM', 'Embassy of India, Kathmandu', 'embassy', 'NP', 'Kathmandu', 'Asia/Kathmandu')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
                "incident_at, incident_country, timezone, attribution_level, classification, created_at, updated_at, "
                "version) VALUES (1, 'KTM-2025-0001', 1, 2025, 1, 'Trekkers missing, Langtang', 'missing_person', "
                "'open', 'high', :t, 'NP', 'Asia/Kathmandu', 'unknown', 'restricted', :t, :t, 1)"
            ),
            {"t": now},
        )
        case_id = 1
        conn.execute(
            text(
                "INSERT INTO brief_records (case_id, issued_at, issued_by_id, period_start, period_end, sha256, "
                "redacted, include_restricted, draft, page_count, file_name) VALUES (:c, :t, :u, :s, :e, :h, "
                "0, 0, 0, 3, 'old.pdf')"
            ),
            {
                "c": case_id,
                "t": "2025-07-20 10:00:00.000000",
                "u": 1,
                "s": "2025-07-13 10:00:00.000000",
                "e": "2025-07-20 10:00:00.000000",
                "h": "a" * 64,
            },
        )
    migrate.upgrade(database, "0003")
    migrate.upgrade(database)  # on to the head, so today's services can read it
    ctx = add_reference_data(database)
    [old] = briefs.list_briefs(ctx, "KTM-2025-0001")
    assert old.sha256 == "a" * 64 and old.page_count == 3 and old.file_name == "old.pdf"
    assert old.pdf_sha256 is None and old.replaces_id is None and old.delivery_error is None
    # An old brief has no file hash, so no file matches it; the newest ones do.
    other = tmp_path / "old.pdf"
    other.write_bytes(b"%PDF-1.4 an old brief")
    assert not briefs.verify_brief_file(ctx, other).issued
    database.dispose()
    assert Path(paths.migrations_dir(), "versions").is_dir()
