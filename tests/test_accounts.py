"""Accounts: the first administrator, Argon2id hashes, sign-in, lockout, account management."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select, update

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
    with pytest.raises(SignInError, match="locked until"):
        accounts.sign_in(ctx.database, "k.reddy", "guess guess guess", settings=SETTINGS)
    with pytest.raises(SignInError, match="locked until"):
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
    with pytest.raises(SignInError, match="locked until"):
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
