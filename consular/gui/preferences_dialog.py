"""Tools › Preferences…: language, theme, times, the idle lock and daily backups.

The settings themselves live in gui/settings.py. :class:`Preferences` reads them (an odd value
in a hand-edited file reads as the default), validates what the dialog holds and saves only
what was changed here, so a value set outside the dialog (an idle lock turned off by an
administrator) stays unless someone changes that field.

The language applies at the next start: widgets made before keep the texts they were given.
The dialog says so in the words of the language chosen, read from that language's own
catalogue, so a francophone who picks Français reads the note in French.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consular import i18n
from consular.gui import settings, theme
from consular.i18n import QT_TRANSLATE_NOOP

SYSTEM = ""  # the language setting's value for "follow the system"
THEMES = (
    ("system", QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("PreferencesDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")),
)
TIME_MODES = (
    ("case", QT_TRANSLATE_NOOP("PreferencesDialog", "In the case's time zone")),
    ("user", QT_TRANSLATE_NOOP("PreferencesDialog", "In my time zone ({zone})")),
)
IDLE_MINUTES = (1, 240)
BACKUPS_KEPT = (1, 365)


@dataclass(frozen=True)
class Preferences:
    """The values the dialog edits, as stored in the settings."""

    language: str  # "" (the system's) or a code of consular.i18n.LANGUAGES
    theme: str  # system | light | dark
    time_display: str  # case | user
    idle_lock_minutes: float  # 0 or less: no idle lock (only settable outside the dialog)
    daily_backups_kept: int

    @classmethod
    def load(cls) -> Preferences:
        language = settings.get(settings.LANGUAGE) or SYSTEM
        chosen_theme = settings.get(settings.THEME) or "system"
        time_display = settings.get(settings.TIME_DISPLAY) or "case"
        return cls(
            language=language if language in i18n.LANGUAGES else SYSTEM,
            theme=chosen_theme if chosen_theme in dict(THEMES) else "system",
            time_display=time_display if time_display in dict(TIME_MODES) else "case",
            idle_lock_minutes=float(settings.get(settings.IDLE_LOCK_MINUTES)),
            daily_backups_kept=int(settings.get(settings.DAILY_BACKUPS_KEPT)),
        )

    def problems(self, only: set[str] | None = None) -> list[str]:
        """What is wrong with these values (``only`` these fields), in words for the user;
        empty: they can be saved."""

        def checked(name: str) -> bool:
            return only is None or name in only

        found = []
        if checked("language") and self.language != SYSTEM and self.language not in i18n.LANGUAGES:
            found.append(QCoreApplication.translate("PreferencesDialog", "Choose one of the languages offered."))
        if checked("theme") and self.theme not in dict(THEMES):
            found.append(QCoreApplication.translate("PreferencesDialog", "Choose one of the themes offered."))
        if checked("time_display") and self.time_display not in dict(TIME_MODES):
            found.append(QCoreApplication.translate("PreferencesDialog", "Choose how times are shown."))
        low, high = IDLE_MINUTES
        if checked("idle_lock_minutes") and not low <= self.idle_lock_minutes <= high:
            found.append(
                QCoreApplication.translate(
                    "PreferencesDialog", "The window can lock after {low} to {high} minutes without use."
                ).format(low=low, high=high)
            )
        low, high = BACKUPS_KEPT
        if checked("daily_backups_kept") and not low <= self.daily_backups_kept <= high:
            found.append(
                QCoreApplication.translate("PreferencesDialog", "Keep from {low} to {high} daily backups.").format(
                    low=low, high=high
                )
            )
        return found

    def changed_from(self, other: Preferences) -> set[str]:
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}

    def save(self, before: Preferences) -> list[str]:
        """Write the fields that differ from ``before``; returns their names."""
        keys = {
            "language": settings.LANGUAGE,
            "theme": settings.THEME,
            "time_display": settings.TIME_DISPLAY,
            "idle_lock_minutes": settings.IDLE_LOCK_MINUTES,
            "daily_backups_kept": settings.DAILY_BACKUPS_KEPT,
        }
        changed = sorted(self.changed_from(before))
        for name in changed:
            settings.put(keys[name], getattr(self, name))
        return changed


def restart_note(code: str) -> str:
    """'consular will be in <language> from its next start', in that language's own words."""
    with i18n.using_language(code):
        return i18n.translate("PreferencesDialog", "consular will be in {language} from its next start.").format(
            language=i18n.LANGUAGES[code]
        )


