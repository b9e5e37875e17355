"""Writes that follow a read wait their turn behind another writer instead of failing as busy.

On SQLite a transaction begun as a plain (deferred) read cannot turn into a write once another
connection has committed since its first read: SQLite refuses at once ("database is locked")
without waiting on the busy timeout, and the person saw "The database is busy". Sign-in read the
account, checked the password with Argon2id (a noticeable moment) and then wrote the outcome
in that same transaction, so signing in failed whenever another window or process committed
during the check (the CLI tests saw it when the fixture's own handle merged the full-text index
in the background). Here another connection holds the write lock while the write is attempted,
and commits a moment later: every write must then go through.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import func, select

from consular.db.models import AuditEntry, User
from consular.services import accounts, outputs
from tests.fixtures_db import TEST_PASSWORD


def _hold_write_lock(path, seconds: float):
    """Another connection takes the write lock and writes; it commits after ``seconds``."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE IF NOT EXISTS scratch_other_writer (x INTEGER)")
    other.execute("INSERT INTO scratch_other_writer VALUES (1)")

    def commit_later():
        threading.Event().wait(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=commit_later)
    thread.start()
    return thread


def _count(database, action: str) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == action))


def test_sign_in_while_another_writer_commits(ctx):
    other = _hold_write_lock(ctx.database.path, 0.5)
    try:
        actor = accounts.sign_in(ctx.database, ctx.actor.username, TEST_PASSWORD)
    finally:
        other.join()
    assert actor.user_id == ctx.actor.user_id
    with ctx.database.session() as session:
        assert session.get(User, actor.user_id).last_sign_in_at is not None


def test_a_wrong_password_is_counted_while_another_writer_commits(ctx):
    other = _hold_write_lock(ctx.database.path, 0.5)
    try:
        with pytest.raises(accounts.SignInError):
            accounts.sign_in(ctx.database, ctx.actor.username, "not the password")
    finally:
        other.join()
    assert _count(ctx.database, "auth.sign_in_failed") == 1
    with ctx.database.session() as session:
        assert session.get(User, ctx.actor.user_id).failed_sign_ins == 1


def test_a_read_is_audited_after_another_writer_commits(ctx):
    other = _hold_write_lock(ctx.database.path, 0.5)
    try:
        ctx.record_read("restricted", "case", None)
    finally:
        other.join()
    assert _count(ctx.database, "read.restricted") == 1


def test_a_failed_output_is_audited_after_another_writer_commits(ctx, tmp_path):
    failure = outputs.Failure(action="timeline.export", target=tmp_path / "t.csv", reason="test", committed=False)
    other = _hold_write_lock(ctx.database.path, 0.5)
    try:
        outputs._record_failure(ctx, failure, None, entity="case", entity_id=None, case_id=None, on_failure=None)
    finally:
        other.join()
    assert _count(ctx.database, "timeline.export.failed") == 1


def test_changing_ones_password_while_another_writer_commits(ctx):
    other = _hold_write_lock(ctx.database.path, 0.5)
    try:
        accounts.change_password(ctx, TEST_PASSWORD, "a different long passphrase 7")
    finally:
        other.join()
    again = accounts.sign_in(ctx.database, ctx.actor.username, "a different long passphrase 7")
    assert again.user_id == ctx.actor.user_id
    assert _count(ctx.database, "user.change_password") == 1


def test_a_wrong_current_password_is_counted_while_another_writer_commits(ctx):
    other = _hold_write_lock(ctx.database.path, 0.5)
    try:
        with pytest.raises(accounts.SignInError, match="current password is wrong"):
            accounts.change_password(ctx, "not the password", "a different long passphrase 7")
    finally:
        other.join()
    with ctx.database.session() as session:
        assert session.get(User, ctx.actor.user_id).failed_sign_ins == 1
