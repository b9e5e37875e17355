"""Text for display: HTML-escaped strings for rich-text labels, file sizes."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale


def number_text(n: int) -> str:
    """``n`` grouped as the user's locale writes numbers (12,345 · 12 345); Python's grouping
    when Qt has no real locale (the "C" locale of a bare environment)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return QCoreApplication.translate("text", "{count} bytes").format(count=number_text(int(value)))
            return f"{value:,.1f} {unit}"
        value /= 1024
    return QCoreApplication.translate("text", "{count} bytes").format(count=n)


def html_escape(text: str | None) -> str:
    """``text`` safe inside rich text (and inside a double-quoted attribute). The apostrophe
    is left as it is: a label that Qt takes for plain text (no tags in it) would show
    "&#x27;" for it, and French is full of apostrophes ("Prise d'otages")."""
    return escape(text or "", quote=False).replace('"', "&quot;")


def multiline_html(text: str | None) -> str:
    return html_escape(text).replace("\n", "<br>")


def bold_html(text: str | None) -> str:
    """``text`` escaped and in bold, for a rich-text label."""
    return f"<b>{html_escape(text)}</b>"


_ACCELERATOR = re.compile(r"\s*\(&\w\)")


def plain_label(text: str) -> str:
    """A menu or button text without its accelerator ("&Open…" → "Open", "खोलें (&O)…" →
    "खोलें") and without a trailing ellipsis: for toolbar buttons (as Qt's own icon text),
    tooltips and accessible names."""
    return _ACCELERATOR.sub("", text).replace("&", "").rstrip("…")
