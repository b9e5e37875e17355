"""``consular db init``, ``db upgrade`` and ``db current``: the database and its first administrator.
``db encrypt``, ``db rekey``, ``db backup``, ``db restore``, ``db check``, ``db recover``: the
file at rest."""

from __future__ import annotations

import argparse
from pathlib import Path

from consular.cli.common import (
    CommandError,
    add_password_file_option,
    database_target,
    new_password,
    print_json,
    read_password_file,
    runtime,
    signing_in_password,
    user_name,
)
from consular.domain import validation as v
from consular.domain.enums import PostKind, UserRole
from consular.domain.errors import DamagedDatabaseError, NotConsularDatabaseError
from consular.domain.timeutil import zone
from consular.services import accounts, at_rest, reference_data
from consular.services import backup as backup_service
from consular.services import database as database_service
from consular.services.context import ServiceContext, actor_for


def register(subparsers) -> None:
    db = subparsers.add_parser(
        "db",
        help="create or upgrade the database schema, or show its revision",
        description="Manage the database schema.",
    )
    commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    init = commands.add_parser(
        "init",
        help="create a database with its first administrator",
        description="Create the database (or bring its schema up to date) and appoint its first administrator, "
        "who then adds the other accounts with 'consular users add'. The password is asked twice on the "
        "terminal, or read from --password-file. Refused if the database already has an administrator.",
    )
    init.add_argument("--admin", metavar="NAME", required=True, help="user name of the first administrator")
    init.add_argument("--display-name", metavar="TEXT", help="the administrator's full name (default: NAME)")
    init.add_argument("--email", metavar="ADDRESS", help="the administrator's e-mail")
    add_password_file_option(init)
    post = init.add_argument_group(
        "the post",
        "The post this database serves, created with the administrator. Its name is what the sign-in "
        "window shows before anyone signs in (an encrypted file keeps it, in the clear, in FILE.keys).",
    )
    post.add_argument("--post", metavar="CODE", help="the post's code, e.g. BAM (then the four below are needed)")
    post.add_argument("--post-name", metavar="TEXT", help='its name as on briefs, e.g. "Embassy of India, Bamako"')
    post.add_argument(
        "--post-kind", metavar="KIND", default="embassy", help="embassy (default), high_commission, consulate, ..."
    )
    post.add_argument("--post-country", metavar="CC", help="its country, ISO 3166 code, e.g. ML")
    post.add_argument("--post-city", metavar="CITY", help="its city, e.g. Bamako")
    post.add_argument("--post-timezone", metavar="ZONE", help="its IANA time zone, e.g. Africa/Bamako")
    init.set_defaults(handler=run_init)

    upgrade = commands.add_parser(
        "upgrade",
        help="create the database or bring it to the latest schema",
        description="Create the database, or upgrade it to the latest schema. A SQLite file at an older "
        "schema is copied aside first; the copy's name is printed.",
    )
    upgrade.set_defaults(handler=run_upgrade)

    current = commands.add_parser(
        "current",
        help="print the schema revision the database is at",
        description="Print the database's schema revision, the newest revision "
        "this consular knows (head), and what that means.",
    )
    current.add_argument("--json", action="store_true", help="print a JSON object")
    current.set_defaults(handler=run_current)
    register_at_rest(commands)


def run_init(args: argparse.Namespace) -> int:
    target = database_target(args)
    state = database_service.schema_status(target).state
    if state == "encrypted":  # it has key slots, so accounts: it was initialised
        raise CommandError(f"{target} already has an administrator; they add accounts with 'consular users add'.")
    if state == "current":
        # Said before asking for a password that would be thrown away.
        opened = database_service.open_database(target, sign_in=False, upgrade=False)
        try:
            if accounts.has_admin(opened.database):
                raise CommandError(
                    f"{opened.target} already has an administrator; they add accounts with 'consular users add'."
                )
        finally:
            opened.dispose()
    post = _post_of(args)  # checked before a password is asked for
    password = new_password(args, args.admin)
    opened = database_service.open_database(target, sign_in=False)
    path, key = opened.database.path, opened.database.key
    # A new encrypted file kept its key in a bootstrap slot until now: it gets a fresh key.
    fresh_key = path is not None and key is not None and at_rest.is_bootstrapped(path)
    recovery = None
    try:
        if opened.backup is not None:
            print(f"Upgraded the schema; the database as it was is kept in {opened.backup}")
        account = accounts.init_database(
            opened.database, args.admin, password, display_name=args.display_name, email=args.email
        )
        if post is not None:
            admin = ServiceContext(opened.database, actor_for(opened.database, account.username))
            reference_data.save_post(admin, **post)
        if not fresh_key:
            recovery = at_rest.issue_recovery_key(opened.database)
    finally:
        opened.dispose()
    if fresh_key:
        recovery = at_rest.rekey_database(path, key, account.username, password)
        at_rest.forget_key(path)
    print(f"{opened.target} is ready; its administrator is {account.username}.")
    if post is not None:
        print(f"It serves {post['name']} ({post['code']}).")
    if recovery is not None:
        _print_recovery(recovery)
    print(f"Sign in with: consular --user {account.username} ...  (then: consular users add NAME --role ROLE)")
    return 0


