"""Documents attached to a case: attach by file dialog or drag and drop, open in the system
viewer, show size and SHA-256. Files over the configured limit are refused with the
service's message (size and limit), shown in the tab."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import UserError
from consular.gui import ops, row_menu, viewer_files
from consular.gui.clipboard import copy_text
from consular.gui.conflicts import diff_records
from consular.gui.errors import show_error
from consular.gui.form_rows import error_label
from consular.gui.forms.record_forms import DocumentForm
from consular.gui.icons import icon
from consular.gui.table_models import (
    OBJECT_ROLE,
    RIGHT,
    Column,
    RawSortProxy,
    RecordTableModel,
    use_sort_header,
    voidable,
)
from consular.gui.text import size_text
from consular.gui.theme import restricted_colour
from consular.gui.times import TimeDisplay
from consular.gui.workspace.forms import FormDialog
from consular.gui.workspace.void_dialog import void_action, void_refusal
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import documents
from consular.services.convert import WITHHELD
from consular.services.views import DocumentView

log = logging.getLogger(__name__)


def _document_tip(d: DocumentView, _m) -> str:
    return d.description or d.file_name


def _bytes_tip(d: DocumentView, _m) -> str:
    return QCoreApplication.translate("DocumentTableModel", "%Ln byte(s)", "", d.size_bytes)


class DocumentTableModel(RecordTableModel):
    TR_CONTEXT = "DocumentTableModel"
    # A voided document stays listed, struck through, with who voided it and why (voidable).
    COLUMNS = tuple(
        voidable(c)
        for c in (
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "File"),
                lambda d, _: d.file_name,
                lambda d, _: d.file_name.lower(),
                tooltip=_document_tip,
                decoration=lambda d, _: icon("document"),
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "Description"),
                lambda d, _: (d.description or "").splitlines()[0] if d.description else "",
                lambda d, _: (d.description or "").lower(),
                tooltip=_document_tip,
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "Type"),
                lambda d, _: d.media_type,
                lambda d, _: d.media_type,
                tooltip=_document_tip,
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "Size"),
                lambda d, _: size_text(d.size_bytes),
                lambda d, _: d.size_bytes,
                tooltip=_bytes_tip,
                alignment=RIGHT,
            ),
            Column(
                "SHA-256",  # i18n: the name of the hash
                lambda d, _: d.sha256,
                lambda d, _: d.sha256,
                tooltip=lambda d, _: f"SHA-256 {d.sha256}",
                font=lambda d, _: QFontDatabase.systemFont(QFontDatabase.FixedFont),
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "Added"),
                lambda d, m: m.times.fmt(d.added_at),
                lambda d, _: d.added_at,
                tooltip=_document_tip,
                is_time=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "By"),
                lambda d, _: d.added_by,
                lambda d, _: d.added_by,
                tooltip=_document_tip,
            ),
            Column(
                QT_TRANSLATE_NOOP("DocumentTableModel", "Access"),
                lambda d, _: QCoreApplication.translate("DocumentTableModel", "Restricted") if d.restricted else "",
                lambda d, _: d.restricted,
                tooltip=_document_tip,
                decoration=lambda d, _: icon("restricted") if d.restricted else None,
                foreground=lambda d, _: restricted_colour() if d.restricted else None,
            ),
        )
    )
    COL_NAME, COL_DESCRIPTION, COL_TYPE, COL_SIZE, COL_SHA, COL_ADDED, COL_BY, COL_ACCESS = range(len(COLUMNS))


def withheld(d: DocumentView) -> bool:
    """A restricted document shown to someone outside the case's team: that it exists, nothing more."""
    return d.restricted and d.added_by == WITHHELD


def edit_refused(d: DocumentView | None) -> str | None:
    """Why this document's description cannot be edited here, or None when it can."""
    if d is None:
        return QCoreApplication.translate("documents_tab", "Select a document to edit its description.")
    if withheld(d):
        return QCoreApplication.translate(
            "documents_tab", "Restricted: only the case's team, supervisors and administrators may see or edit it."
        )
    if d.voided:
        return QCoreApplication.translate(
            "documents_tab", "Voided by {name}: {reason}. A voided document stays as it was."
        ).format(name=d.voided_by, reason=d.void_reason)
    return None


