"""Family update letter…: from a next of kin's row in the People tab, the letter to them made
of the entries shareable with family (``services.family_letter.issue_letter``), written in the
background, then opened in the system's PDF viewer.

The dialog says which language the next of kin prefers; when there is no template in it, it
says so and offers English (or any template) instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from consular.domain.errors import UserError, ValidationError
from consular.gui import errors, ops
from consular.gui.times import DateField
from consular.gui.workspace.forms import FormDialog
from consular.services import family_letter
from consular.services.views import IssuedLetter, LetterOptions


def no_template_text(options: LetterOptions) -> str:
    return QCoreApplication.translate(
        "family_letter_dialog",
        "There is no letter template in {language}, {name}'s preferred language: "
        "the letter is offered in English. Choose another language below if the family reads it.",
    ).format(language=options.preferred_language, name=options.kin_name)


class FamilyLetterDialog(FormDialog):
    """Write the family update letter to one next of kin (``liaison_id``)."""

    def __init__(self, ctx, reference: str, liaison_id: int, name: str, parent: QWidget | None = None):
        super().__init__(
            self.tr("Family update letter — {name}").format(name=name),
            parent,
            icon_name="family",
            save_text=self.tr("Write letter"),
            intro=self.tr(
                "A dated letter from the post, made only of the entries marked shareable with family, in their "
                "family wording. Nothing restricted is ever included; the letter is checked before it is written."
            ),
        )
        self.ctx, self.reference, self.liaison_id = ctx, reference, liaison_id
        self.setMinimumWidth(620)
        self.options: LetterOptions | None = None
        self.issued: IssuedLetter | None = None
        self.language_note = QLabel(self.tr("Reading the next of kin's language…"))
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("Language of the letter"))
        self.add_field("", self.language_note)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.add_field(self.tr("Language"), self.language, "language")
        self.start = DateField(self.tr("Period start"), field="from")
        self.add_field(self.tr("From"), self.start, "from")
        self.end = DateField(self.tr("Period end"), field="to")
        self.add_field(self.tr("To"), self.end, "to")
        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("Entries in the letter"))
        self.count.setProperty("role", "muted")
        self.count.setWordWrap(True)
        self.add_field("", self.count)
        self.save_button.setEnabled(False)
        ops.query(self, lambda: family_letter.letter_options(ctx, reference, liaison_id), self._options_arrived)

    def _options_arrived(self, options: LetterOptions) -> None:
        self.options = options
        for code, name in options.languages:
            self.language.addItem(name, code)
        preferred = options.preferred_language or self.tr("not recorded")
        if options.language is None:
            self.language_note.setText(no_template_text(options))
            self.language.setCurrentIndex(self.language.findData("en"))
        else:
            self.language_note.setText(
                self.tr("{name}'s preferred language: {language}.").format(name=options.kin_name, language=preferred)
            )
            self.language.setCurrentIndex(max(0, self.language.findData(options.language)))
        self.start.set_value(options.start)
        self.end.set_value(options.end)
        self.count.setText(
            self.tr(
                "%n entry(ies) shareable with family in this period, about {name} or the whole case.",
                "",
                options.shareable,
            ).format(name=options.hostage_name)
        )
        self.save_button.setEnabled(True)

    def validate(self):
        problems = []
        for field in (self.start, self.end):
            try:
                field.value()
            except ValidationError as exc:
                problems.append(exc)
        return problems

    def prepare(self):
        ctx, ref, kin, options = self.ctx, self.reference, self.liaison_id, self.options
        language, start, end = self.language.currentData(), self.start.value(), self.end.value()
        target = family_letter.default_letter_path(ref, options.kin_name, language, ctx.now())
        return lambda: family_letter.issue_letter(ctx, ref, kin, target, language=language, start=start, end=end)

    def _done(self, result: IssuedLetter) -> None:
        self.issued = result
        super()._done(result)
        self.open_file(Path(result.path))

    def open_file(self, path: Path) -> None:
        """Show the letter in the system's PDF viewer (tests replace this)."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            errors.show_user_error(
                self,
                UserError(
                    self.tr("No program to show PDF files was found. The letter is at {path}.").format(path=path)
                ),
            )
