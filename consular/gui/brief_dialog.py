"""Case → Print brief… (Ctrl+P): choose the options, generate the PDF in the background, then
open it, save a copy elsewhere or send it to a printer.

The brief is written by ``services.briefs.issue_brief`` into the user's data folder (beside
the database, as protected as it is) and recorded there; "Save as…" copies that file.

Printing: PySide6-Essentials has QtPrintSupport (printer choice) but not QtPdf, so Qt cannot
draw an existing PDF onto a printer. "Print…" lets the user pick a printer and the number of
copies, then hands the file to the system's print service (CUPS ``lp`` on Linux and macOS;
the PDF viewer's print command on Windows, which prints to the default printer). Where
there is no print service the brief is opened instead, to be printed from the viewer, and
the dialog says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consular import i18n
from consular.domain.errors import UserError
from consular.domain.timeutil import utcnow
from consular.gui import errors, ops, settings
from consular.gui.times import DateField
from consular.services import briefs
from consular.services.context import ServiceContext

PAGE_SIZE = settings.Key("brief/page_size", str, "A4")


@dataclass(frozen=True)
class BriefOptions:
    since: date | None
    redact: bool
    include_restricted: bool
    draft: bool
    page_size: str
    mask_names: bool = False
    #: The language the brief is written in ("en", "fr", "hi").
    language: str = "en"


class PrintError(UserError):
    """The print service refused the job."""


def send_to_printer(path: Path, printer: str | None, copies: int = 1) -> str:
    """Hand a PDF to the system print service; returns what happened, in words.

    Raises PrintError when the service refuses the job, and FileNotFoundError when there is
    no print service at all (the caller then opens the file instead).
    """
    if sys.platform == "win32":  # pragma: no cover - Windows only
        for _ in range(max(1, copies)):
            os.startfile(str(path), "print")
        return QCoreApplication.translate("brief_dialog", "Sent to the default printer through your PDF viewer.")
    lp = shutil.which("lp")
    if lp is None:
        raise FileNotFoundError("lp")
    command = [lp, "-n", str(max(1, copies))]
    if printer:
        command += ["-d", printer]
    done = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        why = reason[-1] if reason else QCoreApplication.translate("brief_dialog", "no reason given")
        raise PrintError(
            QCoreApplication.translate("brief_dialog", "The printer refused the brief: {reason}.").format(reason=why)
        )
    # BriefDialog.tr, not QCoreApplication.translate: the form lupdate reads as a plural.
    if printer:
        return BriefDialog.tr("Sent to {printer} (%n copy/copies).", "", copies).format(printer=printer)
    return BriefDialog.tr("Sent to the default printer (%n copy/copies).", "", copies)


class BriefDialog(QDialog):
    """Options → background generation → Open / Save as… / Print…"""

    generated = Signal(object)  # briefs.BriefResult

    def __init__(self, ctx: ServiceContext, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference.strip().upper()
        self.result: briefs.BriefResult | None = None
        self._op: ops.Op | None = None
        self._closed = False  # background results arriving after close are dropped
        self._running = 0  # background operations started here and not yet finished
        self.setWindowTitle(self.tr("Print brief — {reference}").format(reference=self.reference))
        self.setAccessibleName(self.tr("Print status brief"))
        self.setObjectName("brief_dialog")

        intro = QLabel(
            self.tr(
                "A status brief of {reference} as a PDF: summary, nationals held, key "
                "developments, contacts, family liaison and open tasks. Each brief issued is recorded."
            ).format(reference=f"<b>{self.reference}</b>"),
            self,
        )
        intro.setWordWrap(True)

        # --- period ---
        period = QGroupBox(self.tr("Period covered"), self)
        self.since_previous = QRadioButton(self.tr("Since the previous brief (or the last 7 days)"), period)
        self.since_date_option = QRadioButton(self.tr("Since"), period)
        self.since_previous.setChecked(True)
        # Typed as YYYY-MM-DD like every date of the app: a day that does not exist, or one
        # after today, is refused with a message under it, never moved to another day.
        self.since_date = DateField(self.tr("Period start date"), period, field="since")
        self.today = ctx.now().astimezone(UTC).date()  # the demo and --as-of have their own today
        self.since_date.set_value(self.today - timedelta(days=7))
        self.since_date.setEnabled(False)
        self.since_date.setAccessibleName(self.tr("Period start date"))
        self.since_date_option.toggled.connect(self.since_date.setEnabled)
        self.since_error = QLabel(period)
        self.since_error.setObjectName("since_error")
        self.since_error.setProperty("role", "field-error")
        self.since_error.setWordWrap(True)
        self.since_error.setAccessibleName(self.tr("Period start date error"))
        self.since_error.hide()
        self.since_date.dateChanged.connect(lambda _day: self.since_error.hide())
        self.since_date_option.toggled.connect(lambda _on: self.since_error.hide())
        choice = QButtonGroup(self)
        choice.addButton(self.since_previous)
        choice.addButton(self.since_date_option)
        self.previous_label = QLabel(self.tr("Looking up the previous brief…"), period)
        self.previous_label.setObjectName("previous_brief")
        self.previous_label.setProperty("role", "hint")
        self.previous_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.since_date_option)
        row.addWidget(self.since_date)
        row.addStretch(1)
        period_layout = QVBoxLayout(period)
        period_layout.addWidget(self.since_previous)
        period_layout.addWidget(self.previous_label)
        period_layout.addLayout(row)
        period_layout.addWidget(self.since_error)

        # --- audience ---
        audience = QGroupBox(self.tr("Content"), self)
        self.redact = QCheckBox(self.tr("Redact for handing on"), audience)
        self.redact.setToolTip(
            self.tr(
                "Masks passport and other ID numbers, phone numbers, e-mail addresses, "
                "addresses and dates of birth, and leaves out restricted entries."
            )
        )
        self.mask_names = QCheckBox(self.tr("Mask names too"), audience)
        self.mask_names.setToolTip(
            self.tr(
                "Also masks the names of the case's people and their families, native script included. "
                "Only in a redacted brief."
            )
        )
        self.mask_names.setEnabled(False)
        self.include_restricted = QCheckBox(self.tr("Include restricted entries (case team only)"), audience)
        self.include_restricted.setToolTip(
            self.tr("Adds restricted contacts and milestones, marked RESTRICTED. Not possible in a redacted brief.")
        )
        self.redact.toggled.connect(self._audience_changed)
        self.include_restricted.toggled.connect(self._audience_changed)
        self.draft = QCheckBox(self.tr("Mark every page DRAFT"), audience)
        self.page_size = QComboBox(audience)
        self.page_size.addItems(list(briefs.PAGE_SIZES))  # i18n: paper size names (A4, Letter)
        self.page_size.setAccessibleName(self.tr("Page size"))
        # The brief's own language, whatever the session's: a brief for Delhi in Hindi from a
        # francophone post. Each language is named in itself, as a reader looks for it.
        self.language = QComboBox(audience)
        self.language.setObjectName("brief_language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.language.setAccessibleName(self.tr("Language of the brief"))
        saved = settings.get(PAGE_SIZE)
        self.page_size.setCurrentText(saved if saved in briefs.PAGE_SIZES else "A4")
        form = QFormLayout(audience)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        form.addRow(self.redact)
        form.addRow(self.mask_names)
        form.addRow(self.include_restricted)
        form.addRow(self.draft)
        form.addRow(self.tr("Page size"), self.page_size)
        form.addRow(self.tr("Language of the brief"), self.language)

        # --- result ---
        self.status = QLabel("", self)
        self.status.setObjectName("brief_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Brief status"))

        # --- checking a file ---
        self.verify_label = QLabel(
            self.tr("Was a PDF issued here? Drop it on this window, or use “Check a PDF…”."), self
        )
        self.verify_label.setObjectName("brief_verification")
        self.verify_label.setAccessibleName(self.tr("Brief file check"))
        self.verify_label.setProperty("role", "hint")
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.verification: briefs.BriefVerification | None = None
        self.setAcceptDrops(True)

        self.buttons = QDialogButtonBox(self)
        self.generate_button = self.buttons.addButton(self.tr("Generate"), QDialogButtonBox.AcceptRole)
        self.generate_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ActionRole)
        self.check_button = self.buttons.addButton(self.tr("Check a PDF…"), QDialogButtonBox.ActionRole)
        self.check_button.setToolTip(self.tr("Whether a PDF file is, byte for byte, a brief issued from this database"))
        self.check_button.setAutoDefault(False)
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.Close)
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(False)
        self.generate_button.clicked.connect(self.generate)
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        self.check_button.clicked.connect(self.check_pdf_dialog)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(period)
        layout.addWidget(audience)
        layout.addWidget(self.status)
        layout.addWidget(self.verify_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._look_up_previous()

    def _refit(self) -> None:
        # Labels filled in after the dialog was laid out (background results) need room.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def done(self, code: int) -> None:
        self._closed = True
        super().done(code)
        if self._running == 0:
            self.deleteLater()

    def _run(self, run, work, **kwargs) -> ops.Op:
        """Start a background operation (``run`` is ops.query or ops.write); the dialog is
        deleted only after the last one ends (its progress window is a child of the dialog)."""
        self._running += 1
        return run(self, work, on_finished=self._op_finished, **kwargs)

    def _op_finished(self) -> None:
        self._running -= 1
        if self._closed and self._running == 0:
            self.deleteLater()

    # --- options ---------------------------------------------------------------------

    def _audience_changed(self) -> None:
        # The two cannot go together (the service refuses it too): one disables the other.
        self.include_restricted.setEnabled(not self.redact.isChecked())
        self.redact.setEnabled(not self.include_restricted.isChecked())
        self.mask_names.setEnabled(self.redact.isChecked())
        if not self.redact.isChecked():
            self.mask_names.setChecked(False)

    def since_problem(self) -> str | None:
        """Why the "Since" date cannot be used (None when it can, or is not chosen)."""
        if not self.since_date_option.isChecked():
            return None
        problem = self.since_date.show_problem()
        if problem is None and self.since_date.value() > self.today:
            problem = self.tr("The period cannot start after today ({today}); check the date.").format(
                today=self.today.isoformat()
            )
        return problem

    def options(self) -> BriefOptions:
        since = self.since_date.value_or_none() if self.since_date_option.isChecked() else None
        return BriefOptions(
            since=since,
            redact=self.redact.isChecked(),
            include_restricted=self.include_restricted.isChecked(),
            draft=self.draft.isChecked(),
            page_size=self.page_size.currentText(),
            mask_names=self.redact.isChecked() and self.mask_names.isChecked(),
            language=self.language.currentData() or i18n.language(),
        )

    def _look_up_previous(self) -> None:
        ctx, reference = self.ctx, self.reference

        def work():
            return [b for b in briefs.list_briefs(ctx, reference, limit=20) if not b.draft][:1]

        def done(previous) -> None:
            if self._closed:
                return
            if previous:
                last = previous[0]
                self.previous_label.setText(
                    self.tr("Previous brief: {when} by {name} (content SHA-256 {hash}).").format(
                        when=_when(last.issued_at), name=last.issued_by, hash=last.short_hash
                    )
                )
            else:
                self.previous_label.setText(self.tr("No brief of this case has been issued yet: the last 7 days."))
            self._refit()

        def failed(exc) -> None:
            if not self._closed:
                self.previous_label.setText("")
            errors.show_error(None if self._closed else self, exc)

        self._run(ops.query, work, on_done=done, on_error=failed)

    # --- generating ------------------------------------------------------------------

    def generate(self) -> None:
        """Issue the brief; once one is issued here, "Generate again" issues a brief of exactly
        its period (with the options chosen now) that replaces it."""
        if self._op is not None:
            return
        problem = self.since_problem() if self.result is None else None
        if problem:
            self.since_error.setText(problem)
            self.since_error.show()
            self.status.setText(self.tr("The brief was not written: check the period."))
            self.since_date.setFocus()
            return
        chosen = self.options()
        settings.put(PAGE_SIZE, chosen.page_size)
        ctx, reference = self.ctx, self.reference
        target = briefs.default_brief_path(reference, utcnow())
        replaces = self.result.record_id if self.result is not None else None
        since = None if replaces is not None else chosen.since

        def work():
            return briefs.issue_brief(
                ctx,
                reference,
                target,
                since=since,
                redact=chosen.redact,
                include_restricted=chosen.include_restricted,
                draft=chosen.draft,
                page_size=chosen.page_size,
                replaces=replaces,
                mask_names=chosen.mask_names,
                language=chosen.language,
            )

        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the brief…"))
        self._op = self._run(
            ops.write,
            work,
            on_done=self._generated,
            on_error=self._failed,
            label=self.tr("Preparing the status brief…"),
        )

    def _generated(self, result: briefs.BriefResult) -> None:
        self._op = None
        self.result = result
        if self._closed:
            return
        flags = [
            f
            for f, on in (
                (self.tr("redacted"), result.redacted),
                (self.tr("includes restricted entries"), result.include_restricted),
                (self.tr("draft"), result.draft),
            )
            if on
        ]
        period = self.tr("{start} to {end}").format(start=_when(result.period_start), end=_when(result.period_end))
        if result.replaces_id:
            issued = self.tr(
                "Brief #{id} issued, replacing brief #{old}: %n page(s), {details}, covering {period}.",
                "",
                result.page_count,
            )
        else:
            issued = self.tr("Brief #{id} issued: %n page(s), {details}, covering {period}.", "", result.page_count)
        issued = issued.format(
            id=result.record_id,
            old=result.replaces_id,
            details=", ".join([result.page_size, *flags]),
            period=period,
        )
        footer = self.tr("Content SHA-256 {hash} (printed in the footer of every page).").format(hash=result.short_hash)
        self.status.setText(f"{issued} {footer}\n{result.path}")
        # What was issued, not what had been before the dialog opened; generating again
        # re-issues this brief's period, so the period choice no longer applies.
        self.previous_label.setText(
            self.tr("Brief #{id} issued {when} by {name}, covering {period}. Generate again keeps this period.").format(
                id=result.record_id, when=_when(self.ctx.clock.stamp()), name=self.ctx.actor.display_name, period=period
            )
        )
        for widget in (self.since_previous, self.since_date_option, self.since_date):
            widget.setEnabled(False)
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(True)
        self.generate_button.setEnabled(True)
        self.generate_button.setText(self.tr("Generate again"))
        self.generate_button.setToolTip(
            self.tr(
                "Issue brief #{id} again with the options chosen now: same period ({period}); "
                "the new brief records that it replaces this one"
            ).format(id=result.record_id, period=period)
        )
        self.open_button.setDefault(True)
        self._refit()
        self.generated.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        if self._closed:
            errors.show_error(None, exc)
            return
        self.generate_button.setEnabled(True)
        self.status.setText(
            self.tr("The brief was not written.")
            if isinstance(exc, UserError)
            else self.tr("The brief could not be written because of an unexpected problem.")
        )
        errors.show_error(self, exc)

    # --- checking a PDF --------------------------------------------------------------

    def ask_pdf_path(self) -> str:
        """The PDF to check ('' if the user cancels). Tests replace this."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Check a brief"), str(Path.home()), self.tr("PDF files (*.pdf);;All files (*)")
        )
        return path

    def check_pdf_dialog(self) -> None:
        path = self.ask_pdf_path()
        if path:
            self.check_pdf(Path(path))

    @staticmethod
    def _dropped_pdf(event) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_pdf(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        path = self._dropped_pdf(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.check_pdf(path)

    def check_pdf(self, path: Path) -> None:
        """Say whether ``path`` is, byte for byte, a brief issued from this database (when, by
        whom, for which case and period), in the background."""
        ctx = self.ctx
        self.verify_label.setText(self.tr("Checking {file}…").format(file=path.name))

        def done(answer: briefs.BriefVerification) -> None:
            if self._closed:
                return
            self.verification = answer
            self.verify_label.setText(answer.message)
            self.verify_label.setProperty("role", None)
            self.verify_label.setProperty("overdue", not answer.issued)
            self.verify_label.style().unpolish(self.verify_label)
            self.verify_label.style().polish(self.verify_label)
            self._refit()

        def failed(exc) -> None:
            if not self._closed:
                self.verify_label.setText(self.tr("{file} could not be checked.").format(file=path.name))
            errors.show_error(None if self._closed else self, exc)

        self._run(ops.query, lambda: briefs.verify_brief_file(ctx, path), on_done=done, on_error=failed)

    # --- after generating ------------------------------------------------------------

    def open_pdf(self) -> None:
        if self.result is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path))):
            errors.show_user_error(
                self,
                UserError(
                    self.tr("No program to show PDF files was found. The brief is at {path}.").format(
                        path=self.result.path
                    )
                ),
            )

    def ask_save_path(self) -> str:
        """The file to copy the brief to ('' if the user cancels). Tests replace this."""
        start = str(Path.home() / self.result.path.name)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save brief as"), start, self.tr("PDF files (*.pdf)"))
        return path

    def save_as(self) -> None:
        if self.result is None:
            return
        path = self.ask_save_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        source = self.result.path
        cannot_save = self.tr("Cannot save the brief to {path}: {reason}.")
        saved_to = self.tr("Copy saved to {path}")

        def work():
            target = Path(path)
            temp = target.with_name(f".{target.name}.part")
            try:
                shutil.copyfile(source, temp)
                os.replace(temp, target)
            except OSError as exc:
                temp.unlink(missing_ok=True)
                raise UserError(cannot_save.format(path=target, reason=exc.strerror or exc)) from None
            return target

        def saved(target: Path) -> None:
            if not self._closed:
                self.status.setText(f"{self.status.text()}\n{saved_to.format(path=target)}")

        self._run(ops.write, work, on_done=saved)

    def choose_printer(self) -> tuple[str | None, int] | None:
        """Printer name and copies from the system print dialog (None: cancelled). Tests
        replace this."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print brief {reference}").format(reference=self.reference))
        if dialog.exec() != QDialog.Accepted:
            return None
        return printer.printerName() or None, max(1, printer.copyCount())

    def print_pdf(self) -> None:
        if self.result is None:
            return
        chosen = self.choose_printer()
        if chosen is None:
            return
        printer, copies = chosen
        path = self.result.path

        def work():
            try:
                return send_to_printer(path, printer, copies)
            except FileNotFoundError:
                return None

        def done(message: str | None) -> None:
            if self._closed:
                return
            if message is None:
                no_service = self.tr(
                    "No print service was found on this computer: "
                    "the brief is opened in your PDF viewer; print it from there."
                )
                self.status.setText(f"{self.status.text()}\n{no_service}")
                self.open_pdf()
            else:
                self.status.setText(f"{self.status.text()}\n{message}")

        self._run(ops.write, work, on_done=done, label=self.tr("Sending the brief to the printer…"))


def _when(moment) -> str:
    """A moment as the brief dialog states it: '25 Jul 2025 14:30 UTC' (month in the language
    of the session, through Qt's locale)."""
    from PySide6.QtCore import QDateTime, QLocale, QTimeZone

    utc = moment.astimezone(UTC)
    stamp = QDateTime(utc.date(), utc.time().replace(microsecond=0), QTimeZone.utc())
    return QCoreApplication.translate("brief_dialog", "{when} UTC").format(
        when=QLocale().toString(stamp, "dd MMM yyyy HH:mm")
    )


def open_brief_dialog(parent: QWidget | None, ctx: ServiceContext, reference: str) -> BriefDialog:
    """Show the Print brief dialog for ``reference`` (window-modal; it deletes itself once
    closed and its background work has finished)."""
    dialog = BriefDialog(ctx, reference, parent)
    dialog.open()
    return dialog


__all__ = ["BriefDialog", "BriefOptions", "PrintError", "open_brief_dialog", "send_to_printer"]
