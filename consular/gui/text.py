"""Text for display: HTML-escaped strings for rich-text labels, file sizes."""

from __future__ import annotations

from html import escape


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value):,} bytes" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


def html_escape(text: str | None) -> str:
    return escape(text or "")


def multiline_html(text: str | None) -> str:
    return html_escape(text).replace("\n", "<br>")
