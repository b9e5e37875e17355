"""The Merge dialog: two people (or two counterparts) side by side, a choice per field, and
what links each has; Merge moves every link to the record kept (``services.merge``).

The choices live in :class:`MergeChoices`, a Qt-free object tests can drive without ``qtbot``;
the dialog shows it. Reading the two records and merging run in the background (``ops``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consular.gui import ops
from consular.gui.text import bold_html, html_escape
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import merge
from consular.services.merge import MergePreview

# What a link count names, in words (table.column -> label); others show the table's name.
LINK_LABELS = {
    "case_participants.person_id": QT_TRANSLATE_NOOP("merge_dialog", "cases taken part in"),
    "person_identifiers.person_id": QT_TRANSLATE_NOOP("merge_dialog", "identifiers"),
    "family_liaisons.kin_person_id": QT_TRANSLATE_NOOP("merge_dialog", "next-of-kin relations (as the relative)"),
    "family_liaisons.hostage_person_id": QT_TRANSLATE_NOOP("merge_dialog", "next-of-kin relations (as the national)"),
    "counterparts.person_id": QT_TRANSLATE_NOOP("merge_dialog", "counterpart records"),
    "milestones.hostage_person_id": QT_TRANSLATE_NOOP("merge_dialog", "milestones"),
    "demands.hostage_person_id": QT_TRANSLATE_NOOP("merge_dialog", "demands"),
    "pol_questions.hostage_person_id": QT_TRANSLATE_NOOP("merge_dialog", "proof-of-life questions"),
    "pol_questions.agreed_with_person_id": QT_TRANSLATE_NOOP("merge_dialog", "questions agreed"),
    "persons.merged_into_id": QT_TRANSLATE_NOOP("merge_dialog", "records merged into it before"),
    "counterparts.merged_into_id": QT_TRANSLATE_NOOP("merge_dialog", "records merged into it before"),
    "case_counterparts.counterpart_id": QT_TRANSLATE_NOOP("merge_dialog", "cases"),
    "contact_counterparts.counterpart_id": QT_TRANSLATE_NOOP("merge_dialog", "contacts"),
    "family_liaisons.counterpart_id": QT_TRANSLATE_NOOP("merge_dialog", "next-of-kin relations"),
    "demands.via_counterpart_id": QT_TRANSLATE_NOOP("merge_dialog", "demands passed on"),
    "counterpart_vetting.counterpart_id": QT_TRANSLATE_NOOP("merge_dialog", "vetting decisions"),
}


SHORT = 60
translate = QCoreApplication.translate


def _short(value: str) -> str:
    """A value on one line, at most :data:`SHORT` characters ("—" when empty)."""
    line = " ".join((value or "").split())
    if not line:
        return "—"
    return line if len(line) <= SHORT else line[: SHORT - 1].rstrip() + "…"


class MergeChoices:
    """Which side each field is taken from; starts from the service's proposal."""

    def __init__(self, preview: MergePreview):
        self.preview = preview
        self.side = {f.name: f.default for f in preview.fields}

    def choose(self, field: str, side: str) -> None:
        if side not in ("a", "b") or field not in self.side:
            raise ValueError(f"{field}={side}")
        self.side[field] = side

    def take(self) -> dict[str, str]:
        """The choices to send: every field whose side differs from the service's default."""
        return {f.name: self.side[f.name] for f in self.preview.fields if self.side[f.name] != f.default}

    def value(self, field: str) -> str:
        f = next(f for f in self.preview.fields if f.name == field)
        return f.a if self.side[field] == "a" else f.b

    def summary(self) -> str:
        from_b = [f.label.lower() for f in self.preview.fields if self.side[f.name] == "b" and f.a != f.b]
        values = {"a_id": self.preview.a_id, "a_name": self.preview.a_name, "b_id": self.preview.b_id}
        if from_b:
            return translate("merge_dialog", "#{a_id} {a_name} is kept, taking {fields} from #{b_id}.").format(
                fields=", ".join(from_b), **values
            )
        return translate("merge_dialog", "#{a_id} {a_name} is kept.").format(**values)


