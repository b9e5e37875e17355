"""Home: what needs attention this morning, each item one keypress from the case it names.

The figures come from ``services.dashboard.dashboard`` in the background. Every list item
carries (reference, section, record id); activating it (Enter, click) emits
``open_requested`` and the main window opens that case at that section.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QRect, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CaseStatus
from consular.gui import ops, row_menu, theme
from consular.gui.icons import icon
from consular.gui.text import number_text
from consular.gui.times import ago_text, day_text, due_text

if TYPE_CHECKING:
    from consular.services import dashboard as dashboard_service
    from consular.services.context import ServiceContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

TARGET_ROLE = Qt.UserRole + 1  # (reference, section, record_id)
AUTO_REFRESH_MS = 5 * 60_000

_ACTION_SECTIONS = {
    "contact": "contacts",
    "task": "tasks",
    "milestone": "milestones",
    "person": "people",
    "hostage": "people",
    "kin": "people",
    "document": "documents",
    "counterpart": "contacts",
    "detention": "detention",
    "charge": "detention",
    "hearing": "detention",
    "visit": "detention",
    "note_verbale": "detention",
    "brief": "overview",
    "case": "overview",
    "case_link": "overview",
    "family_update": "family",
    "tell_item": "family",
    "liaison_officer": "family",
}


def minute_text(value) -> str:
    """'08 Jul 2025 14:30' with the month as the user's language writes it."""
    stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(stamp, "dd MMM yyyy HH:mm")


def _held_tooltip(h: dashboard_service.HeldNational) -> str:
    if h.is_missing:
        since = translate("dashboard", "Missing since {date} (UTC).").format(date=day_text(h.since))
    else:
        since = translate("dashboard", "Held since {date} (UTC).").format(date=day_text(h.since))
    if h.last_verified_proof_of_life:
        proof = translate("dashboard", "Last verified proof of life: {date}.").format(
            date=day_text(h.last_verified_proof_of_life)
        )
    else:
        proof = translate("dashboard", "No verified proof of life on record.")
    parts = [since, proof]
    if h.flagged:
        parts.append(translate("dashboard", "Needs attention: {flags}.").format(flags=h.flags_text()))
    parts.append(translate("dashboard", "Open {reference} at its people.").format(reference=h.reference))
    return " ".join(parts)


def section_for_action(action: str) -> str:
    """Where in a case an audit action ("contact.log") is seen."""
    return _ACTION_SECTIONS.get(action.split(".", 1)[0], "timeline")


def activity_text(activity) -> str:
    """The service's wording, or a readable form of an action it has no wording for."""
    if activity.description and activity.description != activity.action:
        return activity.description
    subject, _, verb = activity.action.partition(".")
    return f"{verb.replace('_', ' ')} ({subject.replace('_', ' ')})" if verb else activity.action


