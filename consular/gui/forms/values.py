"""Small conversions between what a field holds and what a service takes."""

from __future__ import annotations


def text_or_none(text: str | None) -> str | None:
    """Typed text trimmed, or None when nothing is left (an optional field left blank)."""
    text = (text or "").strip()
    return text or None
