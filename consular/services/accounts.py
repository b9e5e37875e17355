"""Accounts: the first administrator, signing in, and managing users and passwords.

Nobody is registered automatically. A new database gets its first administrator from
:func:`init_database` (``consular db init --admin NAME``); that administrator creates the
others (:func:`add_user`). Every face signs a person in with :func:`sign_in`, which returns
the :class:`~consular.services.context.Actor` to build a ServiceContext with.

Sign-ins, failures and lockouts are audited (``auth.sign_in``, ``auth.sign_in_failed``,
``auth.lockout``). A failure for a name that does not exist is audited against the reserved,
disabled account :data:`UNKNOWN_USERNAME` (the audit trail needs an actor), and the message
the person sees is the same as for a wrong password.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consular.db.engine import Database
from consular.db.models import AuditEntry, User
from consular.domain import passwords
from consular.domain import validation as v
from consular.domain.clock import Clock, SystemClock
from consular.domain.enums import UserRole
from consular.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    SignInError,
    ValidationError,
)
from consular.domain.lockout import locked_message
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services import at_rest
from consular.services.context import Actor, ServiceContext, Settings, actor_of
from consular.services.errors import translated
from consular.services.permissions import action
from consular.services.views import AccountView

# Reserved, never signs in (not a valid user name: it starts with '-').
UNKNOWN_USERNAME = "-unknown-"
WRONG = QT_TRANSLATE_NOOP("services.accounts", "Wrong user name or password.")
NO_ADMIN = QT_TRANSLATE_NOOP(
    "services.accounts",
    "This database has no administrator yet, so no one can use it: create one with `consular db init --admin NAME`.",
)
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def clean_username(username: str | None, field: str = "username") -> str:
    name = (username or "").strip().lower()
    if not name:
        raise ValidationError(field, translate("services.accounts", "A user name is required."))
    if not _USERNAME.match(name):
        raise ValidationError(
            field,
            translate(
                "services.accounts",
                "'{name}' is not a valid user name: use letters, digits, '.', '_' or '-' (e.g. "
                "a.sharma), at most 64 characters, starting with a letter or digit.",
            ).format(name=name),
        )
    return name


def account_view(user: User) -> AccountView:
    return AccountView(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        email=user.email,
        active=user.active,
        has_password=bool(user.password_hash),
        locked_until=user.locked_until,
        failed_sign_ins=user.failed_sign_ins or 0,
        last_sign_in_at=user.last_sign_in_at,
    )


def _admin_exists(session: Session) -> bool:
    stmt = (
        select(User.id)
        .where(User.role == UserRole.ADMIN, User.active.is_(True), User.password_hash.is_not(None))
        .limit(1)
    )
    return session.scalar(stmt) is not None


def has_admin(database: Database) -> bool:
    """True when the database has an active administrator who can sign in."""
    with translated(database.describe()), database.session() as session:
        return _admin_exists(session)


def init_database(
    database: Database,
    username: str,
    password: str,
    *,
    display_name: str | None = None,
    email: str | None = None,
    clock: Clock | None = None,
) -> AccountView:
    """Appoint the first administrator of a database that has none (``consular db init``).

    ``clock`` stamps the account and its audit entry (default: the real time; the demo is
    loaded as of its own day).

    The schema must already be current. An existing account of that name (an old database's
    user without a password) is promoted and given the password; otherwise one is created.
    Raises ConflictError if the database already has an administrator who can sign in,
    ValidationError for a bad name or a password that breaks the rules.
    """
    name = clean_username(username)
    passwords.check_rules(password, username=name)
    display = v.clean_text(display_name or name, "display_name", required=True, max_length=200, label="display name")
    mail = v.email(email)
    digest = passwords.hash_password(password)
    with translated(database.describe()), database.session(write=True) as session:
        if _admin_exists(session):
            raise ConflictError(
                translate(
                    "services.accounts",
                    "{describe} already has an administrator; they add accounts with `consular users add`.",
                ).format(describe=database.describe())
            )
        clock = clock or SystemClock()
        now = clock.stamp()
        user = session.scalar(select(User).where(User.username == name))
        before = None
        if user is None:
            user = User(username=name, display_name=display, email=mail, created_at=now)
            session.add(user)
        else:
            before = {"role": user.role, "active": user.active}
        user.role, user.active = UserRole.ADMIN, True
        user.password_hash, user.password_changed_at = digest, now
        user.failed_sign_ins, user.locked_until = 0, None
        session.flush()
        ServiceContext(database, actor_of(user), clock=clock).audit(
            session,
            "user.init_admin",
            "user",
            user.id,
            before=before,
            after={"username": name, "display_name": user.display_name, "role": UserRole.ADMIN},
        )
        # The administrator's key slot: on an encrypted file, their password unlocks it.
        at_rest.password_set(database, name, password)
        view = account_view(user)
    # The posts' names beside the key slots, for the sign-in dialog (a database upgraded from
    # before accounts has posts already; a new one gets them as posts are added).
    at_rest.posts_changed(database)
    return view


def sign_in(
    database: Database,
    username: str,
    password: str,
    *,
    settings: Settings | None = None,
    clock: Clock | None = None,
) -> Actor:
    """Check ``password`` for ``username`` and return the signed-in Actor.

    Every outcome is audited. After ``settings.lockout_attempts`` failures in a row the account
    is locked for ``settings.lockout_minutes``; while locked, even the right password is refused,
    with "Account locked after 5 failed attempts. Try again in 4 minutes." ``clock`` is what the
    lockout is counted by (default: the real time; tests pass their own).
    Raises SignInError with one message for an unknown name and a wrong password alike, and
    saying so for a locked or disabled account or a database without an administrator.
    """
    settings = settings or Settings.from_environment()
    name = (username or "").strip().lower()
    if not name:
        raise SignInError(translate("services.accounts", "No user name: pass --user NAME or set CONSULAR_USER."))
    clock = clock or SystemClock()
    # Argon2id takes a noticeable moment, so the password is checked between two transactions:
    # a read of the account, then the write of the outcome (the failure count, the lockout, the
    # audit entry) in a transaction that starts as a write and waits its turn behind other
    # writers. Checked inside one read transaction that then wrote, a sign-in failed as "busy"
    # whenever another process or window committed during the check (SQLite cannot turn a read
    # snapshot that another commit overtook into a write).
    checked = _PasswordCheck(password)
    with translated(database.describe()), database.session() as session:
        if not _admin_exists(session):
            raise SignInError(translate("services.accounts", NO_ADMIN))
        user = session.scalar(select(User).where(User.username == name)) if name != UNKNOWN_USERNAME else None
        now = clock.now()
        locked = user is not None and user.locked_until is not None and user.locked_until > now
        expected_hash = None if user is None or locked else user.password_hash
    checked.prepare(expected_hash)
    error: SignInError | None = None
    with translated(database.describe()), database.session(write=True) as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None or name == UNKNOWN_USERNAME:
            error = _unknown_name(database, session, name, settings, clock, now)
        else:
            error = _check(database, session, user, checked, settings, clock, now)
        if error is None:
            return actor_of(user)
    # Raised after the commit, so the failure count and its audit entry are kept.
    raise error


class _PasswordCheck:
    """The typed password's Argon2id checks, done once per stored hash: :meth:`prepare` before
    the write transaction, so the write normally only reads the answer. A hash that changed in
    between (a password set at that moment) is checked when asked, inside the write."""

    def __init__(self, password: str):
        self._password = password
        self._answers: dict[str | None, bool] = {}
        self._rehashed: dict[str, str] = {}

    def prepare(self, stored_hash: str | None) -> None:
        """Check against ``stored_hash`` now (None: an unknown or locked account, checked
        against a dummy hash so that every answer takes as long); hash anew if it is weak."""
        if self.matches(stored_hash) and stored_hash is not None and passwords.needs_rehash(stored_hash):
            self.rehashed(stored_hash)

    def matches(self, stored_hash: str | None) -> bool:
        if stored_hash not in self._answers:
            self._answers[stored_hash] = passwords.verify(stored_hash, self._password)
        return self._answers[stored_hash]

    def rehashed(self, stored_hash: str) -> str:
        """The password hashed with today's parameters, replacing ``stored_hash``."""
        if stored_hash not in self._rehashed:
            self._rehashed[stored_hash] = passwords.hash_password(self._password)
        return self._rehashed[stored_hash]