class DocumentDialog(FormDialog):
    """Edit a document's description and restricted mark (the file never changes), sending the
    version loaded: a stale save is met with the conflict panel."""

    def __init__(self, ctx, reference: str, document: DocumentView, parent=None):
        super().__init__(
            self.tr("Edit {file}").format(file=document.file_name),
            parent,
            icon_name="document",
            save_text=self.tr("Save"),
        )
        self.ctx, self.reference, self.document = ctx, reference, document
        self.file = QLabel(f"{document.file_name} — {size_text(document.size_bytes)}, {document.media_type}")
        self.file.setAccessibleName(self.tr("File"))
        self.file.setWordWrap(True)
        self.add_field(self.tr("File"), self.file)
        self.description = self.add_field(
            self.tr("Description"), QPlainTextEdit(), "description", accessible=self.tr("Document description")
        )
        self.description.setMinimumHeight(110)
        self.description.setPlaceholderText(self.tr("What it is, where it came from, what it shows"))
        self.restricted = QCheckBox(self.tr("Restricted — only the case's team may see it"))
        self.restricted.setAccessibleName(self.tr("Restricted"))
        self.add_field("", self.restricted, "restricted", accessible=self.tr("Restricted"))
        self.show_form(DocumentForm.from_view(document))
        self.description.setFocus()

    def show_form(self, form: DocumentForm) -> None:
        self.description.setPlainText(form.description)
        self.restricted.setChecked(form.restricted)

    def current_form(self) -> DocumentForm:
        return DocumentForm(description=self.description.toPlainText(), restricted=self.restricted.isChecked())

    def validate(self):
        return self.current_form().validate()

    def prepare(self):
        ctx, loaded = self.ctx, self.document
        changes = self.current_form().changes(loaded)

        def work():
            if not changes:
                return loaded
            return documents.edit_document(ctx, loaded.id, expected_version=loaded.version, **changes)

        return work

    def reload_stored(self, show_changes) -> None:
        """After a stale save: the document as stored now, the typing kept on top of it."""
        ctx, ref, loaded = self.ctx, self.reference, self.document

        def reloaded(stored: DocumentView | None) -> None:
            if stored is None:
                show_changes([])
                return
            merged, both = self.current_form().rebase(loaded, stored)
            self.document = stored
            self.show_form(merged)
            show_changes(diff_records(loaded, stored, DocumentForm.FIELDS), kept=both)

        ops.query(self, lambda: stored_document(ctx, ref, loaded.id), reloaded)


def stored_document(ctx, reference: str, document_id: int) -> DocumentView | None:
    return next((d for d in documents.list_documents(ctx, reference) if d.id == document_id), None)


