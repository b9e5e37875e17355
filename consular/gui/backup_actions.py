"""File › Back up now…, File › Restore… and the daily automatic backup, through
:mod:`consular.services.backup` (which checks the role and writes the audit entry), always in
the background (``ops``) with progress.

- Back up now (supervisors and administrators): SQLite's online backup to a file the user
  picks (default ``<name>.<time>.bak`` beside the database), encrypted like the database, its
  ``.keys`` file beside it.
- Restore (administrators): a backup encrypted under the open database's key is opened with
  it; one made under another key (another database's slots, or before ``db rekey``) asks for
  the password it had then, or its recovery key (:class:`BackupPasswordDialog`). The backup is
  then verified (every page, the schema, the audit chain) and the window says what was found
  and what a restore will do; only a verified backup, and only once the user agrees, is put in
  place. The open database is closed, the backup put in place (the replaced file is kept), the
  restore recorded in it, and the database reopened.
- Daily: at the first open of the day, after the window shows, ``<stem>-<YYYYMMDD>.db`` in
  the backups folder, as whoever signed in, keeping the newest ``settings.DAILY_BACKUPS_KEPT``
  (default 7).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from consular.domain.errors import UserError
from consular.gui import ops, settings
from consular.gui.database_dialogs import BackupPasswordDialog, notify
from consular.gui.text import size_text
from consular.services import permissions

if TYPE_CHECKING:
    from consular.services import backup

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def back_up_now(window, path: str | Path | None = None) -> ops.Op | None:
    """Back the open database up to ``path`` (asked for when None)."""
    from consular.services import backup

    ctx = window.ctx
    if ctx is None:
        return None
    database = ctx.database
    if database.path is None:
        notify(
            window,
            translate("backup_actions", "Back up"),
            translate("backup_actions", "A server database is backed up with the server's own tools (pg_dump)."),
            warning=True,
        )
        return None
    if not permissions.can(ctx, "backup.backup"):
        notify(
            window,
            translate("backup_actions", "Back up"),
            translate(
                "backup_actions",
                "Only supervisors and administrators back the database up to a file: a backup holds every case and "
                "keeps today's key slots. The daily backup is made for you in this computer's backups folder.",
            ),
            warning=True,
        )
        return None
    if path is None:
        suggested = str(backup.default_backup_name(database.path))
        path, _filter = QFileDialog.getSaveFileName(
            window, translate("backup_actions", "Back up the database to"), suggested
        )
        if not path:
            return None

    def done(result: backup.BackupResult) -> None:
        made = translate("backup_actions", "Backed up to {path} ({size}, {seconds} s).").format(
            path=result.path, size=size_text(result.size), seconds=QLocale().toString(result.seconds, "f", 1)
        )
        if result.keys is not None:
            made += "\n" + translate("backup_actions", "Its key file: {path}").format(path=result.keys)
        window.statusBar().showMessage(
            translate("backup_actions", "Backed up to {path}").format(path=result.path), 8000
        )
        notify(
            window,
            translate("backup_actions", "Backup made"),
            made
            + "\n"
            + translate("backup_actions", "SHA-256 {digest}…; audit chain head {head}.").format(
                digest=result.sha256[:16], head=result.head
            ),
        )

    return ops.write(
        window,
        lambda: backup.backup(ctx, path),
        on_done=done,
        label=translate("backup_actions", "Backing up the database…"),
    )


def _found_text(report: backup.CheckReport) -> str:
    if report.ok:
        seconds = QLocale().toString(report.seconds, "f", 1)
        text = translate("backup_actions", "Every page and the schema check out ({seconds} s).").format(seconds=seconds)
        if report.audit:
            text += " " + translate("backup_actions", "Audit trail: {audit}.").format(audit=report.audit)
        return text
    shown = "\n".join(f"• {p}" for p in report.problems[:8])
    if len(report.problems) > 8:
        shown += "\n" + _more_problems(len(report.problems) - 8)
    return translate("backup_actions", "It did not verify, so it cannot be restored:\n{problems}").format(
        problems=shown
    )


class BackupText(QObject):
    """The plural messages of this module (Qt extracts plurals from ``tr`` only)."""

    def more_problems(self, n: int) -> str:
        return self.tr("… and %n more", "", n)


def _more_problems(n: int) -> str:
    return BackupText().more_problems(n)


def restore(window, path: str | Path | None = None, *, confirm: bool = True) -> ops.Op | None:
    """Unlock the backup at ``path`` (asked for when None), verify it, say what was found and
    what a restore does, then (after the user agrees, unless ``confirm`` is False) put it in
    place of the open database."""
    from consular.services import at_rest, backup

    ctx = window.ctx
    if ctx is None or ctx.database.path is None:
        notify(
            window,
            translate("backup_actions", "Restore"),
            translate("backup_actions", "Restore works on a SQLite database file; open one first."),
            warning=True,
        )
        return None
    if not permissions.can(ctx, "backup.restore"):
        notify(
            window,
            translate("backup_actions", "Restore"),
            translate(
                "backup_actions", "Only an administrator may restore a backup: it replaces every case for everyone."
            ),
            warning=True,
        )
        return None
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window,
            translate("backup_actions", "Restore from backup"),
            str(backup.backups_dir()),
            translate("backup_actions", "Backups (*.bak *.db);;All files (*)"),
        )
        if not path:
            return None
    source = Path(path)
    if not source.is_file():
        notify(
            window,
            translate("backup_actions", "Restore"),
            translate("backup_actions", "There is no backup file '{path}'.").format(path=source),
            warning=True,
        )
        return None
    current_key = ctx.database.key
    if not at_rest.is_encrypted_file(source) or backup.opens_with(source, current_key):
        return _verify(window, ctx, source, None if not at_rest.is_encrypted_file(source) else current_key, confirm)
    _ask_backup_password(window, ctx, source, confirm)
    return None


def _ask_backup_password(window, ctx, source: Path, confirm: bool) -> None:
    from consular.services import backup

    dialog = BackupPasswordDialog(source.name, ctx.actor.username, window)
    window.backup_password_dialog = dialog

    def attempt(password: str, recovery: str) -> None:
        def unlocked(key: bytes | None) -> None:
            dialog.accept()
            _verify(window, ctx, source, key, confirm, other_key=True)

        def refused(exc: BaseException) -> None:
            dialog.refused(exc.message if isinstance(exc, UserError) else str(exc))

        ops.query(
            dialog,
            lambda: backup.backup_key(source, ctx.actor.username, password or None, recovery_key=recovery or None),
            on_done=unlocked,
            on_error=refused,
            label=translate("backup_actions", "Unlocking the backup…"),
        )

    dialog.submitted.connect(attempt)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()


def _verify(window, ctx, source: Path, key: bytes | None, confirm: bool, *, other_key: bool = False) -> ops.Op:
    from consular.services import backup

    target = ctx.database.path

    def verified(report: backup.CheckReport) -> None:
        window.last_restore_report = report
        if not report.ok:
            notify(
                window,
                translate("backup_actions", "Backup did not verify"),
                f"{source.name}: {_found_text(report)}",
                warning=True,
            )
            return
        if not confirm:
            _put_in_place(window, ctx, source, key)
            return
        box = QMessageBox(
            QMessageBox.Question,
            translate("backup_actions", "Restore this backup?"),
            restore_question(source, target, report, other_key=other_key),
            QMessageBox.Yes | QMessageBox.No,
            window,
        )
        box.setDefaultButton(QMessageBox.No)
        box.setAccessibleName(translate("backup_actions", "Restore this backup?"))
        window.restore_question = box

        def answered(_result: int) -> None:
            window.restore_question = None
            if box.standardButton(box.clickedButton()) == QMessageBox.Yes:
                _put_in_place(window, ctx, source, key)

        box.finished.connect(answered)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    return ops.query(
        window,
        lambda: backup.verify_backup(source, key, username=ctx.actor.username),
        on_done=verified,
        label=translate("backup_actions", "Verifying the backup…"),
    )


def restore_question(source: Path, target: Path, report: backup.CheckReport, *, other_key: bool) -> str:
    """What the user is asked before a verified backup replaces the open database."""
    head = f"#{report.head.seq}" if report.head is not None else translate("backup_actions", "its last entry")
    lines = [
        f"{source.name}: {_found_text(report)}",
        "",
        translate("backup_actions", "If you restore it:"),
        translate(
            "backup_actions",
            "• The open database '{name}' is closed and replaced by this backup. The current file is kept "
            "beside it as '{name}.replaced-…', with its key file.",
        ).format(name=target.name),
        translate(
            "backup_actions",
            "• Whatever was written after the backup was made (its audit trail ends at entry {head}) is no longer "
            "in the database. The restore is recorded in it, and anchors printed since are reported as rolled back.",
        ).format(head=head),
    ]
    if other_key:
        lines.append(
            translate(
                "backup_actions",
                "• The backup keeps its own key file: afterwards the database opens with the passwords it had "
                "then, not today's.",
            )
        )
    lines += ["", translate("backup_actions", "Replace the open database with this backup?")]
    return "\n".join(lines)


def _put_in_place(window, ctx, source: Path, key: bytes | None) -> None:
    from consular.services import backup

    if not window.settle_case_tabs():  # a case with unsaved edits was kept open
        return
    target = ctx.database.path
    user = ctx.actor.username
    owned = getattr(window, "_owned", None)
    window.set_context(None)  # the tabs close; nobody holds the file any more
    if owned is not None:
        owned.dispose()
        window._owned = None
    window.user = window.user or user

    def done(result: backup.RestoreResult) -> None:
        text = translate("backup_actions", "Restored {backup} to {path}.").format(
            backup=source.name, path=result.restored
        )
        if result.replaced:
            text += " " + translate("backup_actions", "The replaced file is kept as {path}.").format(
                path=result.replaced
            )
        text += " " + translate(
            "backup_actions",
            "The restore is recorded in its audit trail (history forked after entry #{entry}).",
        ).format(entry=result.forked_at)
        notify(window, translate("backup_actions", "Backup restored"), text)
        window.last_restore_result = result
        window.open_target(str(result.restored), remember=False)

    def failed(exc: BaseException) -> None:
        text = exc.message if isinstance(exc, UserError) else str(exc)
        notify(
            window,
            translate("backup_actions", "Restore failed"),
            translate("backup_actions", "{reason}\n\nThe database was not replaced; it is opened again.").format(
                reason=text
            ),
            warning=True,
        )
        window.open_target(str(target), remember=False)

    ops.write(
        window,
        lambda: backup.restore(ctx, source, key),
        on_done=done,
        on_error=failed,
        label=translate("backup_actions", "Restoring…"),
    )


def run_daily_backup(window) -> ops.Op | None:
    """The daily backup of the open database, in the background; quiet unless it fails."""
    from consular.services import backup

    ctx = window.ctx
    if ctx is None or ctx.database.path is None or ctx.database.read_only_reason:
        return None
    keep = max(1, settings.get(settings.DAILY_BACKUPS_KEPT))

    def done(result: backup.BackupResult | None) -> None:
        window.last_daily_backup = result
        if result is not None:
            log.info("Daily backup written: %s (%d bytes)", result.path, result.size)
            window.statusBar().showMessage(
                translate("backup_actions", "Daily backup made: {name}").format(name=result.path.name), 8000
            )

    def failed(exc: BaseException) -> None:
        log.warning("Daily backup failed: %s", exc)
        notify(
            window,
            translate("backup_actions", "Daily backup failed"),
            translate("backup_actions", "The daily backup could not be made: {reason}").format(reason=exc),
            warning=True,
        )

    return ops.write(window, lambda: backup.daily_backup(ctx, keep=keep), on_done=done, on_error=failed)


def install(window) -> None:
    """Run the daily backup each time a database opens (it does nothing if today's exists)."""
    window.last_daily_backup = None
    window.last_restore_report = None
    window.last_restore_result = None
    window.restore_question = None
    window.backup_password_dialog = None
    window.database_opened.connect(lambda _target: run_daily_backup(window))


__all__ = ["back_up_now", "install", "restore", "restore_question", "run_daily_backup"]
