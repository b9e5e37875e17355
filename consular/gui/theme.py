"""The look: light and dark palettes, the stylesheet of each, and the few colours code paints
with (overdue, muted, restricted) so they match the stylesheets. The one home of colour:
widgets ask here, never the application module.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from consular import paths
from consular.gui import settings

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, alt, text = QColor("#22272b"), QColor("#1b1f23"), QColor("#262c31"), QColor("#e3e8ec")
    for group in (QPalette.Active, QPalette.Inactive):
        p.setColor(group, QPalette.Window, window)
        p.setColor(group, QPalette.WindowText, text)
        p.setColor(group, QPalette.Base, base)
        p.setColor(group, QPalette.AlternateBase, alt)
        p.setColor(group, QPalette.ToolTipBase, QColor("#2f363c"))
        p.setColor(group, QPalette.ToolTipText, text)
        p.setColor(group, QPalette.PlaceholderText, QColor("#8a959e"))
        p.setColor(group, QPalette.Text, text)
        p.setColor(group, QPalette.Button, QColor("#2c3338"))
        p.setColor(group, QPalette.ButtonText, text)
        p.setColor(group, QPalette.BrightText, QColor("#ff8a80"))
        p.setColor(group, QPalette.Light, QColor("#3a434a"))
        p.setColor(group, QPalette.Midlight, QColor("#323a40"))
        p.setColor(group, QPalette.Mid, QColor("#1e2327"))
        p.setColor(group, QPalette.Dark, QColor("#16191c"))
        p.setColor(group, QPalette.Shadow, QColor("#0b0d0f"))
        p.setColor(group, QPalette.Highlight, QColor("#2f6eb5"))
        p.setColor(group, QPalette.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.Link, QColor("#79b0ef"))
        p.setColor(group, QPalette.LinkVisited, QColor("#b39ddb"))
    disabled = QColor("#6f7a83")
    p.setColor(QPalette.Disabled, QPalette.Window, window)
    p.setColor(QPalette.Disabled, QPalette.Base, QColor("#25292d"))
    p.setColor(QPalette.Disabled, QPalette.Button, QColor("#282e33"))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.PlaceholderText):
        p.setColor(QPalette.Disabled, role, disabled)
    p.setColor(QPalette.Disabled, QPalette.Highlight, QColor("#3b4650"))
    p.setColor(QPalette.Disabled, QPalette.HighlightedText, disabled)
    return p


def _light_palette() -> QPalette:
    p = QStyleFactory.create("Fusion").standardPalette()
    for group in (QPalette.Active, QPalette.Inactive):
        p.setColor(group, QPalette.Window, QColor("#f3f5f7"))
        p.setColor(group, QPalette.Base, QColor("#ffffff"))
        p.setColor(group, QPalette.AlternateBase, QColor("#f7f9fa"))
        p.setColor(group, QPalette.Highlight, QColor("#2f6eb5"))
        p.setColor(group, QPalette.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.Link, QColor("#1f5fa8"))
        p.setColor(group, QPalette.ToolTipBase, QColor("#ffffff"))
        p.setColor(group, QPalette.ToolTipText, QColor("#1b2127"))
    return p


def platform_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    return scheme == Qt.ColorScheme.Dark


def effective_theme(theme: str | None = None) -> str:
    """'light' or 'dark': the setting, with 'system' following the platform."""
    choice = (theme or settings.get(settings.THEME) or "system").lower()
    if choice not in THEMES:
        choice = "system"
    if choice == "system":
        return "dark" if platform_prefers_dark() else "light"
    return choice


def is_dark() -> bool:
    """Whether the palette in use is dark (widgets pick warning colours with this)."""
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.Window).lightness() < 128


def warning_colour() -> QColor:
    """The colour for overdue items, readable on the current palette (matches the .qss)."""
    return QColor("#ffb066") if is_dark() else QColor("#a24400")


def overdue_colour() -> QColor:
    """Red: a deadline that has passed and a person is waiting (a family not yet told)."""
    return QColor("#ff8a80") if is_dark() else QColor("#b3261e")


def muted_colour() -> QColor:
    return QColor("#9aa6b0") if is_dark() else QColor("#5f6b75")


def restricted_colour() -> QColor:
    return QColor("#ff8a80") if is_dark() else QColor("#9b1c1c")


def set_flag(widget: QWidget, name: str, value) -> None:
    """Set a stylesheet property and re-polish so the rule applies now."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def apply_theme(app: QApplication, theme: str | None = None) -> str:
    """Fusion style, a light or dark palette and the matching stylesheet. Returns the one applied."""
    applied = effective_theme(theme)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_dark_palette() if applied == "dark" else _light_palette())
    try:
        sheet = paths.stylesheet_path(applied).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        log.warning("No stylesheet for the %s theme: %s", applied, exc)
        sheet = ""
    app.setStyleSheet(sheet)
    app.setProperty("consular_theme", applied)
    return applied


def follow_platform_scheme(app: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        return

    def changed(_scheme) -> None:
        if (settings.get(settings.THEME) or "system") == "system":
            apply_theme(app, "system")

    hints.colorSchemeChanged.connect(changed)
