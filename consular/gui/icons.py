"""Icons from resources/icons, cached."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from consular import paths


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon called ``name`` (an SVG in resources/icons); an empty icon if it is missing."""
    try:
        return QIcon(str(paths.icon_path(name)))
    except FileNotFoundError:
        return QIcon()
