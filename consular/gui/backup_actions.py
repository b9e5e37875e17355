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

from PySide6.QtWidgets import QFileDialog, QMessageBox

from consular.domain.errors import UserError
from consular.gui import ops, settings
from consular.gui.database_dialogs import BackupPasswordDialog, notify
from consular.gui.text import size_text
from consular.services import at_rest, backup, permissions

log = logging.getLogger(__name__)


def back_up_now(window, path: str | Path | None = None) -> ops.Op | None:
    """Back the open database up to ``path`` (asked for when None)."""
    ctx = window.ctx
    if ctx is None:
        return None
    database = ctx.database
    if database.path is None:
        notify(window, "Back up", "A server database is backed up with the server's own tools (pg_dump).", warning=True)
        return None
    if not permissions.can(ctx, "backup.backup"):
        notify(
            window,
            "Back up",
            "Only supervisors and administrators back the database up to a file: a backup holds every case and "
            "keeps today's key slots. The daily backup is made for you in this computer's backups folder.",
            warning=True,
        )
        return None
    if path is None:
        suggested = str(backup.default_backup_name(database.path))
        path, _filter = QFileDialog.getSaveFileName(window, "Back up the database to", suggested)
        if not path:
            return None

    def done(result: backup.BackupResult) -> None:
        keys = f"\nIts key file: {result.keys}" if result.keys is not None else ""
        window.statusBar().showMessage(f"Backed up to {result.path}", 8000)
        notify(
            window,
            "Backup made",
            f"Backed up to {result.path} ({size_text(result.size)}, {result.seconds:.1f} s).{keys}\n"
            f"SHA-256 {result.sha256[:16]}…; audit chain head {result.head}.",
        )

    return ops.write(window, lambda: backup.backup(ctx, path), on_done=done, label="Backing up the database…")


def _found_text(report: backup.CheckReport) -> str:
    if report.ok:
        audit = f" Audit trail: {report.audit}." if report.audit else ""
        return f"Every page and the schema check out ({report.seconds:.1f} s).{audit}"
    shown = "\n".join(f"• {p}" for p in report.problems[:8])
    more = f"\n… and {len(report.problems) - 8} more" if len(report.problems) > 8 else ""
    return f"It did not verify, so it cannot be restored:\n{shown}{more}"


def restore(window, path: str | Path | None = None, *, confirm: bool = True) -> ops.Op | None:
    """Unlock the backup at ``path`` (asked for when None), verify it, say what was found and
    what a restore does, then (after the user agrees, unless ``confirm`` is False) put it in
    place of the open database."""
    ctx = window.ctx
    if ctx is None or ctx.database.path is None:
        notify(window, "Restore", "Restore works on a SQLite database file; open one first.", warning=True)
        return None
    if not permissions.can(ctx, "backup.restore"):
        notify(
            window,
            "Restore",
            "Only an administrator may restore a backup: it replaces every case for everyone.",
            warning=True,
        )
        return None
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window, "Restore from backup", str(backup.backups_dir()), "Backups (*.bak *.db);;All files (*)"
        )
        if not path:
            return None
    source = Path(path)
    if not source.is_file():
        notify(window, "Restore", f"There is no backup file '{source}'.", warning=True)
        return None
    current_key = ctx.database.key
    if not at_rest.is_encrypted_file(source) or backup.opens_with(source, current_key):
        return _verify(window, ctx, source, None if not at_rest.is_encrypted_file(source) else current_key, confirm)
    _ask_backup_password(window, ctx, source, confirm)
    return None


def _ask_backup_password(window, ctx, source: Path, confirm: bool) -> None:
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
            label="Unlocking the backup…",
        )

    dialog.submitted.connect(attempt)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()


def _verify(window, ctx, source: Path, key: bytes | None, confirm: bool, *, other_key: bool = False) -> ops.Op:
    target = ctx.database.path

    def verified(report: backup.CheckReport) -> None:
        window.last_restore_report = report
        if not report.ok:
            notify(window, "Backup did not verify", f"{source.name}: {_found_text(report)}", warning=True)
            return
        if not confirm:
            _put_in_place(window, ctx, source, key)
            return
        box = QMessageBox(
            QMessageBox.Question,
            "Restore this backup?",
            restore_question(source, target, report, other_key=other_key),
            QMessageBox.Yes | QMessageBox.No,
            window,
        )
        box.setDefaultButton(QMessageBox.No)
        box.setAccessibleName("Restore this backup?")
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
        label="Verifying the backup…",
    )


def restore_question(source: Path, target: Path, report: backup.CheckReport, *, other_key: bool) -> str:
    """What the user is asked before a verified backup replaces the open database."""
    head = f"#{report.head.seq}" if report.head is not None else "its last entry"
    lines = [
        f"{source.name}: {_found_text(report)}",
        "",
        "If you restore it:",
        f"• The open database '{target.name}' is closed and replaced by this backup. The current file is kept "
        f"beside it as '{target.name}.replaced-…', with its key file.",
        f"• Whatever was written after the backup was made (its audit trail ends at entry {head}) is no longer in "
        "the database. The restore is recorded in it, and anchors printed since are reported as rolled back.",
    ]
    if other_key:
        lines.append(
            "• The backup keeps its own key file: afterwards the database opens with the passwords it had then, "
            "not today's."
        )
    lines += ["", "Replace the open database with this backup?"]
    return "\n".join(lines)


def _put_in_place(window, ctx, source: Path, key: bytes | None) -> None:
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
        kept = f" The replaced file is kept as {result.replaced}." if result.replaced else ""
        notify(
            window,
            "Backup restored",
            f"Restored {source.name} to {result.restored}.{kept} The restore is recorded in its audit trail "
            f"(history forked after entry #{result.forked_at}).",
        )
        window.last_restore_result = result
        window.open_target(str(result.restored), remember=False)

    def failed(exc: BaseException) -> None:
        text = exc.message if isinstance(exc, UserError) else str(exc)
        notify(window, "Restore failed", f"{text}\n\nThe database was not replaced; it is opened again.", warning=True)
        window.open_target(str(target), remember=False)

    ops.write(window, lambda: backup.restore(ctx, source, key), on_done=done, on_error=failed, label="Restoring…")


def run_daily_backup(window) -> ops.Op | None:
    """The daily backup of the open database, in the background; quiet unless it fails."""
    ctx = window.ctx
    if ctx is None or ctx.database.path is None or ctx.database.read_only_reason:
        return None
    keep = max(1, settings.get(settings.DAILY_BACKUPS_KEPT))

    def done(result: backup.BackupResult | None) -> None:
        window.last_daily_backup = result
        if result is not None:
            log.info("Daily backup written: %s (%d bytes)", result.path, result.size)
            window.statusBar().showMessage(f"Daily backup made: {result.path.name}", 8000)

    def failed(exc: BaseException) -> None:
        log.warning("Daily backup failed: %s", exc)
        notify(window, "Daily backup failed", f"The daily backup could not be made: {exc}", warning=True)

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