class MergeDialog(QDialog):
    """Merge record B into record A after choosing, per field, which value to keep."""

    merged = Signal(object)  # the MergeResult

    def __init__(self, ctx, entity: str, a_id: int, b_id: int, parent=None):
        super().__init__(parent)
        self.ctx, self.entity, self.a_id, self.b_id = ctx, entity, a_id, b_id
        self.choices: MergeChoices | None = None
        self.radios: dict[tuple[str, str], QRadioButton] = {}
        self.setWindowTitle(self.tr("Merge two people") if entity == "person" else self.tr("Merge two counterparts"))
        self.setObjectName("merge_dialog")
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(
            min(1000, screen.width() - 40) if screen else 1000, min(680, screen.height() - 60) if screen else 680
        )
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Reading both records…"))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("What the merge does"))
        layout.addWidget(self.intro)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # Long values are shortened (whole in the tooltip): A and B stay side by side.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.scroll.setWidget(self.grid_host)
        layout.addWidget(self.scroll, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Merge summary"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.AcceptRole)
        self.merge_button.setEnabled(False)
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load_op = ops.query(
            self, lambda: merge.preview_merge(ctx, entity, a_id, b_id), self.show_preview, self._not_loaded
        )

    def _not_loaded(self, exc: BaseException) -> None:
        self.intro.setText(self.tr("The two records could not be read: {reason}").format(reason=exc))

    def show_preview(self, preview: MergePreview) -> None:
        self.choices = MergeChoices(preview)
        if preview.entity == "person":
            intro = self.tr(
                "<b>#{b_id} {b_name}</b> will be merged into <b>#{a_id} {a_name}</b>. Choose, per field, the value "
                "the person kept will have; every link to B moves to A, and B stays as a tombstone so the merge "
                "can be undone (Recent merges)."
            )
        else:
            intro = self.tr(
                "<b>#{b_id} {b_name}</b> will be merged into <b>#{a_id} {a_name}</b>. Choose, per field, the value "
                "the counterpart kept will have; every link to B moves to A, and B stays as a tombstone so the "
                "merge can be undone (Recent merges)."
            )
        self.intro.setText(
            intro.format(
                a_id=preview.a_id,
                a_name=html_escape(preview.a_name),
                b_id=preview.b_id,
                b_name=html_escape(preview.b_name),
            )
        )
        for col, text in enumerate((self.tr("Field"), f"A  #{preview.a_id}", f"B  #{preview.b_id}")):
            head = QLabel(f"<b>{html_escape(text)}</b>")  # i18n: markup around translated text
            self.grid.addWidget(head, 0, col)
        row = 1
        for field in preview.fields:
            label = QLabel(field.label)
            if field.differs:
                label.setText(f"<b>{html_escape(field.label)}</b>")  # i18n: markup around data
            self.grid.addWidget(label, row, 0, Qt.AlignTop)
            group = QButtonGroup(self)
            for col, side, value in ((1, "a", field.a), (2, "b", field.b)):
                radio = QRadioButton(_short(value))
                radio.setToolTip(value)
                radio.setObjectName(f"take_{field.name}_{side}")
                radio.setAccessibleName(
                    self.tr("{field} from {side}: {value}").format(
                        field=field.label, side=side.upper(), value=value or self.tr("empty")
                    )
                )
                radio.setChecked(self.choices.side[field.name] == side)
                radio.setEnabled(field.differs)
                radio.toggled.connect(lambda on, f=field.name, s=side: on and self._chose(f, s))
                group.addButton(radio)
                self.radios[(field.name, side)] = radio
                self.grid.addWidget(radio, row, col, Qt.AlignTop)
            row += 1
        self.grid.addWidget(QLabel(bold_html(self.tr("Links"))), row, 0)  # i18n: markup around translated text
        row += 1
        for name in sorted(set(preview.a_links) | set(preview.b_links)):
            link = LINK_LABELS.get(name)
            self.grid.addWidget(QLabel(translate("merge_dialog", link) if link else name), row, 0)
            self.grid.addWidget(QLabel(str(preview.a_links.get(name, 0))), row, 1)
            self.grid.addWidget(QLabel(str(preview.b_links.get(name, 0))), row, 2)
            row += 1
        self.grid.setRowStretch(row, 1)
        self.merge_button.setEnabled(True)
        self.summary.setText(self.choices.summary())

    def _chose(self, field: str, side: str) -> None:
        self.choices.choose(field, side)
        self.summary.setText(self.choices.summary())

    def do_merge(self) -> None:
        if self.choices is None:
            return
        take = self.choices.take()
        self.merge_button.setEnabled(False)

        def done(result) -> None:
            self.merged.emit(result)
            self.accept()

        self.merge_op = ops.write(
            self,
            lambda: merge.merge(self.ctx, self.entity, self.a_id, self.b_id, take=take),
            done,
            on_finished=lambda: self.merge_button.setEnabled(True),
            label=self.tr("Merging…"),
        )
