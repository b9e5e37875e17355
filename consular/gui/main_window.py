"""The main window: menus, toolbar, status bar and the tabs (Home, Cases, one per open case).

Behaviour lives in small methods that the menu, the toolbar, the dashboard and the case
list all call (``open_case``, ``log_contact``, ``print_brief``, ``open_target``); the window
holds the layout. Every database call goes through ``gui.ops``.

The window and the widgets it builds import the services (and with them SQLAlchemy, the
models, the cipher and the password hash) where a database is used, not at module level:
the first paint needs none of them, and ``tests/gui/test_launch_imports.py`` fails if one
of them is loaded before it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consular import paths
from consular.domain.errors import UserError
from consular.gui import (
    database_dialogs,
    duplicates_actions,
    escalation_panel,
    main_actions,
    ops,
    security_actions,
    security_status,
    settings,
    theme,
)
from consular.gui.case_list import CaseListView
from consular.gui.dashboard import DashboardView
from consular.gui.form_rows import keep_on_screen, window_geometry
from consular.gui.icons import icon
from consular.gui.labels import warning_banner
from consular.gui.sign_in_dialog import posts_label

if TYPE_CHECKING:
    from consular.services.context import ServiceContext
    from consular.services.database import OpenedDatabase

log = logging.getLogger(__name__)

HOME_TAB = 0
CASES_TAB = 1
DASHBOARD_STALE_S = 60


def workspace_class():
    """The CaseWorkspace widget class (imported when first needed: the workspace pulls in
    every tab, which the window does not need until a case is opened)."""
    from consular.gui.workspace import CaseWorkspace

    return CaseWorkspace


class MainWindow(QMainWindow):
    """The consular window. ``ctx`` given: use it as is (tests); else call :meth:`open_target`."""

    database_opened = Signal(str)
    database_failed = Signal(str)

    def __init__(self, ctx: ServiceContext | None = None, *, user: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("consular")  # i18n: the product name
        self.setAccessibleName("consular")  # i18n: the product name
        self.user = user
        self.ctx: ServiceContext | None = None
        self.target: str | None = None
        self.posts = []
        self.users = []
        self._owned = None  # the Database this window opened and must dispose
        self._reference_waiters: list = []
        self._reference_loaded = False
        self._dashboard_loaded_at = 0.0
        self._dialogs: list[QWidget] = []  # kept alive while open (opened with open())
        self.new_case_dialog = None
        self.picker = None
        self.about_dialog = None
        self.guide_dialog = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setAccessibleName(self.tr("Home, case list and open cases"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(False)  # case tabs get their own close button
        self.tabs.setMovable(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.ElideRight)
        self.tabs.setIconSize(QSize(16, 16))
        self.dashboard = DashboardView(self)
        self.dashboard.setObjectName("dashboard")
        self.case_list = CaseListView(self)
        self.case_list.setObjectName("case_list")
        self.tabs.addTab(self.dashboard, icon("dashboard"), self.tr("Home"))
        self.tabs.addTab(self.case_list, icon("case"), self.tr("Cases"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # Says when the data are shown as of another day than today (the demo, --as-of).
        self.as_of_banner, self.as_of_text, _row = warning_banner(self.tr("Shown as of"))
        self.as_of_banner.setObjectName("as_of_banner")
        self.as_of_text.setObjectName("as_of_text")
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.as_of_banner)
        column.addWidget(self.tabs, 1)
        security_status.install(self, column)  # the red banner of a damaged (read-only) file
        self.setCentralWidget(central)

        main_actions.build_actions(self)
        main_actions.build_menus(self)
        main_actions.build_toolbar(self)
        self._build_status_bar()
        security_actions.install(self)
        duplicates_actions.install(self)
        self.escalations = escalation_panel.install(self)  # "My escalations" on Home, the tray

        self.dashboard.open_requested.connect(self.open_case)
        self.dashboard.log_contact_requested.connect(self.log_contact)
        self.dashboard.entry_voided.connect(self.case_list.model.refresh)
        self.dashboard.status_requested.connect(self._show_statuses)
        self.dashboard.loaded.connect(self._dashboard_loaded)
        self.case_list.open_requested.connect(self.open_case)
        self.case_list.log_contact_requested.connect(self.log_contact)
        self.case_list.brief_requested.connect(self.print_brief)
        self._changed_refs: set[str] = set()
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(400)
        self._change_timer.timeout.connect(self._apply_case_changes)

        self._restore_window()
        self.case_list.restore_state()
        self.set_context(ctx)

    # --- construction -------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("status_bar")
        status.setAccessibleName(self.tr("Status"))
        self.note_label = QLabel("", self)
        self.note_label.setObjectName("status_note")
        self.note_label.setProperty("role", "status-note")
        self.user_label = QLabel("", self)
        self.user_label.setObjectName("status_user")
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.database_label = QLabel("", self)
        self.database_label.setObjectName("status_database")
        self.database_label.setAccessibleName(self.tr("Database"))
        self.database_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.database_label.setMinimumWidth(60)
        self.encryption_label = QLabel(self.tr("Not encrypted"), self)
        self.encryption_label.setObjectName("status_encryption")
        self.encryption_label.setAccessibleName(self.tr("Encryption"))
        self.encryption_label.setToolTip(
            self.tr(
                "This database is not encrypted by consular (encryption is not available yet). "
                "Keep it on an encrypted disk and share it only through approved channels."
            )
        )
        self.encryption_label.setProperty("overdue", True)
        status.addWidget(self.note_label)
        for label in (self.user_label, self.database_label, self.encryption_label):
            label.setContentsMargins(8, 0, 8, 0)
            status.addPermanentWidget(label)

    def _restore_window(self, free: QRect | None = None) -> None:
        """Open where the window was last closed if that fits the screen's free area (``free``,
        default: the screen's), else at 85% of it, centred: at 1280x720 with no window manager
        the window opened with its right edge off the screen, and nothing pulled it back."""
        saved = None
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            saved = self.geometry()
        if free is None:
            screen = QGuiApplication.primaryScreen()
            free = screen.availableGeometry() if screen is not None else None
        if self.isMaximized() or self.isFullScreen():
            pass  # the screen's own size: it fits whatever the screen
        elif free is None:
            self.resize(1280, 800)
        else:
            self.setGeometry(window_geometry(free, self.minimumSizeHint().expandedTo(QSize(900, 560)), saved))
        state = settings.get(settings.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    # --- the database -------------------------------------------------------------------

    def startup_target(self) -> str:
        """The last database used, if it is still there; else the default file."""
        last = settings.get(settings.LAST_DATABASE)
        if last and ("://" in last or Path(last).is_file()):
            return last
        return str(paths.default_database_path())

    def open_target(self, target: str, *, remember: bool = True, note: str | None = None, create: bool = False) -> None:
        """Open ``target`` in the background; on success it replaces the open database.

        Unsaved edits in the open cases are settled first (each case may ask Save / Discard /
        Cancel); if one is kept, nothing else happens: its edits belong to the database now
        open. The case tabs close only once the new database is open: a file that cannot be
        opened leaves the window as it was.
        """
        if getattr(self, "signed_in", False) and not create:
            security_actions.sign_in_to(self, target, remember=remember, note=note)
            return
        if not self.settle_case_tabs():
            return
        # The same account on the next database (interim, until the sign-in dialog).
        user = self.user or (self.ctx.actor.username if self.ctx is not None else None)
        self.statusBar().showMessage(self.tr("Opening {target}…").format(target=target))

        def done(opened: OpenedDatabase) -> None:
            self.statusBar().clearMessage()
            if not self.close_case_tabs():
                # Edited again while the file was opening, and the user kept the edits.
                opened.database.dispose()
                self.statusBar().showMessage(
                    self.tr("{target} was not opened: a case with unsaved edits is open").format(target=target), 10_000
                )
                self.database_failed.emit(target)
                return
            self._use(opened, remember=remember, note=note)

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            if not isinstance(exc, UserError):
                from consular.gui.errors import show_error

                show_error(self, exc)
            else:
                title, text = database_dialogs.open_failure_text(exc, target)
                database_dialogs.notify(self, title, text, warning=True)
            self.database_failed.emit(target)
            if self.ctx is None:
                self._update_status()

        ops.write(
            self,
            lambda: database_dialogs.open_target(target, user, create=create),
            on_done=done,
            on_error=failed,
            label=self.tr("Creating the database…") if create else self.tr("Opening the database…"),
        )

    def _use(self, opened: OpenedDatabase, *, remember: bool, note: str | None) -> None:
        previous = self._owned
        self.set_context(opened.ctx)
        self._owned = opened.database
        self.target = opened.target
        if previous is not None and previous is not opened.database:
            previous.dispose()
        if remember:
            settings.remember_database(opened.target)
        self.note_label.setText(note or "")
        # The status bar and banner may have widened the window: keep it on the screen.
        QTimer.singleShot(0, self._keep_on_screen)
        if opened.backup is not None:
            database_dialogs.notify(self, self.tr("Database upgraded"), database_dialogs.upgrade_text(opened.backup))
        elif opened.created:
            self.statusBar().showMessage(self.tr("Created {target}").format(target=opened.target), 8000)
        self.database_opened.emit(opened.target)

    def set_context(self, ctx: ServiceContext | None) -> None:
        """Show ``ctx``'s database: closes the case tabs, reloads the list and Home."""
        for index in range(self.tabs.count() - 1, CASES_TAB, -1):
            self.close_tab(index)
        self._close_reports()
        self.ctx = ctx
        if ctx is not None and self.target is None:
            self.target = ctx.database.describe()
        self.posts, self.users, self._reference_loaded = [], [], False
        self.case_list.set_context(ctx)
        self.dashboard.set_context(ctx)
        self.escalations.set_context(ctx)
        for action in self._db_actions:
            action.setEnabled(ctx is not None)
        self._update_status()
        security_actions.context_changed(self)
        duplicates_actions.context_changed(self)
        if ctx is not None:
            self._load_reference_data()
            # Log contact drafts that older versions kept as plaintext files move into the database.
            from consular.gui.workspace import log_contact_dialog

            log_contact_dialog.import_legacy_drafts(self, ctx)

    def _update_status(self) -> None:
        self._show_as_of()
        security_status.update(self)  # Encrypted / Not encrypted / Not TLS, the damage banner
        if self.ctx is None:
            self.setWindowTitle("consular")  # i18n: the product name
            self.user_label.setText(self.tr("Not signed in"))
            self.database_label.setText(self.tr("No database open"))
            return
        actor = self.ctx.actor
        self.user_label.setText(
            self.tr("Signed in as {name} ({role})").format(name=actor.display_name, role=actor.role.label.lower())
        )
        self.user_label.setToolTip(self.tr("User name: {username}").format(username=actor.username))
        described = self.ctx.database.describe()
        self.database_label.setToolTip(described)
        self._elide_database_label()
        title = f"consular — {Path(described).name if '://' not in described else described}"
        label = self.ctx.as_of_label
        self.setWindowTitle(f"{title} — {label}" if label else title)

    def _show_as_of(self) -> None:
        """The banner and title say so when "today" is another day: the demo opens as of the
        last day of its data ("Demo as of 25 July 2025"), ``--as-of`` shows a past day."""
        label = self.ctx.as_of_label if self.ctx is not None else None
        if label and self.ctx.clock.read_only:
            self.as_of_text.setText(
                self.tr("<b>{label}</b>: records are shown as they stood that day; changes are refused.").format(
                    label=label
                )
            )
        elif label:
            self.as_of_text.setText(
                self.tr(
                    "<b>{label}</b>, the last day of its data: days held, “ago” and what is overdue are "
                    "counted from that day, not from today."
                ).format(label=label)
            )
        self.as_of_banner.setVisible(bool(label))

    def _elide_database_label(self) -> None:
        """The database path, shortened in the middle to fit (the full one is in the tooltip)."""
        full = self.database_label.toolTip() if self.ctx is not None else self.tr("No database open")
        room = max(120, int(self.width() * 0.35))
        self.database_label.setText(self.database_label.fontMetrics().elidedText(full, Qt.ElideMiddle, room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide_database_label()

    def _load_reference_data(self) -> None:
        ctx = self.ctx

        def work():
            from consular.services import reference_data

            return reference_data.list_posts(ctx), reference_data.list_users(ctx)

        def done(result) -> None:
            if ctx is not self.ctx:
                return
            self.posts, self.users = result
            self._reference_loaded = True
            if self.target and self.posts:
                settings.remember_posts(self.target, posts_label(self.posts))
            self.case_list.set_reference_data(self.posts, self.users, ctx.actor.username)
            waiters, self._reference_waiters = self._reference_waiters, []
            for callback in waiters:
                callback()

        ops.query(self, work, on_done=done)

    def _with_reference_data(self, callback) -> None:
        if self._reference_loaded:
            callback()
        else:
            self._reference_waiters.append(callback)

    def new_database_dialog(self) -> None:
        start = str(Path(self.target).parent) if self.target and "://" not in self.target else ""
        path = database_dialogs.ask_new_path(self, start)
        if path:
            self.open_target(path, create=True)

    def open_database_dialog(self) -> None:
        start = str(Path(self.target).parent) if self.target and "://" not in self.target else ""
        path = database_dialogs.ask_open_path(self, start)
        if path:
            self.open_target(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.get(settings.RECENT_DATABASES)
        for number, target in enumerate(recent, start=1):
            label = f"&{number} {target}" if number < 10 else target
            action = self.recent_menu.addAction(label)
            action.setToolTip(target)
            action.triggered.connect(lambda _checked=False, t=target: self.open_target(t))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), lambda: settings.put(settings.RECENT_DATABASES, []))

    # --- tabs and cases -----------------------------------------------------------------

    def case_tabs(self) -> dict[str, QWidget]:
        return {
            self.tabs.widget(i).property("reference"): self.tabs.widget(i)
            for i in range(CASES_TAB + 1, self.tabs.count())
        }

    def current_workspace(self) -> QWidget | None:
        widget = self.tabs.currentWidget()
        return widget if widget is not None and widget.property("reference") else None

    def open_case(self, reference: str, section: str | None = None, record_id: int | None = None):
        """Bring the case's tab to the front (opening it if needed), at ``section`` if given."""
        if self.ctx is None or not reference:
            return None
        reference = reference.strip().upper()
        workspace = self.case_tabs().get(reference)
        if workspace is None:
            cls = workspace_class()
            try:
                workspace = cls(self.ctx, reference, self.tabs)
            except UserError as exc:
                database_dialogs.notify(self, self.tr("Cannot open the case"), exc.message, warning=True)
                return None
            workspace.setProperty("reference", reference)
            workspace.setAccessibleName(self.tr("Case {reference}").format(reference=reference))
            if hasattr(workspace, "case_changed"):
                workspace.case_changed.connect(self._case_changed)
            if hasattr(workspace, "open_case_requested"):
                workspace.open_case_requested.connect(self.open_case)
            if hasattr(workspace, "title_changed"):
                workspace.title_changed.connect(lambda title, w=workspace: self._retitle(w, title))
            index = self.tabs.addTab(workspace, icon("case"), reference)
            self.tabs.setTabToolTip(index, reference)
            self.tabs.tabBar().setTabButton(
                index, QTabBar.ButtonPosition.RightSide, self._close_button(workspace, reference)
            )
        self.tabs.setCurrentWidget(workspace)
        if section:
            workspace.show_section(section, record_id)
        workspace.setFocus(Qt.OtherFocusReason)
        return workspace

    def _close_button(self, workspace: QWidget, reference: str) -> QToolButton:
        """A flat close button drawn in the palette's ink (the style's own is a red box)."""
        button = QToolButton(self.tabs)
        button.setIcon(icon("close"))
        button.setIconSize(QSize(14, 14))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.NoFocus)  # Ctrl+W closes from the keyboard
        button.setAccessibleName(self.tr("Close {reference}").format(reference=reference))
        button.setToolTip(self.tr("Close {reference} (Ctrl+W)").format(reference=reference))
        button.clicked.connect(lambda: self.close_tab(self.tabs.indexOf(workspace)))
        return button

    def _retitle(self, workspace: QWidget, title: str) -> None:
        index = self.tabs.indexOf(workspace)
        if index < 0:
            return
        reference = workspace.property("reference")
        short = title if len(title) <= 28 else title[:27] + "…"
        self.tabs.setTabText(index, f"{reference} · {short}" if title and title != reference else reference)
        self.tabs.setTabToolTip(index, f"{reference} — {title}")

    def close_tab(self, index: int) -> None:
        if index <= CASES_TAB:
            return
        widget = self.tabs.widget(index)
        if widget is None:
            return
        if not self._may_close(widget):
            return
        self.tabs.removeTab(index)
        widget.close()
        widget.deleteLater()

    def _may_close(self, widget: QWidget) -> bool:
        """Ask the case (in front, so the user sees what the question is about) before it goes."""
        if getattr(widget, "has_unsaved_changes", lambda: False)():
            self.tabs.setCurrentWidget(widget)
        return not hasattr(widget, "can_close") or widget.can_close()

    def settle_case_tabs(self) -> bool:
        """Ask each case with unsaved edits what to do with them, closing none; False if one
        of them is to stay as it is."""
        for index in range(self.tabs.count() - 1, CASES_TAB, -1):
            widget = self.tabs.widget(index)
            if widget is not None and not self._may_close(widget):
                return False
        return True

    def close_case_tabs(self) -> bool:
        """Close every case tab; False if one of them was kept open."""
        for index in range(self.tabs.count() - 1, CASES_TAB, -1):
            self.close_tab(index)
        return self.tabs.count() - 1 <= CASES_TAB

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _case_changed(self, reference: str) -> None:
        self._changed_refs.add(reference)
        self._change_timer.start()

    def _apply_case_changes(self) -> None:
        refs, self._changed_refs = self._changed_refs, set()
        for reference in refs:
            self.case_list.model.update_case(reference)
        self.dashboard.refresh()
        self.escalations.refresh()

    def _tab_changed(self, index: int) -> None:
        if index == HOME_TAB and self.ctx is not None and not self.dashboard.loading:
            import time

            if time.monotonic() - self._dashboard_loaded_at > DASHBOARD_STALE_S:
                self.dashboard.refresh()

    def _dashboard_loaded(self) -> None:
        import time

        self._dashboard_loaded_at = time.monotonic()

    def _show_statuses(self, statuses: list) -> None:
        self.case_list.show_status(statuses)
        self.show_cases()

    # --- actions ------------------------------------------------------------------------

    def show_home(self) -> None:
        self.tabs.setCurrentIndex(HOME_TAB)
        self.dashboard.focus_first()

    def show_cases(self) -> None:
        self.tabs.setCurrentIndex(CASES_TAB)
        self.case_list.table.setFocus(Qt.OtherFocusReason)

    def show_reports(self) -> None:
        """The Reports window (one per main window), in front."""
        if self.ctx is None:
            return

        def show() -> None:
            from consular.gui.reports_screen import ReportsScreen

            screen = getattr(self, "reports_screen", None)
            if screen is None:
                self.reports_screen = screen = ReportsScreen(self.ctx, self.posts, self)
            screen.show()
            screen.raise_()
            screen.activateWindow()

        self._with_reference_data(show)

    def _close_reports(self) -> None:
        screen = getattr(self, "reports_screen", None)
        if screen is not None:
            self.reports_screen = None
            screen.close()
            screen.deleteLater()

    def find(self) -> None:
        self.tabs.setCurrentIndex(CASES_TAB)
        self.case_list.focus_search()

    def refresh(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.dashboard:
            self.dashboard.refresh()
        elif widget is self.case_list:
            self.case_list.model.refresh()
        elif widget is not None and hasattr(widget, "refresh"):
            widget.refresh()

    def new_case(self) -> None:
        if self.ctx is None:
            return

        def show() -> None:
            from consular.gui.new_case_dialog import NewCaseDialog

            if not self.posts:
                database_dialogs.notify(
                    self,
                    self.tr("No posts"),
                    self.tr(
                        "This database has no posts yet; add one with "
                        "the command line (consular seed demo loads examples)."
                    ),
                    warning=True,
                )
                return
            dialog = NewCaseDialog(self.ctx, self.posts, self.users, self, default_post=self._current_post())
            dialog.case_opened.connect(self._case_opened)
            self._keep(dialog)
            self.new_case_dialog = dialog
            dialog.open()

        self._with_reference_data(show)

    def _current_post(self) -> str | None:
        """The post of the case in front or selected in the list (a new case is likely theirs)."""
        reference = self._target_reference() or self.case_list.selected_reference()
        return reference.split("-", 1)[0] if reference else None

    def _case_opened(self, reference: str) -> None:
        self.case_list.model.reload()
        self.dashboard.refresh()
        self.open_case(reference)

    def _pick_case(self, purpose: str, then) -> None:
        from consular.gui.case_picker import CasePickerDialog

        picker = CasePickerDialog(self.ctx, purpose, list(self.case_tabs()), self)
        picker.picked.connect(then)
        self._keep(picker)
        self.picker = picker
        picker.open()

    def _target_reference(self) -> str | None:
        workspace = self.current_workspace()
        return workspace.property("reference") if workspace is not None else None

    def log_contact(self, reference: str | None = None) -> None:
        """Log a contact in ``reference``, the case in front, or a case the user picks."""
        if self.ctx is None:
            return
        reference = reference or self._target_reference()
        if reference is None:
            self._pick_case(self.tr("Log contact"), self.log_contact)
            return
        workspace = self.open_case(reference)
        if workspace is not None:
            workspace.log_contact()

    def print_brief(self, reference: str | None = None) -> None:
        if self.ctx is None:
            return
        reference = reference or self._target_reference()
        if reference is None:
            self._pick_case(self.tr("Print brief"), self.print_brief)
            return
        from consular.gui.brief_dialog import open_brief_dialog

        open_brief_dialog(self, self.ctx, reference)

    def show_guide(self) -> None:
        """F1: the user guide, beside the window (raised if already open)."""
        if self.guide_dialog is None:
            from consular.gui.user_guide import UserGuideDialog

            dialog = UserGuideDialog(self)
            self._keep(dialog)
            self.guide_dialog = dialog
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def show_about(self) -> None:
        from consular.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self, self.ctx.database.describe() if self.ctx else None)
        self._keep(dialog)
        self.about_dialog = dialog
        dialog.open()

    def set_theme(self, name: str) -> None:
        settings.put(settings.THEME, name)
        app = QApplication.instance()
        if app is not None:
            theme.apply_theme(app, name)
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        # Colours baked into list items follow the new palette.
        if self.dashboard.data is not None:
            self.dashboard.show_data(self.dashboard.data)
        self.case_list.model.refresh_colours()

    def _keep(self, dialog: QWidget) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._release(d))

    def _release(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        for name in ("new_case_dialog", "picker", "about_dialog", "guide_dialog"):
            if getattr(self, name, None) is dialog:
                setattr(self, name, None)
        dialog.deleteLater()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_placed", False):
            self._placed = True
            self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        if self.isVisible() and not (self.isMaximized() or self.isFullScreen()):
            keep_on_screen(self)

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        for index in range(self.tabs.count() - 1, CASES_TAB, -1):
            widget = self.tabs.widget(index)
            if not self._may_close(widget):
                event.ignore()
                return
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        self.case_list.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self._close_reports()
            self.escalations.stop()
        if event.isAccepted() and ops.running() == 0:
            self.release_database()

    def release_database(self) -> None:
        """Close the database this window opened (its last checkpoint included). At close
        with background work still running, ``app.run`` calls it once the work has ended."""
        if self._owned is not None:
            owned, self._owned = self._owned, None
            owned.dispose()


__all__ = ["MainWindow", "workspace_class"]