def _check(
    database: Database,
    session: Session,
    user: User,
    checked: _PasswordCheck,
    settings: Settings,
    clock: Clock,
    now: datetime,
) -> SignInError | None:
    if user.locked_until is not None and user.locked_until > now:
        _audit_failure(database, session, user, user.username, "account locked", clock)
        return SignInError(locked_message(user.failed_sign_ins or settings.lockout_attempts, user.locked_until, now))
    if user.locked_until is not None:  # a lockout that has run out starts a fresh count
        user.locked_until, user.failed_sign_ins = None, 0
    if not user.password_hash or not checked.matches(user.password_hash):
        user.failed_sign_ins = (user.failed_sign_ins or 0) + 1
        reason = "no password set" if not user.password_hash else "wrong password"
        _audit_failure(database, session, user, user.username, reason, clock)
        if user.failed_sign_ins >= settings.lockout_attempts:
            user.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            ServiceContext(database, actor_of(user), clock=clock).audit(
                session,
                "auth.lockout",
                "user",
                user.id,
                after={"failed_sign_ins": user.failed_sign_ins, "locked_until": user.locked_until},
            )
            return SignInError(f"{WRONG} {locked_message(user.failed_sign_ins, user.locked_until, now)}")
        return SignInError(translate("services.accounts", WRONG))
    if not user.active:
        _audit_failure(database, session, user, user.username, "account disabled", clock)
        return SignInError(
            translate("services.accounts", "The account '{username}' is disabled; ask an administrator.").format(
                username=user.username
            )
        )
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = checked.rehashed(user.password_hash)
    user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
    ServiceContext(database, actor_of(user), clock=clock).audit(session, "auth.sign_in", "user", user.id)
    return None


