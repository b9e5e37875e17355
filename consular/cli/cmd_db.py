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
from consular.i18n import translate
from consular.services import accounts, at_rest, reference_data
from consular.services import backup as backup_service
from consular.services import database as database_service
from consular.services.context import ServiceContext, actor_for


def register(subparsers) -> None:
    db = subparsers.add_parser(
        "db",
        help=translate("cli.cmd_db", "create or upgrade the database schema, or show its revision"),
        description=translate("cli.cmd_db", "Manage the database schema."),
    )
    commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    init = commands.add_parser(
        "init",
        help=translate("cli.cmd_db", "create a database with its first administrator"),
        description=translate(
            "cli.cmd_db",
            "Create the database (or bring its schema up to date) and appoint its first "
            "administrator, who then adds the other accounts with 'consular users add'. The password "
            "is asked twice on the terminal, or read from --password-file. Refused if the database "
            "already has an administrator.",
        ),
    )
    init.add_argument(
        "--admin", metavar="NAME", required=True, help=translate("cli.cmd_db", "user name of the first administrator")
    )
    init.add_argument(
        "--display-name", metavar="TEXT", help=translate("cli.cmd_db", "the administrator's full name (default: NAME)")
    )
    init.add_argument("--email", metavar="ADDRESS", help=translate("cli.cmd_db", "the administrator's e-mail"))
    add_password_file_option(init)
    post = init.add_argument_group(
        translate("cli.cmd_db", "the post"),
        translate(
            "cli.cmd_db",
            "The post this database serves, created with the administrator. Its name is what the sign-in "
            "window shows before anyone signs in (an encrypted file keeps it, in the clear, in FILE.keys).",
        ),
    )
    post.add_argument(
        "--post",
        metavar="CODE",
        help=translate("cli.cmd_db", "the post's code, e.g. BAM (then the four below are needed)"),
    )
    post.add_argument(
        "--post-name",
        metavar="TEXT",
        help=translate("cli.cmd_db", 'its name as on briefs, e.g. "Embassy of India, Bamako"'),
    )
    post.add_argument(
        "--post-kind",
        metavar="KIND",
        default="embassy",
        help=translate("cli.cmd_db", "embassy (default), high_commission, consulate, ..."),
    )
    post.add_argument(
        "--post-country", metavar="CC", help=translate("cli.cmd_db", "its country, ISO 3166 code, e.g. ML")
    )
    post.add_argument("--post-city", metavar="CITY", help=translate("cli.cmd_db", "its city, e.g. Bamako"))
    post.add_argument(
        "--post-timezone", metavar="ZONE", help=translate("cli.cmd_db", "its IANA time zone, e.g. Africa/Bamako")
    )
    init.set_defaults(handler=run_init)

    upgrade = commands.add_parser(
        "upgrade",
        help=translate("cli.cmd_db", "create the database or bring it to the latest schema"),
        description=translate(
            "cli.cmd_db",
            "Create the database, or upgrade it to the latest schema. A SQLite file at an older "
            "schema is copied aside first; the copy's name is printed.",
        ),
    )
    upgrade.set_defaults(handler=run_upgrade)

    current = commands.add_parser(
        "current",
        help=translate("cli.cmd_db", "print the schema revision the database is at"),
        description=translate(
            "cli.cmd_db",
            "Print the database's schema revision, the newest revision this consular knows (head), "
            "and what that means.",
        ),
    )
    current.add_argument("--json", action="store_true", help=translate("cli.cmd_db", "print a JSON object"))
    current.set_defaults(handler=run_current)
    register_at_rest(commands)


