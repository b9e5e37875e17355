"""Accounts: the first administrator, Argon2id hashes, sign-in, lockout, account management."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from consular.db.models import AuditEntry, User
from consular.domain import passwords
from consular.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    SignInError,
    ValidationError,
)
from consular.domain.timeutil import utcnow
from consular.services import accounts, cases
from consular.services.context import ServiceContext, Settings, actor_for
from tests.fixtures_db import TEST_PASSWORD
from tests.service_helpers import audit_count

SETTINGS = Settings(lockout_attempts=5, lockout_minutes=5)


def audit_rows(database, action: str) -> list[AuditEntry]:
    with database.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def stored_hash(database, username: str) -> str | None:
    with database.session() as session:
        return session.scalar(select(User.password_hash).where(User.username == username))


def test_a_new_database_is_usable_only_after_its_first_administrator(database):
    with pytest.raises(SignInError, match=r"no administrator yet.*db init --admin"):
        accounts.sign_in(database, "anyone", "whatever password", settings=SETTINGS)
    made = accounts.init_database(database, "n.joshi", TEST_PASSWORD, display_name="Neha Joshi")
    assert (made.role.value, made.active, made.has_password) == ("admin", True, True)
    actor = accounts.sign_in(database, "N.Joshi", TEST_PASSWORD, settings=SETTINGS)
    assert (actor.username, actor.role.value) == ("n.joshi", "admin")
    with pytest.raises(ConflictError, match="already has an administrator"):
        accounts.init_database(database, "other", TEST_PASSWORD)
    assert [r.action for r in audit_rows(database, "user.init_admin")] == ["user.init_admin"]


def test_passwords_are_argon2id_hashes_never_the_password(ctx):
    digest = stored_hash(ctx.database, "a.sharma")
    assert digest.startswith("$argon2id$") and TEST_PASSWORD not in digest
    # Salted: the same password gives different hashes.
    assert stored_hash(ctx.database, "k.reddy") != digest
    with ctx.database.session() as session:
        texts = " ".join(a.after or "" for a in session.scalars(select(AuditEntry)))
    assert "$argon2" not in texts and TEST_PASSWORD not in texts


def test_production_argon2_cost_is_rfc_9106_and_the_test_cost_is_opt_in():
    code = (
        "from consular.domain import passwords; h = passwords.hasher(); "
        "print(h.time_cost, h.memory_cost, h.parallelism, h.type.name)"
    )
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.split() == ["3", "65536", "4", "ID"]
    # A hash made under the test cost still verifies (the parameters travel in the hash).
    assert passwords.verify(passwords.hash_password("a long enough phrase"), "a long enough phrase")
    with pytest.raises(ValidationError, match="not a known profile"):
        passwords._hasher("fast")


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "at least 10 characters"),
        ("aaaaaaaaaaaa", "one character repeated"),
        ("a.sharma", "at least 10"),
        ("A.Sharma.1", None),
    ],
)
def test_minimum_password_rules(password, message):
    if message is None:
        assert passwords.check_rules(password, username="someone") == password
    else:
        with pytest.raises(ValidationError, match=message):
            passwords.check_rules(password, username="a.sharma")
    with pytest.raises(ValidationError, match="cannot be the user name"):
        passwords.check_rules("long.user.name", username="long.user.name")


def test_a_wrong_password_and_an_unknown_name_look_the_same_and_are_both_audited(ctx):
    with pytest.raises(SignInError) as wrong:
        accounts.sign_in(ctx.database, "a.sharma", "not the password", settings=SETTINGS)
    with pytest.raises(SignInError) as unknown:
        accounts.sign_in(ctx.database, "no.such.person", "not the password", settings=SETTINGS)
    assert str(wrong.value) == str(unknown.value) == accounts.WRONG
    failures = audit_rows(ctx.database, "auth.sign_in_failed")
    assert [f.after for f in failures] == [
        '{"reason": "wrong password", "username": "a.sharma"}',
        '{"reason": "unknown user name", "username": "no.such.person"}',
    ]
    signed_in = len(audit_rows(ctx.database, "auth.sign_in"))
    accounts.sign_in(ctx.database, "a.sharma", TEST_PASSWORD, settings=SETTINGS)
    assert len(audit_rows(ctx.database, "auth.sign_in")) == signed_in + 1
    # The reserved account that carries unknown names' failures can never sign in.
    with pytest.raises(SignInError, match="Wrong user name or password"):
        accounts.sign_in(ctx.database, accounts.UNKNOWN_USERNAME, "", settings=SETTINGS)
    assert accounts.UNKNOWN_USERNAME not in [a.username for a in accounts.list_accounts(ctx)]


def test_five_failures_lock_the_account_even_against_the_right_password(ctx, make_ctx):
    for _ in range(4):
        with pytest.raises(SignInError, match=r"^Wrong user name or password\.$"):
            accounts.sign_in(ctx.database, "k.reddy", "guess guess guess", settings=SETTINGS)
    with pytest.raises(SignInError, match="Account locked after"):
        accounts.sign_in(ctx.database, "k.reddy", "guess guess guess", settings=SETTINGS)
    with pytest.raises(SignInError, match="Account locked after"):
        accounts.sign_in(ctx.database, "k.reddy", TEST_PASSWORD, settings=SETTINGS)
    lock = audit_rows(ctx.database, "auth.lockout")
    assert len(lock) == 1 and '"failed_sign_ins": 5' in lock[0].after
    assert '"reason": "account locked"' in audit_rows(ctx.database, "auth.sign_in_failed")[-1].after
    # The lock runs out: the next sign-in with the right password works and clears the count.
    with ctx.database.session() as session:
        session.execute(
            update(User).where(User.username == "k.reddy").values(locked_until=utcnow() - timedelta(seconds=1))
        )
    assert accounts.sign_in(ctx.database, "k.reddy", TEST_PASSWORD, settings=SETTINGS).username == "k.reddy"
    state = next(a for a in accounts.list_accounts(ctx) if a.username == "k.reddy")
    assert (state.failed_sign_ins, state.locked_until) == (0, None)


def test_the_lockout_is_configurable(ctx, monkeypatch):
    monkeypatch.setenv("CONSULAR_LOCKOUT_ATTEMPTS", "2")
    monkeypatch.setenv("CONSULAR_LOCKOUT_MINUTES", "30")
    settings = Settings.from_environment()
    assert (settings.lockout_attempts, settings.lockout_minutes) == (2, 30)
    with pytest.raises(SignInError, match=r"^Wrong"):
        accounts.sign_in(ctx.database, "k.reddy", "guess guess guess", settings=settings)
    with pytest.raises(SignInError, match="Account locked after"):
        accounts.sign_in(ctx.database, "k.reddy", "guess guess guess", settings=settings)
    monkeypatch.setenv("CONSULAR_LOCKOUT_ATTEMPTS", "zero")
    with pytest.raises(ValidationError, match="CONSULAR_LOCKOUT_ATTEMPTS"):
        Settings.from_environment()


def test_an_administrator_manages_accounts_and_others_may_not(ctx, make_ctx):
    caseworker = make_ctx("a.sharma")
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError, match="only administrators may"):
        accounts.add_user(caseworker, "new.person", role="admin", password=TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        accounts.reset_password(make_ctx("v.iyer"), "a.sharma", "another good password")
    assert audit_count(ctx) == before

    made = accounts.add_user(ctx, "m.pillai", role="caseworker", password=TEST_PASSWORD, display_name="Meera Pillai")
    assert made.display_name == "Meera Pillai" and made.has_password
    with pytest.raises(ConflictError, match="already a user"):
        accounts.add_user(ctx, "m.pillai", role="viewer", password=TEST_PASSWORD)
    with pytest.raises(ValidationError, match="not a valid user name"):
        accounts.add_user(ctx, "bad name", role="viewer", password=TEST_PASSWORD)
    with pytest.raises(ValidationError, match="at least 10"):
        accounts.add_user(ctx, "short.pw", role="viewer", password="short")

    assert accounts.set_role(ctx, "m.pillai", "supervisor").role.value == "supervisor"
    assert actor_for(ctx.database, "m.pillai").role.value == "supervisor"
    accounts.disable_user(ctx, "m.pillai")
    with pytest.raises(SignInError, match="disabled"):
        accounts.sign_in(ctx.database, "m.pillai", TEST_PASSWORD, settings=SETTINGS)
    accounts.enable_user(ctx, "m.pillai")
    accounts.reset_password(ctx, "m.pillai", "a brand new phrase")
    with pytest.raises(SignInError):
        accounts.sign_in(ctx.database, "m.pillai", TEST_PASSWORD, settings=SETTINGS)
    assert accounts.sign_in(ctx.database, "m.pillai", "a brand new phrase", settings=SETTINGS).username == "m.pillai"
    actions = [a.action for a in audit_rows(ctx.database, "user.set_role")] + [
        a.action for a in audit_rows(ctx.database, "user.reset_password")
    ]
    assert actions == ["user.set_role", "user.reset_password"]
    with pytest.raises(NotFoundError):
        accounts.disable_user(ctx, "nobody.here")


def test_the_last_administrator_stays(ctx):
    with pytest.raises(PermissionDeniedError, match="own account"):
        accounts.disable_user(ctx, "admin")
    with pytest.raises(PermissionDeniedError, match="last administrator"):
        accounts.set_role(ctx, "admin", "viewer")


def test_changing_ones_own_password_needs_the_current_one(ctx, make_ctx):
    viewer = make_ctx("s.kapoor")
    with pytest.raises(SignInError, match="current password is wrong"):
        accounts.change_password(viewer, "not my password", "my new pass phrase")
    assert audit_rows(ctx.database, "auth.sign_in_failed")[-1].after.count("wrong current password") == 1
    with pytest.raises(ValidationError, match="differ"):
        accounts.change_password(viewer, TEST_PASSWORD, TEST_PASSWORD)
    accounts.change_password(viewer, TEST_PASSWORD, "my new pass phrase")
    assert accounts.sign_in(ctx.database, "s.kapoor", "my new pass phrase", settings=SETTINGS).role.value == "viewer"


def test_nobody_is_registered_on_first_use(ctx):
    with pytest.raises(NotFoundError):
        actor_for(ctx.database, "stranger")
    with pytest.raises(SignInError):
        accounts.sign_in(ctx.database, "stranger", TEST_PASSWORD, settings=SETTINGS)
    with ctx.database.session() as session:
        assert session.scalar(select(User.id).where(User.username == "stranger")) is None


def test_an_old_database_gets_its_administrator_from_db_init(ctx):
    """Users of an older database have no password: db init promotes one of them."""
    reference = cases.open_case(
        ctx,
        post_code="BAM",
        title="Case before accounts",
        kind="abduction",
        incident_at="2025-07-01T06:00:00+00:00",
        incident_country="ML",
    ).reference
    with ctx.database.session() as session:
        session.execute(update(User).values(password_hash=None, role="caseworker"))
    with pytest.raises(SignInError, match="no administrator yet"):
        accounts.sign_in(ctx.database, "a.sharma", TEST_PASSWORD, settings=SETTINGS)
    made = accounts.init_database(ctx.database, "v.iyer", "the new admin phrase")
    assert made.role.value == "admin"
    admin = ServiceContext(ctx.database, accounts.sign_in(ctx.database, "v.iyer", "the new admin phrase"))
    assert cases.get_case(admin, reference).title == "Case before accounts"


def test_an_unknown_name_is_answered_and_locked_out_exactly_like_a_real_account(ctx):
    """Five failures on a name nobody has must lock it as an account would: otherwise the
    missing lockout tells an attacker which names exist."""

    def attempts(name: str, n: int) -> list[str]:
        said = []
        for _ in range(n):
            with pytest.raises(SignInError) as failed:
                accounts.sign_in(ctx.database, name, "guess guess guess", settings=SETTINGS)
            said.append(str(failed.value))
        return said

    with ctx.database.session() as session:
        users_before = session.scalar(select(func.count(User.id)).where(User.username != accounts.UNKNOWN_USERNAME))
    real, unknown = attempts("k.reddy", 7), attempts("no.such.person", 7)
    assert real[:4] == unknown[:4] == [accounts.WRONG] * 4
    assert "Account locked after 5" in real[4] and "Account locked after 5" in unknown[4]
    assert "Account locked after 5" in real[6] and "Account locked after 5" in unknown[6]
    # The same words (the minutes left, rounded up, are the same within a run of seconds).
    assert real == unknown
    # Locked for the same time, against the right-looking password too; audited as before.
    locks = audit_rows(ctx.database, "auth.lockout")
    assert len(locks) == 2
    spans = [datetime.fromisoformat(json.loads(lock.after)["locked_until"]) - lock.at for lock in locks]
    assert all(timedelta(minutes=4, seconds=59) < span <= timedelta(minutes=5) for span in spans)
    assert json.loads(locks[1].after)["username"] == "no.such.person"
    failed = [json.loads(f.after) for f in audit_rows(ctx.database, "auth.sign_in_failed")]
    theirs = [f["reason"] for f in failed if f["username"] == "no.such.person"]
    assert theirs == ["unknown user name"] * 5 + ["account locked"] * 2
    # Another unknown name has its own count; no account was created for either (the reserved
    # account that carries all unknown names' failures existed before this change).
    assert attempts("someone.else", 1) == [accounts.WRONG]
    with ctx.database.session() as session:
        others = session.scalar(select(func.count(User.id)).where(User.username != accounts.UNKNOWN_USERNAME))
        assert others == users_before
    # When the lock runs out the count starts afresh, as on an account.
    with ctx.database.session(write=True) as session:
        lock = session.get(AuditEntry, locks[1].id)
        after = json.loads(lock.after)
        after["locked_until"] = (utcnow() - timedelta(seconds=1)).isoformat()
        session.execute(update(AuditEntry).where(AuditEntry.id == lock.id).values(after=json.dumps(after)))
    assert attempts("no.such.person", 4) == [accounts.WRONG] * 4
    assert "Account locked after 5" in attempts("no.such.person", 1)[0]


def test_the_lockout_message_says_how_many_minutes_are_left_by_the_injected_clock(ctx):
    """ "Account locked after 5 failed attempts. Try again in 4 minutes.": minutes left, rounded
    up, "1 minute" in the singular, "less than a minute" at the end; counted by the clock the
    caller gives (here a fixed one moved by hand), not the wall clock."""
    from consular.domain.clock import FixedClock

    start = datetime(2025, 7, 20, 9, 0, tzinfo=UTC)
    settings = Settings(lockout_attempts=5, lockout_minutes=15)

    def sign_in(password: str, at: timedelta) -> str | None:
        clock = FixedClock(start + at, read_only=False)
        try:
            accounts.sign_in(ctx.database, "k.reddy", password, settings=settings, clock=clock)
        except SignInError as exc:
            return str(exc)
        return None

    assert [sign_in("guess guess guess", timedelta(seconds=i)) for i in range(4)] == [accounts.WRONG] * 4
    assert sign_in("guess guess guess", timedelta(seconds=4)) == (
        "Wrong user name or password. Account locked after 5 failed attempts. Try again in 15 minutes."
    )
    locked = "Account locked after 5 failed attempts. Try again in {}."
    assert sign_in(TEST_PASSWORD, timedelta(minutes=11, seconds=34)) == locked.format("4 minutes")  # 3:30 left
    assert sign_in(TEST_PASSWORD, timedelta(minutes=14, seconds=4)) == locked.format("1 minute")  # 1:00 left
    assert sign_in(TEST_PASSWORD, timedelta(minutes=14, seconds=5)) == locked.format("less than a minute")
    assert sign_in(TEST_PASSWORD, timedelta(minutes=15, seconds=3)) == locked.format("less than a minute")
    assert sign_in(TEST_PASSWORD, timedelta(minutes=15, seconds=4)) is None  # the lock has run out
    # The same wording for a name nobody has.
    said = []
    for i in range(6):
        try:
            accounts.sign_in(
                ctx.database,
                "no.such.person",
                "guess",
                settings=settings,
                clock=FixedClock(start + timedelta(minutes=i), read_only=False),
            )
        except SignInError as exc:
            said.append(str(exc))
    assert said[4].endswith(locked.format("15 minutes")) and said[5] == locked.format("14 minutes")


def test_minutes_left_wording():
    from consular.domain.lockout import locked_message, state_text, time_left

    now = datetime(2025, 7, 20, 9, 0, tzinfo=UTC)
    assert time_left(now + timedelta(seconds=59), now) == "less than a minute"
    assert time_left(now + timedelta(seconds=60), now) == "1 minute"
    assert time_left(now + timedelta(seconds=61), now) == "2 minutes"
    assert time_left(now - timedelta(seconds=5), now) == "less than a minute"
    assert locked_message(1, now + timedelta(minutes=3), now) == (
        "Account locked after 1 failed attempt. Try again in 3 minutes."
    )
    assert state_text(now + timedelta(minutes=4), now) == "locked (4 minutes left)"