def _post_of(args: argparse.Namespace) -> dict | None:
    """``save_post``'s arguments from ``db init --post ...``, checked; None without --post."""
    if not args.post:
        return None
    missing = [
        option
        for option, value in (
            ("--post-name", args.post_name),
            ("--post-country", args.post_country),
            ("--post-city", args.post_city),
            ("--post-timezone", args.post_timezone),
        )
        if not (value or "").strip()
    ]
    if missing:
        raise CommandError(f"--post {args.post} also needs {', '.join(missing)}.")
    post = {
        "code": v.post_code(args.post),
        "name": v.clean_text(args.post_name, "name", required=True, max_length=200),
        "kind": PostKind.parse(args.post_kind, "kind"),
        "country": v.country_code(args.post_country),
        "city": v.clean_text(args.post_city, "city", required=True, max_length=120),
        "timezone": args.post_timezone.strip(),
    }
    zone(post["timezone"])
    return post


def run_upgrade(args: argparse.Namespace) -> int:
    opened = database_service.open_database(database_target(args), sign_in=False)
    try:
        before, where, head = opened.before, opened.target, opened.before.head
        if before.state == "current":
            print(f"{where} is already at the latest schema ({head}); nothing to do.")
        elif before.state in ("empty", "missing"):
            print(f"Created the consular schema ({head}) in {where}.")
        else:
            print(f"Upgraded {where} from schema {before.revision} to {head}.")
        if opened.backup is not None:
            print(f"The database as it was is kept in {opened.backup}")
    finally:
        opened.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    status = database_service.schema_status(database_target(args))
    if args.json:
        print_json({"database": status.target, "revision": status.revision, "head": status.head, "state": status.state})
    else:
        print(f"database: {status.target}")
        print(f"revision: {status.revision or 'none'}")
        print(f"head:     {status.head}")
        print(f"state:    {status.state} ({status.meaning})")
    return 0


# --- at rest: encrypt, rekey, backup, restore, check, recover ------------------------------------