def _unknown_name(
    database: Database, session: Session, name: str, settings: Settings, clock: Clock, now: datetime
) -> SignInError:
    """The failure for a name with no account, answered exactly as :func:`_check` answers a real
    account's wrong password: the same messages, a lockout after the same number of failures for
    the same time. No account is created: the count and the lock are read back from this name's
    own audit entries (failures and lockouts, all carried by the reserved account). The
    caller has checked the password against a dummy hash (the same time as a real check)."""
    account = _unknown_account(session)
    attempted = name[:64]
    failures, locked_until, locked_after = 0, None, settings.lockout_attempts
    fragment = f'"username": {json.dumps(attempted, ensure_ascii=False)}'
    stmt = (
        select(AuditEntry.action, AuditEntry.after)
        .where(AuditEntry.entity == "user", AuditEntry.entity_id == account.id)
        .where(AuditEntry.action.in_(("auth.sign_in_failed", "auth.lockout")))
        .where(AuditEntry.after.contains(fragment, autoescape=True))
        .order_by(AuditEntry.id.desc())
    )
    for entry_action, after in session.execute(stmt):
        state = json.loads(after)
        if state.get("username") != attempted:
            continue
        if entry_action == "auth.lockout":  # the newest lockout ends the count, as on an account
            locked_until = datetime.fromisoformat(state["locked_until"])
            locked_after = int(state.get("failed_sign_ins") or locked_after)
            break
        if state.get("reason") == "unknown user name":
            failures += 1
    if locked_until is not None and locked_until > now:
        _audit_failure(database, session, account, attempted, "account locked", clock)
        return SignInError(locked_message(locked_after, locked_until, now))
    failures += 1
    _audit_failure(database, session, account, attempted, "unknown user name", clock)
    if failures >= settings.lockout_attempts:
        until = now + timedelta(minutes=settings.lockout_minutes)
        ServiceContext(database, actor_of(account), clock=clock).audit(
            session,
            "auth.lockout",
            "user",
            account.id,
            after={"username": attempted, "failed_sign_ins": failures, "locked_until": until},
        )
        return SignInError(f"{WRONG} {locked_message(failures, until, now)}")
    return SignInError(translate("services.accounts", WRONG))