class PreferencesDialog(QDialog):
    """Edits :class:`Preferences`; OK saves what changed and applies what can be applied now."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.stored = Preferences.load()
        self.running_language = i18n.language()

        self.language = QComboBox(self)
        self.language.setObjectName("preferences_language")
        system = settings.system_language()
        self.language.addItem(self.tr("System default ({language})").format(language=i18n.LANGUAGES[system]), SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language_note = QLabel(self)
        self.language_note.setObjectName("preferences_language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setProperty("role", "hint")

        self.theme = QComboBox(self)
        self.theme.setObjectName("preferences_theme")
        for key, text in THEMES:
            self.theme.addItem(self.tr(text), key)

        self.time_display = QComboBox(self)
        self.time_display.setObjectName("preferences_time_display")
        from consular.gui.times import user_zone_name

        for key, text in TIME_MODES:
            self.time_display.addItem(self.tr(text).format(zone=user_zone_name()), key)
        self.time_note = QLabel(self.tr("Cases already open keep their setting until you open them again."), self)
        self.time_note.setWordWrap(True)
        self.time_note.setProperty("role", "hint")

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("preferences_idle_minutes")
        self.idle_minutes.setRange(*IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setToolTip(
            self.tr("Minutes without keyboard or mouse input before the window locks and asks for your password")
        )
        self.backups = QSpinBox(self)
        self.backups.setObjectName("preferences_daily_backups")
        self.backups.setRange(*BACKUPS_KEPT)
        self.backups.setToolTip(self.tr("How many daily automatic backups of each database are kept"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("T&imes:"), self.time_display)
        form.addRow("", self.time_note)
        form.addRow(self.tr("Loc&k the window after:"), self.idle_minutes)
        form.addRow(self.tr("&Daily backups kept:"), self.backups)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.LabelRole)
            field = form.itemAt(row, QFormLayout.FieldRole)
            if label is not None and field is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

        self.problem = QLabel(self)
        self.problem.setObjectName("preferences_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.show_values(self.stored)
        self.shown = self.values()
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

    # --- values --------------------------------------------------------------------------

    def show_values(self, values: Preferences) -> None:
        self.language.setCurrentIndex(max(self.language.findData(values.language), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(values.theme), 0))
        self.time_display.setCurrentIndex(max(self.time_display.findData(values.time_display), 0))
        low, high = IDLE_MINUTES
        self.idle_minutes.setValue(round(min(max(values.idle_lock_minutes, low), high)))
        self.backups.setValue(values.daily_backups_kept)

    def values(self) -> Preferences:
        return Preferences(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            time_display=self.time_display.currentData(),
            idle_lock_minutes=float(self.idle_minutes.value()),
            daily_backups_kept=self.backups.value(),
        )

    def edited(self) -> Preferences:
        """The stored values with the fields changed in this dialog replaced."""
        now = self.values()
        return replace(self.stored, **{name: getattr(now, name) for name in now.changed_from(self.shown)})

    def _language_changed(self) -> None:
        code = self.language.currentData() or settings.system_language()
        if code == self.running_language:
            self.language_note.clear()
            self.language_note.hide()
        else:
            self.language_note.setText(restart_note(code))
            self.language_note.show()

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        wanted = self.edited()
        # A value kept from the settings file (an idle lock turned off there) is not the
        # user's doing here: only the fields edited in the dialog are checked.
        problems = wanted.problems(only=wanted.changed_from(self.stored))
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return
        changed = wanted.save(self.stored)
        self.apply(changed, wanted)
        super().accept()

    def apply(self, changed: list[str], values: Preferences) -> None:
        """Apply at once what can be: the theme, the idle lock's delay."""
        window = self.parent()
        if "theme" in changed:
            if window is not None and hasattr(window, "set_theme"):
                window.set_theme(values.theme)
            else:
                app = QApplication.instance()
                if app is not None:
                    theme.apply_theme(app, values.theme)
        lock = getattr(window, "idle_lock", None)
        signed_in = getattr(window, "ctx", None) is not None
        if "idle_lock_minutes" in changed and lock is not None and signed_in and not lock.locked:
            lock.start()  # reads the new delay


# --- the menu entry ----------------------------------------------------------------------------


def open_preferences(window) -> PreferencesDialog:
    dialog = PreferencesDialog(window)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog


def install(window) -> QAction:
    """Tools › Preferences… (QKeySequence.Preferences; the application menu on macOS)."""
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    action.setObjectName("action_preferences")
    action.setShortcut(QKeySequence.Preferences)
    action.setMenuRole(QAction.PreferencesRole)
    tip = QCoreApplication.translate("PreferencesDialog", "Language, theme, times, the idle lock and backups")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: open_preferences(window))
    window.addAction(action)
    window.preferences_action = action
    window.preferences_dialog = None
    tools = window.menus.get("tools")
    if tools is None:
        tools = window.menuBar().addMenu(QCoreApplication.translate("PreferencesDialog", "&Tools"))
        help_menu = window.menus.get("help")
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), tools)
        window.menus["tools"] = tools
    tools.addAction(action)
    tools.addSeparator()
    return action
