"""File › Back up now…, File › Restore… and the daily automatic backup, through
:mod:`consular.services.backup`, always in the background (``ops``) with progress.

- Back up now: SQLite's online backup to a file the user picks (default ``<name>.<time>.bak``
  beside the database), encrypted like the database, its ``.keys`` file beside it.
- Restore: the backup is verified first (every page, the schema, the audit chain) with the
  open database's key (a backup of this database is encrypted under the same key) and the
  dialog says what was found; only a verified backup can be put in place. The open database
  is closed, the backup put in place (the replaced file is kept) and the database reopened.
- Daily: at the first open of the day, after the window shows, ``<stem>-<YYYYMMDD>.db`` in
  the backups folder, keeping the newest ``settings.DAILY_BACKUPS_KEPT`` (default 7).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from consular.gui import errors, ops, settings
from consular.gui.database_dialogs import notify
from consular.gui.text import size_text
from consular.services import backup

log = logging.getLogger(__name__)


def _database(window):
    ctx = window.ctx
    return ctx.database if ctx is not None else None


def back_up_now(window, path: str | Path | None = None) -> ops.Op | None:
    """Back the open database up to ``path`` (asked for when None)."""
    database = _database(window)
    if database is None:
        return None
    if database.path is None:
        notify(window, "Back up", "A server database is backed up with the server's own tools (pg_dump).", warning=True)
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
            f"Backed up to {result.path} ({size_text(result.size)}, {result.seconds:.1f} s).{keys}",
        )

    return ops.write(window, lambda: backup.backup(database, path), on_done=done, label="Backing up the database…")


def _found_text(report: backup.CheckReport) -> str:
    if report.ok:
        audit = f" Audit trail: {report.audit}." if report.audit else ""
        return f"Every page and the schema check out ({report.seconds:.1f} s).{audit}"
    shown = "\n".join(f"• {p}" for p in report.problems[:8])
    more = f"\n… and {len(report.problems) - 8} more" if len(report.problems) > 8 else ""
    return f"It did not verify, so it cannot be restored:\n{shown}{more}"


def restore(window, path: str | Path | None = None, *, confirm: bool = True) -> ops.Op | None:
    """Verify the backup at ``path`` (asked for when None), say what was found, then (after the
    user agrees, unless ``confirm`` is False) put it in place of the open database."""
    database = _database(window)
    if database is None or database.path is None:
        notify(window, "Restore", "Restore works on a SQLite database file; open one first.", warning=True)
        return None
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window, "Restore from backup", str(backup.backups_dir()), "Backups (*.bak *.db);;All files (*)"
        )
        if not path:
            return None
    source, target, key = Path(path), database.path, database.key

    def verified(report: backup.CheckReport) -> None:
        window.last_restore_report = report
        if not report.ok:
            notify(window, "Backup did not verify", f"{source.name}: {_found_text(report)}", warning=True)
            return
        question = (
            f"{source.name}: {_found_text(report)}\n\nReplace the open database with it? "
            f"The current file is kept beside it as '{target.name}.replaced-…'."
        )
        if confirm and not errors.non_blocking:
            answer = QMessageBox.question(window, "Restore this backup?", question)
            if answer != QMessageBox.Yes:
                return
        _put_in_place(window, source, target, key)

    return ops.query(window, lambda: backup.verify_backup(source, key), on_done=verified, label="Verifying the backup…")


def _put_in_place(window, source: Path, target: Path, key: bytes | None) -> None:
    if not window.settle_case_tabs():  # a case with unsaved edits was kept open
        return
    user = window.ctx.actor.username if window.ctx is not None else None
    owned = getattr(window, "_owned", None)
    window.set_context(None)  # the tabs close; nobody holds the file any more
    if owned is not None:
        owned.dispose()
        window._owned = None

    def done(result: backup.RestoreResult) -> None:
        kept = f" The replaced file is kept as {result.replaced}." if result.replaced else ""
        notify(window, "Backup restored", f"Restored {source.name} to {result.restored}.{kept}")
        window.user = window.user or user
        window.open_target(str(result.restored), remember=False)

    ops.write(window, lambda: backup.restore(source, target, key), on_done=done, label="Restoring the backup…")


def run_daily_backup(window) -> ops.Op | None:
    """The daily backup of the open database, in the background; quiet unless it fails."""
    database = _database(window)
    if database is None or database.path is None or database.read_only_reason:
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

    return ops.write(window, lambda: backup.daily_backup(database, keep=keep), on_done=done, on_error=failed)


def install(window) -> None:
    """Run the daily backup each time a database opens (it does nothing if today's exists)."""
    window.last_daily_backup = None
    window.last_restore_report = None
    window.database_opened.connect(lambda _target: run_daily_backup(window))


__all__ = ["back_up_now", "install", "restore", "run_daily_backup"]