def run_init(args: argparse.Namespace) -> int:
    target = database_target(args)
    state = database_service.schema_status(target).state
    if state == "encrypted":  # it has key slots, so accounts: it was initialised
        raise CommandError(
            translate(
                "cli.cmd_db", "{target} already has an administrator; they add accounts with 'consular users add'."
            ).format(target=target)
        )
    if state == "current":
        # Said before asking for a password that would be thrown away.
        opened = database_service.open_database(target, sign_in=False, upgrade=False)
        try:
            if accounts.has_admin(opened.database):
                raise CommandError(
                    translate(
                        "cli.cmd_db",
                        "{target} already has an administrator; they add accounts with 'consular users add'.",
                    ).format(target=opened.target)
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
            print(
                translate("cli.cmd_db", "Upgraded the schema; the database as it was is kept in {backup}").format(
                    backup=opened.backup
                )
            )
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
    print(
        translate("cli.cmd_db", "{target} is ready; its administrator is {username}.").format(
            target=opened.target, username=account.username
        )
    )
    if post is not None:
        print(translate("cli.cmd_db", "It serves {name} ({code}).").format(name=post["name"], code=post["code"]))
    if recovery is not None:
        _print_recovery(recovery)
    print(
        translate(
            "cli.cmd_db", "Sign in with: consular --user {username} ...  (then: consular users add NAME --role ROLE)"
        ).format(username=account.username)
    )
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
        raise CommandError(
            translate("cli.cmd_db", "--post {post} also needs {values}.").format(
                post=args.post, values=", ".join(missing)
            )
        )
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
            print(
                translate("cli.cmd_db", "{where} is already at the latest schema ({head}); nothing to do.").format(
                    where=where, head=head
                )
            )
        elif before.state in ("empty", "missing"):
            print(
                translate("cli.cmd_db", "Created the consular schema ({head}) in {where}.").format(
                    head=head, where=where
                )
            )
        else:
            print(
                translate("cli.cmd_db", "Upgraded {where} from schema {revision} to {head}.").format(
                    where=where, revision=before.revision, head=head
                )
            )
        if opened.backup is not None:
            print(translate("cli.cmd_db", "The database as it was is kept in {backup}").format(backup=opened.backup))
    finally:
        opened.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    status = database_service.schema_status(database_target(args))
    if args.json:
        print_json({"database": status.target, "revision": status.revision, "head": status.head, "state": status.state})
    else:
        print(translate("cli.cmd_db", "database: {target}").format(target=status.target))
        print(translate("cli.cmd_db", "revision: {value}").format(value=status.revision or "none"))
        print(translate("cli.cmd_db", "head:     {head}").format(head=status.head))
        print(
            translate("cli.cmd_db", "state:    {state} ({meaning})").format(state=status.state, meaning=status.meaning)
        )
    return 0


# --- at rest: encrypt, rekey, backup, restore, check, recover ------------------------------------


def register_at_rest(commands) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help=translate("cli.cmd_db", "encrypt a plaintext SQLite database in place (SQLCipher)"),
        description=translate(
            "cli.cmd_db",
            "Convert the plaintext database to SQLCipher. The plaintext file is removed only after "
            "the encrypted copy verifies. You (--user) get the first key slot, with your password; a "
            "recovery key is printed once: print it and lock it away. Other accounts unlock again "
            "once their password is set anew. Nobody else may have the database open.",
        ),
    )
    add_password_file_option(encrypt)
    encrypt.set_defaults(handler=run_encrypt)

    rekey = commands.add_parser(
        "rekey",
        help=translate("cli.cmd_db", "replace the database's encryption key"),
        description=translate(
            "cli.cmd_db",
            "Re-encrypt every page under a new random key, for when the key may have been copied (a "
            "disabled account, a lost laptop with a backup). Only your key slot is kept; the others "
            "get theirs again when their password is reset. A new recovery key is printed once. "
            "Nobody else may have it open.",
        ),
    )
    rekey.set_defaults(handler=run_rekey)

    backup = commands.add_parser(
        "backup",
        help=translate("cli.cmd_db", "copy the database, while others keep working"),
        description=translate(
            "cli.cmd_db",
            "Copy the database with SQLite's online backup: others may keep writing. The copy is "
            "encrypted like its source and its key file (FILE.keys) is written beside it.",
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("cli.cmd_db", "the new backup file (default: DB.<time>.bak beside it)"),
    )
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore",
        help=translate("cli.cmd_db", "put a backup back in place of the database, after verifying it (administrators)"),
        description=translate(
            "cli.cmd_db",
            "Verify FILE (every page, the schema, the audit chain) and put it and its key file in "
            "place of the database. The file it replaces is kept as DB.replaced-<time>. Nobody may "
            "have the database open. You sign in to the database as an administrator (to the backup, "
            "through its key file, when the database is missing or too damaged to open); an "
            "encrypted backup is opened with your password in its own key file, as it was when the "
            "backup was made. The restore is recorded in the restored database and starts a new fork "
            "of its audit history.",
        ),
    )
    restore.add_argument("file", metavar="FILE", help=translate("cli.cmd_db", "the backup to restore"))
    restore.add_argument(
        "--backup-password-file",
        metavar="F",
        help=translate(
            "cli.cmd_db",
            "your password in the backup's key file, when it differs from today's (a file only you can read)",
        ),
    )
    restore.add_argument(
        "--recovery-key-file",
        metavar="F",
        help=translate("cli.cmd_db", "open the backup with its recovery key (printed at db init/rekey)"),
    )
    restore.set_defaults(handler=run_restore)

    check = commands.add_parser(
        "check",
        help=translate("cli.cmd_db", "check every page of the database"),
        description=translate(
            "cli.cmd_db",
            "Check every page's HMAC (encrypted files), SQLite's integrity and foreign keys, and the "
            "audit chain when available. Exits 1 when something is wrong.",
        ),
    )
    check.add_argument("--json", action="store_true", help=translate("cli.cmd_db", "print a JSON object"))
    check.set_defaults(handler=run_check)

    recover = commands.add_parser(
        "recover",
        help=translate("cli.cmd_db", "unlock with the recovery key and give an account a new key-slot password"),
        description=translate(
            "cli.cmd_db",
            "With the recovery key printed at 'db init' (or 'db encrypt', 'db rekey'), give --user a "
            "key slot under a new password. Their account password is then reset by an administrator "
            "to the same.",
        ),
    )
    recover.add_argument(
        "--recovery-key-file",
        metavar="F",
        required=True,
        help=translate("cli.cmd_db", "a file holding the recovery key"),
    )
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
    print(
        translate(
            "cli.cmd_db",
            "Recovery key (shown once; print it and lock it away, it unlocks the database if every password is lost):",
        )
    )
    print(translate("cli.cmd_db", "    {recovery}").format(recovery=recovery))