class DocumentsTab(QWidget):
    changed = Signal()
    log_requested = Signal()
    attached = Signal(object)  # DocumentView
    refused = Signal(str)  # the message shown for a refused file

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        # The viewer copies this tab made; wiped when the tab goes (its case closes). The
        # slot holds the list, not the tab.
        self._viewer_folders: list[Path] = []
        self.destroyed.connect(lambda *_args, folders=self._viewer_folders: viewer_files.wipe(list(folders)))
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.attach_button = QPushButton(icon("document"), self.tr("Attach files…"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected document"))
        self.open_button.clicked.connect(self.open_current)
        self.copy_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_button.setAccessibleName(self.tr("Copy the selected document's SHA-256"))
        self.copy_button.clicked.connect(self.copy_hash)
        self.edit_button = QPushButton(self.tr("Edit description…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected document's description"))
        self.edit_button.clicked.connect(lambda: self.edit_document())
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setAccessibleName(self.tr("Void the selected document"))
        self.void_button.clicked.connect(lambda: self.void_document())
        for button in (self.attach_button, self.open_button, self.edit_button, self.copy_button, self.void_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.limit = QLabel()
        self.limit.setAccessibleName(self.tr("Size limit"))
        self.limit.setProperty("role", "muted")
        bar.addWidget(self.limit)
        layout.addLayout(bar)

        self.message = error_label(self.tr("Attachment problem"))
        layout.addWidget(self.message)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Attachment status"))
        self.status.setProperty("role", "muted")
        self.status.hide()
        layout.addWidget(self.status)

        self.model = DocumentTableModel(times, self)
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.proxy)
        use_sort_header(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DocumentTableModel.COL_ADDED, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setAcceptDrops(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DocumentTableModel.COL_NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(DocumentTableModel.COL_SHA, QHeaderView.Interactive)
        header.resizeSection(DocumentTableModel.COL_DESCRIPTION, 220)
        header.resizeSection(DocumentTableModel.COL_TYPE, 130)
        header.resizeSection(DocumentTableModel.COL_SIZE, 90)
        header.resizeSection(DocumentTableModel.COL_SHA, 250)
        header.resizeSection(DocumentTableModel.COL_ADDED, 150)
        header.resizeSection(DocumentTableModel.COL_BY, 130)
        header.resizeSection(DocumentTableModel.COL_ACCESS, 100)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _i: self.open_current())
        row_menu.attach(self.table, self._row_actions)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Drop files here to attach them. Documents are stored inside the case database, "
                "so a backup of the database includes them."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._update_limit()
        self._update_buttons()

    def _update_limit(self) -> None:
        self.limit.setText(
            self.tr("Up to {size} per file").format(size=size_text(self.ctx.settings.max_document_bytes))
        )

    def _update_buttons(self) -> None:
        doc = self.current_document()
        has = doc is not None
        self.open_button.setEnabled(has)
        self.copy_button.setEnabled(has)
        refused = edit_refused(doc)
        self.edit_button.setEnabled(refused is None)
        self.edit_button.setToolTip(
            refused or self.tr("Change the description or the restricted mark (the file never changes)")
        )
        void_refused = self.tr("Select a document to void it.") if doc is None else void_refusal(self.ctx, doc)
        self.void_button.setEnabled(void_refused is None)
        self.void_button.setToolTip(void_refused or self.tr("Void the document attached by mistake, with a reason"))

    # --- loading ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        ctx, ref = self.ctx, self.reference

        def loaded(rows: list[DocumentView]) -> None:
            self.model.set_rows(rows)
            if select_id is not None:
                self.select_document(select_id)
            self._update_buttons()

        ops.query(self, lambda: documents.list_documents(ctx, ref), loaded)

    def _row_actions(self, index) -> row_menu.RowActions | None:
        document = index.data(OBJECT_ROLE)
        if document is None:
            return None
        extra = (
            []
            if edit_refused(document)
            else [(self.tr("Edit description…"), None, lambda: self.edit_document(document))]
        )
        return row_menu.RowActions(
            subject=self.tr("{file} in {reference}").format(file=document.file_name, reference=self.reference),
            open=self.open_current,
            reference=self.reference,
            log_contact=self.log_requested.emit,
            extra=extra,
            **void_action(self.ctx, self, "document", document, self._void_what(document), self._voided),
        )

    def void_document(self, document: DocumentView | None = None):
        """Open the Void dialog for ``document`` (default: the selected one); None when it may not be voided."""
        document = document or self.current_document()
        if document is None:
            return None
        opener = void_action(self.ctx, self, "document", document, self._void_what(document), self._voided)
        return opener["void"]() if "void" in opener else None

    def _void_what(self, document: DocumentView) -> str:
        return self.tr("document {file}").format(file=document.file_name)

    def _voided(self, _result) -> None:
        self.reload()
        self.changed.emit()

    def edit_document(self, document: DocumentView | None = None) -> DocumentDialog | None:
        """Edit ``document``'s description (default: the selected one); None when it may not be."""
        document = document or self.current_document()
        if edit_refused(document):
            return None
        dialog = DocumentDialog(self.ctx, self.reference, document, parent=self)

        def saved(view: DocumentView) -> None:
            self.changed.emit()
            self.reload(select_id=view.id)

        dialog.saved.connect(saved)
        dialog.open()
        return dialog

    def current_document(self) -> DocumentView | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_document(self, document_id: int) -> bool:
        row = self.model.row_of(document_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    # --- attaching ----------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to {reference}").format(reference=self.reference)
        )
        if names:
            self.attach_paths([Path(n) for n in names])

    def attach_paths(self, paths: list[Path]) -> None:
        """Attach each file in turn; refused ones are listed with the reason, the rest go in."""
        self.message.clear()
        self.message.hide()
        self._problems: list[str] = []
        self._queue = list(paths)
        self._attach_next()

    def _attach_next(self) -> None:
        if not self._queue:
            if self._problems:
                self.message.setText("\n".join(self._problems))
                self.message.show()
            self.status.hide()
            return
        path = self._queue.pop(0)
        attaching = self.tr("Attaching {file}…").format(file=path.name)
        self.status.setText(attaching)
        self.status.show()
        ctx, ref = self.ctx, self.reference

        def done(view: DocumentView) -> None:
            self.attached.emit(view)
            self.changed.emit()
            self.reload(select_id=view.id)
            self._attach_next()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self._problems.append(self.tr("Not attached: {reason}").format(reason=exc.message))
                self.refused.emit(exc.message)
            else:
                self._problems.append(
                    self.tr("Not attached: {file} (unexpected error, see the report)").format(file=path.name)
                )
                show_error(self, exc)
            self._attach_next()

        ops.write(self, lambda: documents.attach_file(ctx, ref, path), done, failed, label=attaching)

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(files)

    # --- opening ------------------------------------------------------------------------

    def open_current(self) -> None:
        doc = self.current_document()
        if doc is None:
            return
        ctx, doc_id = self.ctx, doc.id

        def write() -> Path:
            view, data = documents.document_data(ctx, doc_id)
            return viewer_files.write_copy(view.id, view.file_name, data)

        def opened(target: Path) -> None:
            self.last_opened = target
            if target.parent not in self._viewer_folders:
                self._viewer_folders.append(target.parent)
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
                self.message.setText(
                    self.tr("No program to open {file} was found. A copy is at {path}.").format(
                        file=target.name, path=target
                    )
                )
                self.message.show()

        ops.query(self, write, opened, label=self.tr("Opening {file}…").format(file=doc.file_name))

    def copy_hash(self) -> None:
        doc = self.current_document()
        if doc is not None:
            copy_text(doc.sha256, sensitive=False)  # a file hash names no one

    def times_changed(self) -> None:
        self.model.times_changed()