def _unknown_account(session: Session) -> User:
    user = session.scalar(select(User).where(User.username == UNKNOWN_USERNAME))
    if user is None:
        user = User(
            username=UNKNOWN_USERNAME,
            display_name="(sign-in with an unknown user name)",
            role=UserRole.VIEWER,
            active=False,
            created_at=SystemClock().stamp(),
        )
        session.add(user)
        session.flush()
    return user


def _audit_failure(
    database: Database, session: Session, user: User, attempted: str, reason: str, clock: Clock | None = None
) -> None:
    ServiceContext(database, actor_of(user), clock=clock or SystemClock()).audit(
        session, "auth.sign_in_failed", "user", user.id, after={"username": attempted[:64], "reason": reason}
    )


# --- administration (through the role matrix) -------------------------------------------


def _user(session: Session, username: str) -> User:
    name = (username or "").strip().lower()
    user = session.scalar(select(User).where(User.username == name)) if name != UNKNOWN_USERNAME else None
    if user is None:
        raise NotFoundError(
            translate("services.accounts", "There is no user '{name}' in this database.").format(name=name)
        )
    return user


def _other_admins(session: Session, user: User) -> int:
    return session.scalar(
        select(func.count(User.id)).where(User.role == UserRole.ADMIN, User.active.is_(True), User.id != user.id)
    )


@action("accounts.list_accounts")
def list_accounts(ctx: ServiceContext, *, include_disabled: bool = True) -> list[AccountView]:
    """Every account with its role and sign-in state, by user name."""
    with ctx.transaction() as session:
        stmt = select(User).where(User.username != UNKNOWN_USERNAME).order_by(User.username)
        if not include_disabled:
            stmt = stmt.where(User.active.is_(True))
        return [account_view(u) for u in session.scalars(stmt)]


@action("accounts.add_user")
def add_user(
    ctx: ServiceContext,
    username: str,
    *,
    role: str | UserRole,
    password: str,
    display_name: str | None = None,
    email: str | None = None,
) -> AccountView:
    """Create an account that can sign in. Raises ConflictError if the name is taken,
    ValidationError for a bad name, role, e-mail or a password that breaks the rules."""
    name = clean_username(username)
    role_value = role if isinstance(role, UserRole) else UserRole.parse(role, "role")
    display = v.clean_text(display_name or name, "display_name", required=True, max_length=200, label="display name")
    mail = v.email(email)
    passwords.check_rules(password, username=name)
    digest = passwords.hash_password(password)
    with ctx.writing() as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise ConflictError(translate("services.accounts", "There is already a user '{name}'.").format(name=name))
        now = ctx.clock.stamp()
        user = User(
            username=name,
            display_name=display,
            role=role_value,
            email=mail,
            active=True,
            created_at=now,
            password_hash=digest,
            password_changed_at=now,
            failed_sign_ins=0,
        )
        session.add(user)
        session.flush()
        ctx.audit(
            session,
            "user.create",
            "user",
            user.id,
            after={"username": name, "display_name": display, "role": role_value, "email": mail},
        )
        at_rest.password_set(ctx.database, name, password)  # the account's key slot
        return account_view(user)


def _set_active(ctx: ServiceContext, username: str, active: bool) -> AccountView:
    with ctx.writing() as session:
        user = _user(session, username)
        if not active:
            if user.id == ctx.actor.user_id:
                raise PermissionDeniedError(
                    translate("services.accounts", "You cannot disable your own account; another administrator can.")
                )
            if user.role == UserRole.ADMIN and _other_admins(session, user) == 0:
                raise PermissionDeniedError(
                    translate(
                        "services.accounts", "'{username}' is the last administrator and cannot be disabled."
                    ).format(username=user.username)
                )
        if not active:
            # A disabled account's password no longer unlocks the file (a new password, set by
            # reset_password, gives it a slot again).
            at_rest.account_disabled(ctx.database, user.username)
        if user.active != active:
            user.active = active
            if active:
                user.failed_sign_ins, user.locked_until = 0, None
            ctx.audit(
                session,
                "user.enable" if active else "user.disable",
                "user",
                user.id,
                before={"active": not active},
                after={"active": active},
            )
        return account_view(user)