def register_at_rest(commands) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt a plaintext SQLite database in place (SQLCipher)",
        description="Convert the plaintext database to SQLCipher. The plaintext file is removed only after the "
        "encrypted copy verifies. You (--user) get the first key slot, with your password; a recovery key is "
        "printed once: print it and lock it away. Other accounts unlock again once their password is set anew. "
        "Nobody else may have the database open.",
    )
    add_password_file_option(encrypt)
    encrypt.set_defaults(handler=run_encrypt)

    rekey = commands.add_parser(
        "rekey",
        help="replace the database's encryption key",
        description="Re-encrypt every page under a new random key, for when the key may have been copied (a "
        "disabled account, a lost laptop with a backup). Only your key slot is kept; the others get theirs again "
        "when their password is reset. A new recovery key is printed once. Nobody else may have it open.",
    )
    rekey.set_defaults(handler=run_rekey)

    backup = commands.add_parser(
        "backup",
        help="copy the database, while others keep working",
        description="Copy the database with SQLite's online backup: others may keep writing. The copy is "
        "encrypted like its source and its key file (FILE.keys) is written beside it.",
    )
    backup.add_argument("-o", "--output", metavar="FILE", help="the new backup file (default: DB.<time>.bak beside it)")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore",
        help="put a backup back in place of the database, after verifying it (administrators)",
        description="Verify FILE (every page, the schema, the audit chain) and put it and its key file in place "
        "of the database. The file it replaces is kept as DB.replaced-<time>. Nobody may have the database open. "
        "You sign in to the database as an administrator (to the backup, through its key file, when the database "
        "is missing or too damaged to open); an encrypted backup is opened with your password in its own key "
        "file, as it was when the backup was made. The restore is recorded in the restored database and starts "
        "a new fork of its audit history.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument(
        "--backup-password-file",
        metavar="F",
        help="your password in the backup's key file, when it differs from today's (a file only you can read)",
    )
    restore.add_argument(
        "--recovery-key-file", metavar="F", help="open the backup with its recovery key (printed at db init/rekey)"
    )
    restore.set_defaults(handler=run_restore)

    check = commands.add_parser(
        "check",
        help="check every page of the database",
        description="Check every page's HMAC (encrypted files), SQLite's integrity and foreign keys, and the "
        "audit chain when available. Exits 1 when something is wrong.",
    )
    check.add_argument("--json", action="store_true", help="print a JSON object")
    check.set_defaults(handler=run_check)

    recover = commands.add_parser(
        "recover",
        help="unlock with the recovery key and give an account a new key-slot password",
        description="With the recovery key printed at 'db init' (or 'db encrypt', 'db rekey'), give --user a key "
        "slot under a new password. Their account password is then reset by an administrator to the same.",
    )
    recover.add_argument("--recovery-key-file", metavar="F", required=True, help="a file holding the recovery key")
    add_password_file_option(recover)
    recover.set_defaults(handler=run_recover)


def _user(args: argparse.Namespace) -> str:
    return user_name(args)


def _password(args: argparse.Namespace, name: str) -> str:
    """``--password-file`` when the command has one, else the sign-in password
    (CONSULAR_PASSWORD_FILE or the terminal)."""
    if getattr(args, "password_file", None):
        return read_password_file(args.password_file)
    return signing_in_password(name, database_target(args))


def _open_unlocked(args: argparse.Namespace, *, upgrade: bool = False) -> database_service.OpenedDatabase:
    target = database_target(args)
    user = password = None
    path = Path(target).expanduser()
    if "://" not in target and at_rest.is_encrypted_file(path) and not at_rest.is_bootstrapped(path):
        user = _user(args)
        password = _password(args, user)
    return database_service.open_database(target, user, mode="open", upgrade=upgrade, sign_in=False, password=password)


def _print_recovery(recovery: str) -> None:
    print("Recovery key (shown once; print it and lock it away, it unlocks the database if every password is lost):")
    print(f"    {recovery}")


