"""Tasks of a case: open / overdue / done, assign, complete with a note, add."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import Priority
from consular.gui import ops, row_menu, settings
from consular.gui.conflicts import diff_records
from consular.gui.form_rows import enum_combo, select_data
from consular.gui.icons import icon
from consular.gui.table_models import (
    OBJECT_ROLE,
    Column,
    RecordTableModel,
    VoidedFilterProxy,
    show_voided_box,
    use_sort_header,
    voidable,
)
from consular.gui.theme import warning_colour
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, text_or_none, users_combo
from consular.gui.workspace.more_rows import MoreRows, fill_view
from consular.gui.workspace.void_dialog import void_action
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import tasks
from consular.services.views import TaskView

log = logging.getLogger(__name__)

FILTERS = (
    ("open", QT_TRANSLATE_NOOP("TasksTab", "Open")),
    ("overdue", QT_TRANSLATE_NOOP("TasksTab", "Overdue")),
    ("done", QT_TRANSLATE_NOOP("TasksTab", "Done")),
    ("all", QT_TRANSLATE_NOOP("TasksTab", "All")),
)


def _task_tip(t: TaskView, _m) -> str:
    parts = [t.title]
    if t.description:
        parts.append(t.description)
    if t.completion_note and not t.voided:
        parts.append(QCoreApplication.translate("TaskTableModel", "Done: {note}").format(note=t.completion_note))
    if t.contact_id:
        parts.append(QCoreApplication.translate("TaskTableModel", "Raised by a contact entry"))
    return "\n".join(parts)


def _overdue(t: TaskView) -> bool:
    """Overdue and still counting: a voided task is due nothing."""
    return not t.voided and t.is_overdue()


def _overdue_colour(t: TaskView, _m):
    return warning_colour() if _overdue(t) else None


def _overdue_font(t: TaskView, _m):
    if not _overdue(t):
        return None
    font = QFont()
    font.setBold(True)
    return font


def _task_status(t: TaskView, m) -> str:
    if t.voided:
        return QCoreApplication.translate("TaskTableModel", "Voided")
    if t.is_overdue():
        return QCoreApplication.translate("TaskTableModel", "Overdue")
    if t.status.is_open:
        return t.status.label
    done = m.times.fmt(t.completed_at) if t.completed_at else ""
    return f"{t.status.label} {done}".strip()


def _task_icon(t: TaskView, _m):
    if _overdue(t):
        return icon("warning")
    return icon("task" if t.status.is_open else "task-done")


def _task_column(header: str, value, sort_value, **kw) -> Column:
    """Every cell of a task tells the whole task in its tooltip; overdue ones stand out,
    voided ones are struck through."""
    return voidable(
        Column(header, value, sort_value, tooltip=_task_tip, foreground=_overdue_colour, font=_overdue_font, **kw)
    )


def _editable(t: TaskView) -> bool:
    """Open and not voided: a voided task offers no edit and no completion."""
    return t.status.is_open and not t.voided


MAX_CHASE_PAGES = 50  # how far select_task reads on to find a task not loaded yet


def _not_loaded(exc: BaseException) -> None:
    log.info("The tasks with the voided ones could not be read: %s", exc)


class TaskTableModel(MoreRows, RecordTableModel):
    TR_CONTEXT = "TaskTableModel"
    COLUMNS = (
        _task_column(
            QT_TRANSLATE_NOOP("TaskTableModel", "Due"),
            lambda t, m: m.times.fmt(t.due_at, empty=QCoreApplication.translate("TaskTableModel", "no due date")),
            lambda t, m: t.due_at,
            is_time=True,
        ),
        _task_column(
            QT_TRANSLATE_NOOP("TaskTableModel", "Task"),
            lambda t, m: t.title,
            lambda t, m: t.title.lower(),
            decoration=_task_icon,
        ),
        _task_column(
            QT_TRANSLATE_NOOP("TaskTableModel", "Assignee"),
            lambda t, m: t.assignee or "—",
            lambda t, m: (t.assignee or "").lower(),
        ),
        _task_column(
            QT_TRANSLATE_NOOP("TaskTableModel", "Priority"), lambda t, m: t.priority.label, lambda t, m: t.priority.rank
        ),
        _task_column(
            QT_TRANSLATE_NOOP("TaskTableModel", "Status"),
            _task_status,
            lambda t, m: (t.voided, not _overdue(t), t.status.value),
        ),
    )
    COL_DUE, COL_TITLE, COL_ASSIGNEE, COL_PRIORITY, COL_STATUS = range(len(COLUMNS))


class TaskFilterProxy(VoidedFilterProxy):
    def __init__(self, parent=None, *, show_voided: bool = True):
        super().__init__(parent, show_voided=show_voided)
        self.mode = "open"

    def set_mode(self, mode: str) -> None:
        self.change_filter(mode=mode)

    def accepts(self, task) -> bool:
        if self.mode == "open":
            return task.status.is_open
        if self.mode == "overdue":
            return _overdue(task)
        if self.mode == "done":
            return not task.status.is_open
        return True


class TaskDialog(FormDialog):
    """Add a task, or assign / reschedule one (``task=``)."""

    def __init__(
        self, ctx, reference: str, *, case_zone: str, users, times_mode: str, task: TaskView | None = None, parent=None
    ):
        super().__init__(
            self.tr("Edit task") if task else self.tr("Add task"),
            parent,
            icon_name="task",
            save_text=self.tr("Save") if task else self.tr("Add task"),
        )
        self.ctx, self.reference, self.task = ctx, reference, task
        self.title = self.add_field(
            self.tr("Task"), QLineEdit(task.title if task else ""), "title", accessible=self.tr("Task title")
        )
        self.description = self.add_field(
            self.tr("Details"),
            QPlainTextEdit(task.description or "" if task else ""),
            "description",
            accessible=self.tr("Task details"),
        )
        self.description.setFixedHeight(70)
        self.assignee = self.add_field(
            self.tr("Assignee"),
            users_combo(self.tr("Assignee"), users, current=(task.assignee_username if task else ctx.actor.username)),
            "assignee",
        )
        self.has_due = QCheckBox(self.tr("Has a due date"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.form.addRow("", self.has_due)
        self.due = ZonedDateTimeEdit(case_zone, times_mode, self.tr("Due"), field="due_at")  # its errors beside it
        self.add_field(self.tr("Due"), self.due, "due_at")
        # Tomorrow by the service clock (the demo and --as-of have their own today).
        default_due = (ctx.now() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
        self.due.set_value(task.due_at if task and task.due_at else default_due)
        self.has_due.setChecked(task is None or task.due_at is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.priority = self.add_field(self.tr("Priority"), enum_combo(Priority, self.tr("Priority")), "priority")
        select_data(self.priority, task.priority if task else Priority.NORMAL)
        (self.assignee if task else self.title).setFocus()

    def prepare(self):
        ctx, ref = self.ctx, self.reference
        due = self.due.value() if self.has_due.isChecked() else None
        title, description = self.title.text(), text_or_none(self.description.toPlainText())
        assignee, priority = self.assignee.currentData(), self.priority.currentData()
        if self.task is None:
            return lambda: tasks.add_task(
                ctx, ref, title=title, assignee=assignee, due_at=due, priority=priority, description=description
            )
        task = self.task
        changes = {}
        if title != task.title:
            changes["title"] = title
        if (description or None) != (task.description or None):
            changes["description"] = description or ""
        if assignee != task.assignee_username and assignee is not None:
            changes["assignee"] = assignee
        if due != task.due_at:
            changes["due_at"] = due if due is not None else ""
        if priority != task.priority:
            changes["priority"] = priority
        version = task.version
        return lambda: tasks.update_task(ctx, task.id, expected_version=version, **changes) if changes else task

    def reload_stored(self, show_changes) -> None:
        """After a stale save: the task as stored now; fields only they changed take their
        value, the ones typed here stay; what they changed is shown."""
        ctx, ref, loaded = self.ctx, self.reference, self.task

        def reloaded(found) -> None:
            stored = next((t for t in found if t.id == loaded.id), None)
            if stored is None:
                show_changes([])
                return
            both = set()

            def take(name: str, mine, old, new, put) -> None:
                if mine == old:
                    put(new)
                elif new != old:
                    both.add(name)

            take("title", self.title.text(), loaded.title, stored.title, self.title.setText)
            take(
                "description",
                self.description.toPlainText(),
                loaded.description or "",
                stored.description or "",
                self.description.setPlainText,
            )
            take(
                "priority",
                self.priority.currentData(),
                loaded.priority,
                stored.priority,
                lambda v: select_data(self.priority, v),
            )
            assignee = self.assignee.currentData()
            take(
                "assignee",
                assignee,
                loaded.assignee_username,
                stored.assignee_username,
                lambda v: self.assignee.setCurrentIndex(max(self.assignee.findData(v), 0)),
            )
            self.task = stored
            show_changes(diff_records(loaded, stored), kept=both)

        ops.query(self, lambda: tasks.list_tasks(ctx, ref, include_voided=True), reloaded)


class CompleteTaskDialog(FormDialog):
    def __init__(self, ctx, task: TaskView, parent=None):
        super().__init__(
            self.tr("Complete task"),
            parent,
            icon_name="task-done",
            save_text=self.tr("Mark done"),
            intro=self.tr("Mark “{title}” as done.").format(title=task.title),
        )
        self.ctx, self.task = ctx, task
        self.note = self.add_field(self.tr("Note"), QPlainTextEdit(), "note", accessible=self.tr("Completion note"))
        self.note.setPlaceholderText(self.tr("What was done (optional)"))
        self.note.setFixedHeight(90)
        self.note.setFocus()

    def prepare(self):
        ctx, task_id, note = self.ctx, self.task.id, text_or_none(self.note.toPlainText())
        return lambda: tasks.complete_task(ctx, task_id, note=note)


class TasksTab(QWidget):
    changed = Signal()
    log_requested = Signal()

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.case_zone = times.case_zone
        self.users: list = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("task"), self.tr("Add task…"))
        self.add_button.setAccessibleName(self.tr("Add task"))
        self.add_button.clicked.connect(self.add_task)
        self.assign_button = QPushButton(self.tr("Assign / reschedule…"))
        self.assign_button.setAccessibleName(self.tr("Assign or reschedule the selected task"))
        self.assign_button.clicked.connect(self.edit_task)
        self.complete_button = QPushButton(icon("task-done"), self.tr("Complete…"))
        self.complete_button.setAccessibleName(self.tr("Complete the selected task"))
        self.complete_button.clicked.connect(self.complete_task)
        for button in (self.add_button, self.assign_button, self.complete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Show")))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show tasks"))
        for key, label in FILTERS:
            self.filter.addItem(self.tr(label), key)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.filter)
        self.show_voided = show_voided_box(settings.SHOW_VOIDED_TASKS, self._show_voided_changed)
        bar.addWidget(self.show_voided)
        layout.addLayout(bar)

        self._generation = 0  # of the last set_tasks: a slower, older fetch must not win
        self._counts: tuple[int, int, int, int] | None = None  # of a paged case detail
        self.model = TaskTableModel(times, self)
        self.model.set_fetch(
            lambda offset, limit: tasks.list_tasks(ctx, reference, limit=limit, include_voided=True, offset=offset)
        )
        self.model.on_more = self._more_arrived
        self._pending_select: tuple[int, bool] | None = None
        self._chase_pages = 0
        self.proxy = TaskFilterProxy(self, show_voided=self.show_voided.isChecked())
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tasks"))
        self.table.setModel(self.proxy)
        use_sort_header(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TaskTableModel.COL_DUE, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.COL_TITLE, QHeaderView.Stretch)
        header.resizeSection(TaskTableModel.COL_DUE, 160)
        header.resizeSection(TaskTableModel.COL_ASSIGNEE, 160)
        header.resizeSection(TaskTableModel.COL_STATUS, 190)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _i: self.edit_task())
        row_menu.attach(self.table, self._row_actions)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Task summary"))
        self.summary.setProperty("role", "muted")
        layout.addWidget(self.summary)
        self._update_buttons()

    def set_tasks(self, rows: list[TaskView], counts: tuple[int, int, int, int] | None = None) -> None:
        """Show the case's tasks (the case detail's, which leave voided ones out) at once, then
        the full list with the voided ones, struck through, once it has been read.

        ``counts`` given ((open, overdue, done or cancelled, voided) of the whole case): ``rows``
        are the first page, voided ones included, of a paged case detail; the rest is read as
        the user scrolls."""
        self._generation += 1
        generation = self._generation
        if counts is not None:
            self._counts = counts
            self._show_rows(rows, total=sum(counts[i] for i in (0, 2, 3)), keep=self.model.rowCount())
            return
        self._counts = None
        self._show_rows(rows)
        ctx, ref = self.ctx, self.reference

        def arrived(all_rows: list[TaskView]) -> None:
            if generation == self._generation:
                self._show_rows(all_rows)

        ops.query(self, lambda: tasks.list_tasks(ctx, ref, limit=None, include_voided=True), arrived, _not_loaded)

    def _show_rows(self, rows: list[TaskView], *, total: int | None = None, keep: int = 0) -> None:
        current = self.current_task()
        self.model.set_page(rows, total, keep=keep)
        self._show_summary()
        if current is not None:
            self.select_task(current.id, switch_filter=False)
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fill_view(self.table, self.model)  # rows read while hidden may not fill the table

    def _more_arrived(self, _rows: int) -> None:
        self._show_summary()
        if self._pending_select is None:
            fill_view(self.table, self.model)
            return
        task_id, switch_filter = self._pending_select
        if self.select_task(task_id, switch_filter=switch_filter, chase=False):
            self._pending_select = None
        elif self.model.has_more() and self._chase_pages < MAX_CHASE_PAGES:
            self._chase_pages += 1
            self.model.fetchMore()
        else:
            self._pending_select = None

    def _show_summary(self) -> None:
        if self._counts is not None:
            open_count, overdue, closed, voided = self._counts
        else:
            rows = self.model._rows
            counted = [t for t in rows if not t.voided]  # a voided task counts for nothing
            open_count = sum(1 for t in counted if t.status.is_open)
            overdue = sum(1 for t in counted if t.is_overdue())
            closed, voided = len(counted) - open_count, len(rows) - len(counted)
        locale = QLocale()
        text = self.tr("{open} open, {overdue} overdue, {closed} done or cancelled.").format(
            open=open_count, overdue=overdue, closed=closed
        )
        if voided:
            text += " " + self.tr("(%n voided, not counted.)", "", voided)
        if self.model.has_more():
            text += " " + self.tr("{loaded} of {total} loaded, more as you scroll.").format(
                loaded=locale.toString(self.model.rowCount()), total=locale.toString(self.model.total)
            )
        self.summary.setText(text)

    def _show_voided_changed(self, show: bool) -> None:
        self.proxy.set_show_voided(show)
        self._update_buttons()

    def set_users(self, users) -> None:
        self.users = list(users)

    def _row_actions(self, index) -> row_menu.RowActions | None:
        task = index.data(OBJECT_ROLE)
        if task is None:
            return None
        return row_menu.RowActions(
            subject=self.tr("Task #{number} of {reference}").format(number=task.id, reference=self.reference),
            open=self.edit_task if _editable(task) else None,
            open_text=self.tr("Open (assign / reschedule)…"),
            reference=self.reference,
            log_contact=self.log_requested.emit,
            **void_action(self.ctx, self, "task", task, self.tr("task #{number}").format(number=task.id), self._saved),
        )

    def current_task(self) -> TaskView | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_task(self, task_id: int, *, switch_filter: bool = True, chase: bool = True) -> bool:
        """Select the task; one not loaded yet (a paged case) is looked for in the next pages
        (``chase``), and selected when its page arrives."""
        row = self.model.row_of(task_id)
        if row < 0:
            if chase and self.model.has_more():
                self._pending_select, self._chase_pages = (task_id, switch_filter), 1
                self.model.fetchMore()
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid() and switch_filter:
            self.filter.setCurrentIndex(self.filter.findData("all"))
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())
            self.table.scrollTo(proxy_index)
            return True
        return False

    def _filter_changed(self) -> None:
        self.proxy.set_mode(self.filter.currentData())
        fill_view(self.table, self.model)
        self._update_buttons()

    def _update_buttons(self) -> None:
        task = self.current_task()
        editable = task is not None and _editable(task)
        self.assign_button.setEnabled(editable)
        self.complete_button.setEnabled(editable)

    def add_task(self) -> TaskDialog:
        dialog = TaskDialog(
            self.ctx,
            self.reference,
            case_zone=self.case_zone,
            users=self.users,
            times_mode=self.times.mode,
            parent=self,
        )
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_task(self) -> TaskDialog | None:
        task = self.current_task()
        if task is None or not _editable(task):
            return None
        dialog = TaskDialog(
            self.ctx,
            self.reference,
            case_zone=self.case_zone,
            users=self.users,
            times_mode=self.times.mode,
            task=task,
            parent=self,
        )
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def complete_task(self) -> CompleteTaskDialog | None:
        task = self.current_task()
        if task is None or not _editable(task):
            return None
        dialog = CompleteTaskDialog(self.ctx, task, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, _result) -> None:
        self.changed.emit()

    def times_changed(self) -> None:
        self.model.times_changed()