@action("accounts.disable_user")
def disable_user(ctx: ServiceContext, username: str) -> AccountView:
    """Disable an account: it can no longer sign in; its records keep its name."""
    return _set_active(ctx, username, False)


@action("accounts.enable_user")
def enable_user(ctx: ServiceContext, username: str) -> AccountView:
    """Enable a disabled account again (and clear any lockout)."""
    return _set_active(ctx, username, True)


@action("accounts.set_role")
def set_role(ctx: ServiceContext, username: str, role: str | UserRole) -> AccountView:
    """Change an account's role. The last active administrator cannot be demoted."""
    role_value = role if isinstance(role, UserRole) else UserRole.parse(role, "role")
    with ctx.writing() as session:
        user = _user(session, username)
        if user.role == UserRole.ADMIN and role_value != UserRole.ADMIN and _other_admins(session, user) == 0:
            raise PermissionDeniedError(
                translate(
                    "services.accounts", "'{username}' is the last administrator; appoint another one first."
                ).format(username=user.username)
            )
        if user.role != role_value:
            before = user.role
            user.role = role_value
            ctx.audit(session, "user.set_role", "user", user.id, before={"role": before}, after={"role": role_value})
        return account_view(user)


@action("accounts.reset_password")
def reset_password(ctx: ServiceContext, username: str, password: str) -> AccountView:
    """Set another account's password (and clear its lockout). The hash is never audited."""
    with ctx.writing() as session:
        user = _user(session, username)
        passwords.check_rules(password, username=user.username)
        _store_password(user, password)
        at_rest.password_set(ctx.database, user.username, password)
        ctx.audit(session, "user.reset_password", "user", user.id, after={"username": user.username})
        return account_view(user)


@action("accounts.change_password")
def change_password(ctx: ServiceContext, current_password: str, new_password: str) -> None:
    """Change the signed-in user's own password; the current one must be given.

    Raises SignInError if the current password is wrong (counted as a failed sign-in),
    ValidationError if the new one breaks the rules or equals the current one.
    """
    # The Argon2id work (checking the current password, hashing the new one) happens between a
    # read and the write, not inside a transaction that reads and then writes (which SQLite
    # refuses as busy when another window commits meanwhile) nor under the write lock.
    with ctx.transaction() as session:
        user = _own_active_account(ctx, session)
        stored, username = user.password_hash, user.username
    ok = passwords.verify(stored, current_password)
    new_hash = _new_password_hash(username, current_password, new_password) if ok else None
    with ctx.transaction(write=True) as session:
        user = _own_active_account(ctx, session)
        if user.password_hash != stored:  # changed meanwhile (another window): check against it
            ok = passwords.verify(user.password_hash, current_password)
        if ok:
            new_hash = new_hash or _new_password_hash(user.username, current_password, new_password)
            _store_password(user, new_password, new_hash)
            at_rest.password_set(ctx.database, user.username, new_password)  # rewraps the key slot
            ctx.audit(session, "user.change_password", "user", user.id)
        else:
            user.failed_sign_ins = (user.failed_sign_ins or 0) + 1
            _audit_failure(ctx.database, session, user, user.username, "wrong current password")
    if not ok:
        raise SignInError(translate("services.accounts", "The current password is wrong; nothing was changed."))


def _new_password_hash(username: str, current_password: str, new_password: str) -> str:
    passwords.check_rules(new_password, username=username, field="new_password")
    if new_password == current_password:
        raise ValidationError(
            "new_password", translate("services.accounts", "The new password must differ from the current one.")
        )
    return passwords.hash_password(new_password)


def _own_active_account(ctx: ServiceContext, session: Session) -> User:
    user = session.get(User, ctx.actor.user_id)
    if user is None or not user.active:
        raise PermissionDeniedError(translate("services.accounts", "This account is disabled."))
    return user


def _store_password(user: User, password: str, digest: str | None = None) -> None:
    """Store ``password``'s hash (``digest`` if it was already made) and clear the lockout."""
    user.password_hash = digest or passwords.hash_password(password)
    user.password_changed_at = SystemClock().stamp()
    user.failed_sign_ins, user.locked_until = 0, None