def run_encrypt(args: argparse.Namespace) -> int:
    target = database_target(args)
    if "://" in target:
        raise CommandError("A server database is encrypted at rest by its server (ask for disk encryption).")
    user = _user(args)
    password = _password(args, user)
    # Signed in first: an administrator's own account password becomes the first key slot; the
    # file must be a sound consular database at the current schema.
    opened = database_service.open_database(target, user, mode="open", upgrade=True, password=password)
    try:
        if opened.damage is not None:
            raise CommandError(opened.damage.message)
        if opened.ctx.actor.role != UserRole.ADMIN:
            raise CommandError("Only an administrator may encrypt the database.")
    finally:
        opened.dispose()
    result = at_rest.encrypt_database(target, user, password)
    print(f"{result.path} is now encrypted (SQLCipher 4); its key slots are in {result.path.name}.keys.")
    _print_recovery(result.recovery_key)
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    opened = _open_unlocked(args)
    try:
        database = opened.database
        if database.key is None or database.path is None:
            raise CommandError(f"{opened.target} is not an encrypted file; 'consular db encrypt' encrypts it.")
        key, path = database.key, database.path
    finally:
        opened.dispose()
    user = _user(args)
    recovery = at_rest.rekey_database(path, key, user, _password(args, user))
    print(f"{path} has a new key. Only {user}'s key slot was kept: the others unlock once their password is reset.")
    _print_recovery(recovery)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        result = backup_service.backup(rt.ctx, args.output)
    finally:
        rt.opened.dispose()
    print(f"Backed up {rt.opened.target} to {result.path} ({result.size / 1e6:.1f} MB in {result.seconds:.1f} s).")
    print(f"SHA-256 {result.sha256}; audit chain head {result.head}.")
    if result.keys is not None:
        print(f"Its key file is {result.keys}: keep the two together.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    target = database_target(args)
    if "://" in target:
        raise CommandError("Restore a server database with the server's own tools (pg_restore).")
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(f"There is no backup file '{source}'.")
    user = _user(args)
    password = _password(args, user)
    backup_password = read_password_file(args.backup_password_file) if args.backup_password_file else password
    recovery = None
    if args.recovery_key_file:
        recovery_file = Path(args.recovery_key_file).expanduser()
        if not recovery_file.is_file():
            raise CommandError(f"There is no file {recovery_file}.")
        recovery = recovery_file.read_text(encoding="utf-8")
    opened, key = _signed_in_for_restore(target, source, user, password, backup_password, recovery)
    try:
        result = backup_service.restore(opened.ctx, source, key, target=target)
    finally:
        opened.dispose()
    print(f"Verified {source} and restored it to {result.restored}.")
    if result.report.audit:
        print(f"Audit trail: {result.report.audit}")
    print(
        f"The restore is recorded in it; its audit history forks at entry #{result.forked_at} (fork {result.fork}): "
        "anchors printed before the restore beyond that entry are reported as rolled back, not as rewritten."
    )
    if result.replaced is not None:
        print(f"The database it replaced is kept as {result.replaced}")
    return 0


def _signed_in_for_restore(target, source: Path, user, password, backup_password, recovery):
    """Signed in to the database to be replaced (its role decides), and the backup's key. When
    that database is missing or too damaged to open, signed in to the backup instead: its
    key slot, opened with the password, authenticates the account there."""
    try:
        opened = database_service.open_database(target, user, mode="open", upgrade=False, password=password)
    except DamagedDatabaseError:
        opened = None
    except NotConsularDatabaseError:
        if Path(target).expanduser().exists():
            raise
        opened = None
    if opened is not None:
        current_key = opened.database.key
        if backup_service.opens_with(source, current_key) and recovery is None:
            return opened, current_key
        try:
            return opened, backup_service.backup_key(source, user, backup_password, recovery_key=recovery)
        except BaseException:
            opened.dispose()
            raise
    if not at_rest.is_encrypted_file(source):
        raise CommandError(
            f"{target} cannot be opened to check that you are an administrator, and the plaintext backup has no key "
            "file to sign you in: copy the backup into place by hand."
        )
    if recovery is not None:
        raise CommandError(
            f"{target} cannot be opened to check that you are an administrator: sign in with your password in the "
            "backup's key file (--backup-password-file), not the recovery key."
        )
    key = backup_service.backup_key(source, user, backup_password)
    opened = database_service.open_database(source, user, mode="open", upgrade=False, sign_in=False, key=key)
    opened.ctx = ServiceContext(opened.database, actor_for(opened.database, user))
    return opened, key


def run_check(args: argparse.Namespace) -> int:
    try:
        opened = _open_unlocked(args)
    except DamagedDatabaseError as exc:
        # So damaged that it cannot be opened at all (its schema pages): still a check's answer.
        if args.json:
            print_json({"database": database_target(args), "ok": False, "problems": [exc.message], "audit": None})
        else:
            print(exc.message)
        return 1
    try:
        report = backup_service.check(opened.database)
    finally:
        opened.dispose()
    if args.json:
        print_json({"database": report.target, "ok": report.ok, "problems": report.problems, "audit": report.audit})
    elif report.ok:
        print(f"{report.target}: every page checks out ({report.seconds:.1f} s).")
        if report.audit:
            print(f"Audit trail: {report.audit}")
    else:
        print(f"{report.target} is damaged or has been tampered with:")
        for problem in report.problems[:20]:
            print(f"  {problem}")
        latest = backup_service.latest_backup(Path(report.target))
        print(f"Latest backup: {latest}" if latest else "No backup of it was found.")
    return 0 if report.ok else 1


def run_recover(args: argparse.Namespace) -> int:
    target = database_target(args)
    user = _user(args)
    key_file = Path(args.recovery_key_file).expanduser()
    if not key_file.is_file():
        raise CommandError(f"There is no file {key_file}.")
    password = _password(args, user)
    at_rest.recover_account(target, key_file.read_text(encoding="utf-8"), user, password)
    print(f"{user} can unlock {target} with the new password; an administrator now sets the same account password.")
    return 0