def run_encrypt(args: argparse.Namespace) -> int:
    target = database_target(args)
    if "://" in target:
        raise CommandError(
            translate("cli.cmd_db", "A server database is encrypted at rest by its server (ask for disk encryption).")
        )
    user = _user(args)
    password = _password(args, user)
    # Signed in first: an administrator's own account password becomes the first key slot; the
    # file must be a sound consular database at the current schema.
    opened = database_service.open_database(target, user, mode="open", upgrade=True, password=password)
    try:
        if opened.damage is not None:
            raise CommandError(opened.damage.message)
        if opened.ctx.actor.role != UserRole.ADMIN:
            raise CommandError(translate("cli.cmd_db", "Only an administrator may encrypt the database."))
    finally:
        opened.dispose()
    result = at_rest.encrypt_database(target, user, password)
    print(
        translate("cli.cmd_db", "{path} is now encrypted (SQLCipher 4); its key slots are in {name}.keys.").format(
            path=result.path, name=result.path.name
        )
    )
    _print_recovery(result.recovery_key)
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    opened = _open_unlocked(args)
    try:
        database = opened.database
        if database.key is None or database.path is None:
            raise CommandError(
                translate("cli.cmd_db", "{target} is not an encrypted file; 'consular db encrypt' encrypts it.").format(
                    target=opened.target
                )
            )
        key, path = database.key, database.path
    finally:
        opened.dispose()
    user = _user(args)
    recovery = at_rest.rekey_database(path, key, user, _password(args, user))
    print(
        translate(
            "cli.cmd_db",
            "{path} has a new key. Only {user}'s key slot was kept: the others unlock once their password is reset.",
        ).format(path=path, user=user)
    )
    _print_recovery(recovery)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        result = backup_service.backup(rt.ctx, args.output)
    finally:
        rt.opened.dispose()
    print(
        translate("cli.cmd_db", "Backed up {target} to {path} ({value:.1f} MB in {seconds:.1f} s).").format(
            target=rt.opened.target, path=result.path, value=result.size / 1e6, seconds=result.seconds
        )
    )
    print(
        translate("cli.cmd_db", "SHA-256 {sha256}; audit chain head {head}.").format(
            sha256=result.sha256, head=result.head
        )
    )
    if result.keys is not None:
        print(translate("cli.cmd_db", "Its key file is {keys}: keep the two together.").format(keys=result.keys))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    target = database_target(args)
    if "://" in target:
        raise CommandError(
            translate("cli.cmd_db", "Restore a server database with the server's own tools (pg_restore).")
        )
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(translate("cli.cmd_db", "There is no backup file '{source}'.").format(source=source))
    user = _user(args)
    password = _password(args, user)
    backup_password = read_password_file(args.backup_password_file) if args.backup_password_file else password
    recovery = None
    if args.recovery_key_file:
        recovery_file = Path(args.recovery_key_file).expanduser()
        if not recovery_file.is_file():
            raise CommandError(
                translate("cli.cmd_db", "There is no file {recovery_file}.").format(recovery_file=recovery_file)
            )
        recovery = recovery_file.read_text(encoding="utf-8")
    opened, key = _signed_in_for_restore(target, source, user, password, backup_password, recovery)
    try:
        result = backup_service.restore(opened.ctx, source, key, target=target)
    finally:
        opened.dispose()
    print(
        translate("cli.cmd_db", "Verified {source} and restored it to {restored}.").format(
            source=source, restored=result.restored
        )
    )
    if result.report.audit:
        print(translate("cli.cmd_db", "Audit trail: {audit}").format(audit=result.report.audit))
    print(
        translate(
            "cli.cmd_db",
            "The restore is recorded in it; its audit history forks at entry #{forked_at} (fork "
            "{fork}): anchors printed before the restore beyond that entry are reported as rolled "
            "back, not as rewritten.",
        ).format(forked_at=result.forked_at, fork=result.fork)
    )
    if result.replaced is not None:
        print(
            translate("cli.cmd_db", "The database it replaced is kept as {replaced}").format(replaced=result.replaced)
        )
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
            translate(
                "cli.cmd_db",
                "{target} cannot be opened to check that you are an administrator, and the plaintext "
                "backup has no key file to sign you in: copy the backup into place by hand.",
            ).format(target=target)
        )
    if recovery is not None:
        raise CommandError(
            translate(
                "cli.cmd_db",
                "{target} cannot be opened to check that you are an administrator: sign in with your "
                "password in the backup's key file (--backup-password-file), not the recovery key.",
            ).format(target=target)
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
        print(
            translate("cli.cmd_db", "{target}: every page checks out ({seconds:.1f} s).").format(
                target=report.target, seconds=report.seconds
            )
        )
        if report.audit:
            print(translate("cli.cmd_db", "Audit trail: {audit}").format(audit=report.audit))
    else:
        print(translate("cli.cmd_db", "{target} is damaged or has been tampered with:").format(target=report.target))
        for problem in report.problems[:20]:
            print(translate("cli.cmd_db", "  {problem}").format(problem=problem))
        latest = backup_service.latest_backup(Path(report.target))
        print(
            translate("cli.cmd_db", "Latest backup: {latest}").format(latest=latest)
            if latest
            else translate("cli.cmd_db", "No backup of it was found.")
        )
    return 0 if report.ok else 1


def run_recover(args: argparse.Namespace) -> int:
    target = database_target(args)
    user = _user(args)
    key_file = Path(args.recovery_key_file).expanduser()
    if not key_file.is_file():
        raise CommandError(translate("cli.cmd_db", "There is no file {key_file}.").format(key_file=key_file))
    password = _password(args, user)
    at_rest.recover_account(target, key_file.read_text(encoding="utf-8"), user, password)
    print(
        translate(
            "cli.cmd_db",
            "{user} can unlock {target} with the new password; an administrator now sets the same account password.",
        ).format(user=user, target=target)
    )
    return 0
