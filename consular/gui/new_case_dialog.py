"""Case → New case…: the facts needed to open a case, validated by the service.

Every error the form can see (``NewCaseForm.validate``) appears at once under its field; the
first one gets the focus and is scrolled into view. A ValidationError from the service names
its field the same way. Nothing typed is cleared by an error, and an impossible date
(2026-02-30) is refused with a message, never rewritten. The fields scroll, so the dialog
fits a 1280x720 screen with Open case on it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import AttributionLevel, CaseKind, Classification, Priority
from consular.domain.errors import UserError, ValidationError
from consular.domain.timeutil import all_zone_names
from consular.domain.validation import COUNTRIES
from consular.gui import ops
from consular.gui.form_rows import FormScroll, ensure_visible, fit_on_screen
from consular.gui.forms.new_case import (
    DEFAULT_ATTRIBUTION,
    DEFAULT_CLASSIFICATION,
    DEFAULT_KIND,
    DEFAULT_PRIORITY,
    NewCaseForm,
    country_label,
    country_value,
    group_placeholder,
    wall_clock_now,
    zone_hint,
)
from consular.gui.times import CalendarButton, DateTimeText
from consular.services import cases as case_service
from consular.services.context import ServiceContext
from consular.services.views import PostView, UserView


class NewCaseDialog(QDialog):
    """Opens a case through ``services.cases.open_case`` in the background."""

    case_opened = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        posts: list[PostView],
        users: list[UserView],
        parent=None,
        *,
        default_post: str | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.posts = posts
        self.setWindowTitle(self.tr("New case"))
        self.setAccessibleName(self.tr("New case"))
        self.setObjectName("new_case_dialog")
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._op = None
        self._zone_touched = False
        self._country_touched = False
        self._time_touched = False
        self._setting_time = False
        self.opened_reference: str | None = None

        self.banner = QLabel("", self)
        self.banner.setObjectName("form_error")
        self.banner.setProperty("role", "form-error")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Problem opening the case"))
        self.banner.hide()

        self._build_case_fields(ctx, posts, users, default_post)
        self._build_incident_fields()
        self._build_layout()
        self._set_tab_order()

        self.post.currentIndexChanged.connect(self._post_changed)
        self.timezone.currentTextChanged.connect(self._zone_changed)
        self.timezone.activated.connect(lambda _i: setattr(self, "_zone_touched", True))
        self.timezone.lineEdit().textEdited.connect(lambda _t: setattr(self, "_zone_touched", True))
        self.country.activated.connect(lambda _i: setattr(self, "_country_touched", True))
        self.country.lineEdit().textEdited.connect(lambda _t: setattr(self, "_country_touched", True))
        self.attribution.currentIndexChanged.connect(self._attribution_changed)
        self.incident_at.dateTimeChanged.connect(self._time_edited)
        self.show_form(NewCaseForm.new(ctx.actor.username, self.selected_post(), now=ctx.now()))
        self.setMinimumWidth(760)
        self.title.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            fit_on_screen(self)

    # --- building -----------------------------------------------------------------------

    def _build_case_fields(self, ctx, posts: list[PostView], users: list[UserView], default_post) -> None:
        self.post = QComboBox(self)
        for post in posts:
            self.post.addItem(f"{post.code} — {post.name}", post.code)
        if default_post and self.post.findData(default_post) >= 0:
            self.post.setCurrentIndex(self.post.findData(default_post))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Abduction of three nationals, Kayes cement factory"))
        self.kind = self._enum_combo(CaseKind, DEFAULT_KIND)
        self.priority = self._enum_combo(Priority, DEFAULT_PRIORITY)
        self.classification = self._enum_combo(Classification, DEFAULT_CLASSIFICATION)
        self.lead = QComboBox(self)
        self.supervisor = QComboBox(self)
        self.supervisor.addItem(self.tr("None"), None)
        me = ctx.actor.username
        for user in users:
            self.lead.addItem(f"{user.display_name} ({user.role.label.lower()})", user.username)
            self.supervisor.addItem(f"{user.display_name} ({user.role.label.lower()})", user.username)
        if self.lead.findData(me) < 0:
            self.lead.insertItem(0, ctx.actor.display_name, me)
        self.lead.setCurrentIndex(self.lead.findData(me))

    def _build_incident_fields(self) -> None:
        self.incident_at = DateTimeText(self)
        self.incident_calendar = CalendarButton(self.incident_at, self.tr("Incident date and time"), self)
        self.zone_hint = QLabel("", self)
        self.zone_hint.setProperty("role", "muted")
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.NoInsert)
        self.timezone.addItems(all_zone_names())
        self.timezone.completer().setFilterMode(Qt.MatchContains)
        self.timezone.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.site = QLineEdit(self)
        self.site.setPlaceholderText(self.tr("e.g. Diamond Cement Factory"))
        self.town = QLineEdit(self)
        self.region = QLineEdit(self)
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.NoInsert)
        for code, _name in sorted(COUNTRIES.items(), key=lambda item: item[1]):
            self.country.addItem(country_label(code), code)
        self.country.completer().setFilterMode(Qt.MatchContains)
        self.country.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.attribution = self._enum_combo(AttributionLevel, DEFAULT_ATTRIBUTION)
        self.group = QLineEdit(self)
        self.group.setPlaceholderText(self.tr("Required when responsibility is claimed or confirmed"))
        self.source = QLineEdit(self)
        self.circumstances = QPlainTextEdit(self)
        self.circumstances.setTabChangesFocus(True)
        self.circumstances.setPlaceholderText(self.tr("What is known: who, what, where, how it was reported"))
        self.circumstances.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 16)

    def _build_layout(self) -> None:
        case_box = QGroupBox(self.tr("Case"), self)
        case_form = QFormLayout(case_box)
        self._add(case_form, self.tr("&Post"), self.post, "post_code", self.tr("Post handling the case"))
        self._add(case_form, self.tr("&Title"), self.title, "title", self.tr("Case title"))
        self._add(case_form, self.tr("&Kind"), self.kind, "kind", self.tr("Kind of case"))
        self._add(case_form, self.tr("P&riority"), self.priority, "priority", self.tr("Priority"))
        self._add(
            case_form,
            self.tr("C&lassification"),
            self.classification,
            "classification",
            self.tr("Classification marking"),
        )
        self._add(case_form, self.tr("&Lead caseworker"), self.lead, "lead_caseworker", self.tr("Lead caseworker"))
        self._add(case_form, self.tr("Super&visor"), self.supervisor, "supervisor", self.tr("Supervisor"))

        incident_box = QGroupBox(self.tr("Incident"), self)
        incident_form = QFormLayout(incident_box)
        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.incident_at, 1)
        when_row.addWidget(self.incident_calendar)
        when_row.addWidget(self.zone_hint)
        self._add(
            incident_form,
            self.tr("&When"),
            when,
            "incident_at",
            self.tr("Incident date and time, local"),
            focus=self.incident_at,
        )
        self._add(incident_form, self.tr("Time &zone"), self.timezone, "timezone", self.tr("Time zone of the incident"))
        self._add(incident_form, self.tr("&Site"), self.site, "incident_site", self.tr("Incident site"))
        self._add(incident_form, self.tr("T&own"), self.town, "incident_town", self.tr("Town"))
        self._add(incident_form, self.tr("Re&gion"), self.region, "incident_region", self.tr("Region"))
        self._add(
            incident_form, self.tr("&Country"), self.country, "incident_country", self.tr("Country of the incident")
        )
        self._add(incident_form, self.tr("&Attribution"), self.attribution, "attribution_level", self.tr("Attribution"))
        self._add(incident_form, self.tr("Gro&up"), self.group, "attribution_group", self.tr("Group responsible"))
        self._add(
            incident_form, self.tr("Sour&ce"), self.source, "attribution_source", self.tr("Source of the attribution")
        )

        circumstances_box = QGroupBox(self.tr("Circumstances"), self)
        circ_layout = QVBoxLayout(circumstances_box)
        circ_layout.addWidget(self._wrap(self.circumstances, "circumstances", self.tr("Circumstances")))

        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(case_box, 1)
        columns.addWidget(incident_box, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("&Open case"))
        self.ok_button.setAccessibleName(self.tr("Open case"))
        self.buttons.button(QDialogButtonBox.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addLayout(columns)
        body_layout.addWidget(circumstances_box, 1)
        self.scroll = FormScroll(body, self)
        self.scroll.setAccessibleName(self.tr("New case form"))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)

    def _set_tab_order(self) -> None:
        order = [
            self.post,
            self.title,
            self.kind,
            self.priority,
            self.classification,
            self.lead,
            self.supervisor,
            self.incident_at,
            self.timezone,
            self.site,
            self.town,
            self.region,
            self.country,
            self.attribution,
            self.group,
            self.source,
            self.circumstances,
            self.ok_button,
            self.buttons.button(QDialogButtonBox.Cancel),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _enum_combo(self, enum_type, default) -> QComboBox:
        combo = QComboBox(self)
        for member in enum_type:
            combo.addItem(member.label, member.value)
        combo.setCurrentIndex(combo.findData(default.value))
        return combo

    def _wrap(self, widget: QWidget, field: str, accessible: str, focus: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel("", box)
        error.setObjectName(f"error_{field}")
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("{field}: problem").format(field=accessible))
        error.hide()
        column.addWidget(error)
        target = focus or widget
        target.setAccessibleName(accessible)
        target.setObjectName(field)
        self._errors[field] = error
        self._fields[field] = target
        return box

    def _add(
        self, form: QFormLayout, label: str, widget: QWidget, field: str, accessible: str, focus: QWidget | None = None
    ) -> None:
        box = self._wrap(widget, field, accessible, focus)
        caption = QLabel(label, self)
        caption.setBuddy(focus or widget)
        form.addRow(caption, box)

    # --- behaviour ----------------------------------------------------------------------

    def selected_post(self) -> PostView | None:
        code = self.post.currentData()
        return next((p for p in self.posts if p.code == code), None)

    def _post_changed(self, _index: int = 0) -> None:
        post = self.selected_post()
        if post is None:
            return
        if not self._zone_touched:
            self.timezone.setCurrentText(post.timezone)
        if not self._country_touched:
            index = self.country.findData(post.country)
            if index >= 0:
                self.country.setCurrentIndex(index)

    def _zone_changed(self, name: str) -> None:
        self.zone_hint.setText(zone_hint(name))
        if not self._time_touched:
            self._set_now()  # "now" is a moment: shown in the new zone, it is another wall time

    def _set_now(self) -> None:
        local = wall_clock_now(self.timezone.currentText(), now=self.ctx.now())
        self._setting_time = True
        self.incident_at.set_wall_clock(local)
        self._setting_time = False

    def _time_edited(self, _value) -> None:
        if not self._setting_time:
            self._time_touched = True

    def _attribution_changed(self, _index: int = 0) -> None:
        self.group.setPlaceholderText(group_placeholder(AttributionLevel(self.attribution.currentData())))

    def current_form(self) -> NewCaseForm:
        """What the widgets hold, as a Qt-free form."""
        try:
            incident_at, problem = self.incident_at.wall_clock(), ""
        except ValueError as exc:
            incident_at, problem = None, str(exc)
        return NewCaseForm(
            post_code=self.post.currentData() or "",
            title=self.title.text(),
            kind=self.kind.currentData(),
            priority=self.priority.currentData(),
            classification=self.classification.currentData(),
            lead_caseworker=self.lead.currentData(),
            supervisor=self.supervisor.currentData(),
            incident_at=incident_at,
            incident_problem=problem,
            timezone=self.timezone.currentText(),
            incident_site=self.site.text(),
            incident_town=self.town.text(),
            incident_region=self.region.text(),
            incident_country=country_value(self.country.currentText()),
            attribution_level=self.attribution.currentData(),
            attribution_group=self.group.text(),
            attribution_source=self.source.text(),
            circumstances=self.circumstances.toPlainText(),
        )

    def show_form(self, form: NewCaseForm) -> None:
        """Put ``form`` into the fields (as defaults: nothing counts as touched)."""
        for combo, value in (
            (self.post, form.post_code),
            (self.kind, form.kind),
            (self.priority, form.priority),
            (self.classification, form.classification),
            (self.lead, form.lead_caseworker),
            (self.supervisor, form.supervisor),
            (self.attribution, form.attribution_level),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.title.setText(form.title)
        if form.timezone:
            self.timezone.setCurrentText(form.timezone)
        for edit, text in (
            (self.site, form.incident_site),
            (self.town, form.incident_town),
            (self.region, form.incident_region),
            (self.group, form.attribution_group),
            (self.source, form.attribution_source),
        ):
            edit.setText(text)
        if form.incident_country:
            index = self.country.findData(form.incident_country)
            if index >= 0:
                self.country.setCurrentIndex(index)
        self.circumstances.setPlainText(form.circumstances)
        if form.incident_at is not None:
            self._setting_time = True
            self.incident_at.set_wall_clock(form.incident_at)
            self._setting_time = False
        else:
            self._set_now()
        self._attribution_changed()

    def values(self) -> dict:
        """What will be passed to ``open_case`` (the incident time as wall-clock text in its zone)."""
        return self.current_form().open_case_kwargs()

    def clear_errors(self) -> None:
        self.banner.hide()
        for field, label in self._errors.items():
            label.hide()
            label.clear()
            self._fields[field].setProperty("invalid", False)
            self._repolish(self._fields[field])

    def show_error(self, exc: UserError) -> None:
        """Put the message next to its field (or at the top) and focus that field."""
        self.show_errors([exc])

    def show_errors(self, errors: list[UserError]) -> None:
        """Every message next to its field (or at the top); the first field in the form's
        order gets the focus and is scrolled into view."""
        first = None
        for exc in errors:
            field = getattr(exc, "field", None) if isinstance(exc, ValidationError) else None
            label = self._errors.get(field) if field else None
            if label is None:
                text = self.banner.text()
                self.banner.setText(f"{text}\n{exc.message}" if text and self.banner.isVisibleTo(self) else exc.message)
                self.banner.show()
                continue
            label.setText(f"{label.text()}\n{exc.message}" if label.text() else exc.message)
            label.show()
            widget = self._fields[field]
            widget.setProperty("invalid", True)
            widget.setAccessibleDescription(label.text())
            self._repolish(widget)
            order = list(self._fields)
            if first is None or order.index(field) < order.index(first):
                first = field
        if first is not None:
            widget = self._fields[first]
            self.scroll.widget().layout().activate()
            ensure_visible(widget, self._errors[first])
            widget.setFocus(Qt.OtherFocusReason)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def submit(self) -> None:
        if self._op is not None:
            return
        self.clear_errors()
        form = self.current_form()
        problems = form.validate(now=self.ctx.now())
        if problems:
            self.show_errors(problems)
            return
        values = form.open_case_kwargs()
        ctx = self.ctx
        self.ok_button.setEnabled(False)

        def done(detail) -> None:
            self._op = None
            self.ok_button.setEnabled(True)
            self.opened_reference = detail.reference
            self.case_opened.emit(detail.reference)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._op = None
            self.ok_button.setEnabled(True)
            if isinstance(exc, UserError):
                self.show_error(exc)
            else:
                from consular.gui.errors import show_error

                show_error(self, exc)

        self._op = ops.write(
            self,
            lambda: case_service.open_case(ctx, **values),
            on_done=done,
            on_error=failed,
            label=self.tr("Opening the case…"),
        )