def _when_done(at, now) -> str:
    """'3 hours ago'; a moment after ``now`` (recorded for real while the demo shows an earlier
    day) by its date, never "in the future"."""
    if at > now:
        return f"{minute_text(at)} UTC"
    return ago_text(at, now)


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text as a wrapped first line (what) and a smaller, muted second line
    (which case, when), with room between items."""

    PAD_X, PAD_Y, GAP = 8, 7, 2

    def _parts(self, index) -> tuple[str, str]:
        text = index.data(Qt.DisplayRole) or ""
        first, _, second = text.partition("\n")
        return first, second

    def _fonts(self, option) -> tuple[QFont, QFont]:
        main = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 8.0))
        return main, small

    def _width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(120, width - 2 * self.PAD_X)

    def sizeHint(self, option, index) -> QSize:
        first, second = self._parts(index)
        main, small = self._fonts(option)
        width = self._width(option)
        height = QFontMetrics(main).boundingRect(QRect(0, 0, width, 10_000), Qt.TextWordWrap, first).height()
        if second:
            height += (
                self.GAP
                + QFontMetrics(small).boundingRect(QRect(0, 0, width, 10_000), Qt.TextWordWrap, second).height()
            )
        return QSize(width + 2 * self.PAD_X, height + 2 * self.PAD_Y)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first, second = self._parts(index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        main, small = self._fonts(option)
        selected = bool(opt.state & QStyle.State_Selected)
        palette = opt.palette
        brush = index.data(Qt.ForegroundRole)
        if selected:
            colour = muted = palette.color(QPalette.HighlightedText)
        else:
            colour = brush.color() if hasattr(brush, "color") else palette.color(QPalette.Text)
            muted = theme.muted_colour()
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        painter.save()
        painter.setFont(main)
        painter.setPen(colour)
        used = painter.boundingRect(rect, Qt.TextWordWrap, first)
        painter.drawText(rect, Qt.TextWordWrap, first)
        if second:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(rect.adjusted(0, used.height() + self.GAP, 0, 0), Qt.TextWordWrap, second)
        # A hairline between items.
        line = palette.color(QPalette.Mid if theme.is_dark() else QPalette.Midlight)
        painter.setPen(line)
        painter.drawLine(
            opt.rect.left() + self.PAD_X, opt.rect.bottom(), opt.rect.right() - self.PAD_X, opt.rect.bottom()
        )
        painter.restore()


class StatusTile(QPushButton):
    """A count of cases in one status; pressing it shows those cases in the list."""

    def __init__(self, status: CaseStatus, parent=None):
        super().__init__(parent)
        self.status = status
        self.setProperty("role", "tile")
        self.setObjectName(f"tile_{status.value}")
        self.setCursor(Qt.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.value = QLabel("–", self)
        self.value.setProperty("role", "card-value")
        self.caption = QLabel(self.tr("{status} cases").format(status=status.label), self)
        self.caption.setProperty("role", "muted")
        for label in (self.value, self.caption):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setMinimumHeight(self.value.sizeHint().height() + self.caption.sizeHint().height() + 20)
        self.set_count(None)

    def set_count(self, count: int | None) -> None:
        self.value.setText("–" if count is None else number_text(count))
        self.setAccessibleName(
            self.tr("{status} cases: {count}").format(
                status=self.status.label, count=self.tr("unknown") if count is None else count
            )
        )
        self.setToolTip(self.tr("Show {status} cases in the case list").format(status=self.status.label.lower()))


class DashboardCard(QFrame):
    """A titled card holding a list of activatable items."""

    def __init__(self, title: str, icon_name: str, empty_text: str, parent=None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.title = title
        self.empty_text = empty_text
        heading = QHBoxLayout()
        heading.setSpacing(8)
        badge = QLabel(self)
        badge.setPixmap(icon(icon_name).pixmap(QSize(20, 20)))
        badge.setAccessibleName("")
        self.heading = QLabel(title, self)
        self.heading.setProperty("role", "subheading")
        self.count = QLabel("", self)
        self.count.setProperty("role", "muted")
        heading.addWidget(badge)
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(self.count)
        self.list = QListWidget(self)
        self.list.setObjectName(f"list_{icon_name}")
        self.list.setAccessibleName(title)
        self.list.setFrameShape(QFrame.NoFrame)
        self.list.setProperty("role", "card-list")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(150)
        self.list.setResizeMode(QListView.Adjust)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        # The card's own background shows through (a QSS background would restyle the scroll bars).
        self.list.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)

    def set_items(
        self,
        items: list[tuple[str, str, tuple[str, str, int | None], bool]],
        *,
        total: int | None = None,
        more: bool = False,
        latest: bool = False,
    ) -> None:
        """(text, tooltip, target, warn) per item; an empty list shows the empty text.

        The service lists at most so many items: ``total`` is how many there are in all,
        ``more`` that there are more than listed (uncounted), ``latest`` that the list is the
        latest few of many. The count shows the real number ("63"), "50+" or "latest 15", never
        the cut-off as if it were the count."""
        self.list.clear()
        shown = len(items)
        if total is not None and total > shown:
            count = number_text(total)
            tip = self.tr("{total} in all; the first {shown} are listed").format(
                total=number_text(total), shown=number_text(shown)
            )
        elif more:
            count = self.tr("{shown}+").format(shown=number_text(shown))
            tip = self.tr("More than {shown}; the first {shown} are listed").format(shown=number_text(shown))
        elif latest and shown:
            count = self.tr("latest {shown}").format(shown=number_text(shown))
            tip = self.tr("The {shown} most recent entries; older ones are in each case's timeline").format(
                shown=number_text(shown)
            )
        else:
            count, tip = (number_text(shown) if shown else ""), ""
        self.count.setText(count)
        self.count.setToolTip(tip)
        self.count.setAccessibleName(
            self.tr("{list}: {count}").format(list=self.title, count=tip or count or self.tr("none"))
        )
        if not items:
            placeholder = QListWidgetItem(self.empty_text)
            placeholder.setFlags(Qt.NoItemFlags)
            placeholder.setForeground(theme.muted_colour())
            self.list.addItem(placeholder)
            self.list.setAccessibleDescription(self.empty_text)
            return
        self.list.setAccessibleDescription(self.tr("{count} items; press Enter to open one").format(count=tip or count))
        for text, tooltip, target, warn in items:
            item = QListWidgetItem(text)
            item.setToolTip(tooltip)
            item.setData(TARGET_ROLE, target)
            if warn:
                item.setForeground(theme.warning_colour())
            self.list.addItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0, self.list.selectionModel().SelectionFlag.NoUpdate)


class DashboardView(QWidget):
    """The Home tab."""

    open_requested = Signal(str, str, object)  # reference, section, record id or None
    log_contact_requested = Signal(str)  # reference
    entry_voided = Signal()  # from a row menu: the case list and open cases may show it
    status_requested = Signal(list)  # [CaseStatus]: show these in the case list
    loaded = Signal()
    settled = Signal()  # a load ended, with data or with an error (after ``loaded``)

    list_limit = 50  # items per list; the count above each list says how many there are in all

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ctx: ServiceContext | None = None
        self._generation = 0
        self._loading = False
        self.data: dashboard_service.Dashboard | None = None

        title = QLabel(self.tr("Home"), self)
        title.setProperty("role", "heading")
        self.updated = QLabel("", self)
        self.updated.setProperty("role", "muted")
        self.updated.setAccessibleName(self.tr("Last updated"))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.setToolTip(self.tr("Reload the figures (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addWidget(self.refresh_button)

        self.tiles = {status: StatusTile(status, self) for status in CaseStatus}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for status, tile in self.tiles.items():
            tile.clicked.connect(lambda _checked=False, s=status: self.status_requested.emit([s]))
            tiles.addWidget(tile)

        grid = self._build_cards()

        inner = QWidget(self)
        inner.setObjectName("dashboard_inner")
        body = QVBoxLayout(inner)
        body.setContentsMargins(14, 10, 14, 14)
        body.setSpacing(12)
        body.addLayout(top)
        body.addLayout(tiles)
        body.addLayout(grid, 1)
        self.body = body  # others add a panel of their own (gui/escalation_panel.py)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        order = [
            *self.tiles.values(),
            self.tell.list,
            self.family.list,
            self.held.list,
            self.tasks.list,
            self.detention.list,
            self.recent.list,
            self.refresh_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_MS)
        self._timer.timeout.connect(self._auto_refresh)
        self._timer.start()
        self._show_nothing()

    def _build_cards(self) -> QGridLayout:
        """The lists of what needs attention: families to tell across the top, then two by two, then
        recent activity across."""
        self.family = DashboardCard(
            self.tr("Families not contacted within plan"),
            "family",
            self.tr("Every family has been contacted as agreed."),
            self,
        )
        self.held = DashboardCard(
            self.tr("Nationals held or missing"),
            "hostage",
            self.tr("No national is held or missing in an open case."),
            self,
        )
        self.tasks = DashboardCard(self.tr("Overdue tasks"), "task", self.tr("No task is overdue."), self)
        self.recent = DashboardCard(self.tr("Recent activity"), "timeline", self.tr("Nothing recorded yet."), self)
        # Families waiting to hear of a development come first: a deadline per item (24 h by default).
        self.tell = DashboardCard(
            self.tr("Tell the family"), "family", self.tr("No family is waiting to be told of a development."), self
        )
        self.tell.list.setObjectName("list_tell_family")
        # A band across the top, about three items high: the lists below keep their room.
        self.tell.list.setMinimumHeight(96)
        self.tell.list.setMaximumHeight(150)
        self.tell.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.detention = DashboardCard(
            self.tr("Overdue detention requests"),
            "calendar",
            self.tr(
                "No consular visit request or note verbale is waiting too long; every past hearing has its outcome."
            ),
            self,
        )
        self.cards = (self.tell, self.family, self.held, self.tasks, self.detention, self.recent)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.tell, 0, 0, 1, 2)
        grid.addWidget(self.family, 1, 0)
        grid.addWidget(self.held, 1, 1)
        grid.addWidget(self.tasks, 2, 0)
        # Wrongful detention: visits and notes verbales unanswered, hearings without outcome;
        # what needs doing comes before what was done (recent activity, below).
        grid.addWidget(self.detention, 2, 1)
        grid.addWidget(self.recent, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        for card in self.cards:
            card.list.itemActivated.connect(self._activated)
            card.list.itemClicked.connect(self._activated)
            row_menu.attach(card.list, self._row_actions)
        return grid

    def _row_actions(self, index) -> row_menu.RowActions | None:
        card = next((c for c in self.cards if c.list.model() is index.model()), None)
        item = card.list.itemFromIndex(index) if card is not None else None
        target = item.data(TARGET_ROLE) if item is not None else None
        if not target:
            return None  # a placeholder, or activity without a case
        reference, section, record_id = target
        void = {}
        task = next((t for t in self.data.overdue_tasks if t.id == record_id), None) if card is self.tasks else None
        if task is not None and self._ctx is not None:
            # Imported here: the workspace package is loaded when a case is first opened.
            from consular.gui.workspace.void_dialog import void_action

            subject = self.tr("task #{id} of {reference}").format(id=task.id, reference=reference)
            void = void_action(self._ctx, self, "task", task, subject, self._voided)
        return row_menu.RowActions(
            subject=f"{item.text().partition(chr(10))[0]} ({reference})",
            open=lambda: self.open_requested.emit(reference, section, record_id),
            open_text=self.tr("Open {reference}").format(reference=reference),
            reference=reference,
            log_contact=lambda: self.log_contact_requested.emit(reference),
            **void,
        )

    def _voided(self, _result) -> None:
        self.refresh()
        self.entry_voided.emit()

    # --- loading ------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext | None) -> None:
        self._ctx = ctx
        self.data = None
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx = self._ctx
        if ctx is None:
            self._show_nothing()
            return
        from consular.services import dashboard as dashboard_service

        self._loading = True
        self.updated.setText(self.tr("Updating…"))

        def done(data) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self.show_data(data)
            self.loaded.emit()
            self.settled.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self.updated.setText(self.tr("Could not update"))
            self.settled.emit()
            from consular.gui.errors import show_error

            show_error(self, exc)

        limit = self.list_limit
        ops.query(self, lambda: dashboard_service.dashboard(ctx, list_limit=limit), on_done=done, on_error=failed)

    def _auto_refresh(self) -> None:
        if self.isVisible() and not self._loading:
            self.refresh()

    def _show_nothing(self) -> None:
        for tile in self.tiles.values():
            tile.set_count(None)
        for card in self.cards:
            card.set_items([])
        self.updated.setText(self.tr("No database open") if self._ctx is None else "")

    def show_data(self, data: dashboard_service.Dashboard) -> None:
        self.data = data
        now = data.generated_at
        for status, tile in self.tiles.items():
            tile.set_count(data.cases_by_status.get(status, 0))

        self.tell.set_items(
            [
                (
                    f"{t.text}\n{t.reference} · "
                    + (
                        due_text(t.due_at, now)
                        if t.overdue(now)
                        else self.tr("due {when}").format(when=due_text(t.due_at, now))
                    ),
                    self.tr("Opened {opened} UTC, due {due} UTC. Open {reference} at its family log.").format(
                        opened=minute_text(t.opened_at), due=minute_text(t.due_at), reference=t.reference
                    ),
                    (t.reference, "family", t.item_id),
                    False,
                )
                for t in data.tell_family
            ],
            total=data.tell_total,
        )
        for row, t in enumerate(data.tell_family):
            if t.overdue(now):
                self.tell.list.item(row).setForeground(theme.overdue_colour())
        self.family.set_items(
            [
                (
                    f"{due.text}\n{due.reference}",
                    self.tr("{plan}. Open {reference} at its people.").format(
                        plan=due.liaison.plan_text(), reference=due.reference
                    ),
                    (due.reference, "people", due.liaison.id),
                    True,
                )
                for due in data.family_overdue
            ],
            total=data.family_total,
        )
        self.held.set_items(
            [
                (
                    # "held for 416 days", "missing for 12 days": the service's words.
                    f"{h.name} — {h.label}\n{h.reference}" + (f" · {h.flags_text()}" if h.flagged else ""),
                    _held_tooltip(h),
                    (h.reference, "people", h.person_id),
                    h.flagged,
                )
                for h in data.held
            ],
            total=data.held_total,
        )
        self.tasks.set_items(
            [
                (
                    (
                        f"{t.title}\n{t.case_reference} · {due_text(t.due_at, now)}"
                        f" · {t.assignee or self.tr('unassigned')}"
                    ),
                    self.tr("Due {when} UTC · priority {priority}").format(
                        when=minute_text(t.due_at), priority=t.priority.label.lower()
                    )
                    if t.due_at
                    else t.title,
                    (t.case_reference, "tasks", t.id),
                    True,
                )
                for t in data.overdue_tasks
            ],
            more=data.overdue_more,
        )
        self.detention.set_items(
            [
                (
                    self.tr("{what}\n{reference} · since {date}").format(
                        what=d.text, reference=d.reference, date=day_text(d.since)
                    ),
                    (self.tr("Restricted: only the case team reads it.") + " " if d.withheld else "")
                    + self.tr("Open {reference} at its detention records.").format(reference=d.reference),
                    # The Detention tab selects "note_verbale:7": the kind and the id.
                    (d.reference, "detention", f"{'note_verbale' if d.kind == 'note' else d.kind}:{d.record_id}"),
                    True,
                )
                for d in data.detention_overdue
            ],
            more=data.detention_more,
        )
        self.recent.set_items(
            [
                (
                    f"{a.actor} {activity_text(a)}"
                    + (f" · {a.reference}" if a.reference else "")
                    + f"\n{_when_done(a.at, now)}",
                    f"{minute_text(a.at)} UTC · {a.action}",
                    (a.reference, section_for_action(a.action), None) if a.reference else None,
                    False,
                )
                for a in data.recent
            ],
            latest=True,
        )
        # Activity without a case (a user registering) opens nothing.
        for row in range(self.recent.list.count()):
            item = self.recent.list.item(row)
            if item.data(TARGET_ROLE) is None and item.flags() != Qt.NoItemFlags:
                item.setFlags(Qt.ItemIsEnabled)
        stamp = data.generated_at.astimezone()
        if self._ctx is not None and self._ctx.as_of is not None:
            # The demo or --as-of: the figures are of that day, not of this minute.
            self.updated.setText(self.tr("As of {date}").format(date=day_text(self._ctx.as_of)))
        else:
            self.updated.setText(self.tr("Updated {time}").format(time=f"{stamp:%H:%M}"))
        self.updated.setToolTip(
            self.tr("Figures as of {when}").format(when=f"{minute_text(stamp)} {stamp.tzname() or ''}".rstrip())
        )

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if not target:
            return
        reference, section, record_id = target
        self.open_requested.emit(reference, section, record_id)

    def focus_first(self) -> None:
        """Put the keyboard on the first list with something in it."""
        for card in self.cards:
            if card.list.count() and card.list.item(0).flags() & Qt.ItemIsEnabled:
                card.list.setFocus(Qt.OtherFocusReason)
                return
        next(iter(self.tiles.values())).setFocus(Qt.OtherFocusReason)


__all__ = ["DashboardView", "section_for_action"]
