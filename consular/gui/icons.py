"""Icons from resources/icons, cached, drawn in the colours of the palette in use.

The SVGs are drawn in one ink colour (``INK``). An icon draws itself with that ink swapped
for a colour that reads on the current palette: dark grey on the light theme, light grey
on the dark one, muted when disabled, the highlighted-text colour when selected. It is
decided at paint time, so switching the theme needs no icon to be set again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from consular import paths

INK = "#37474f"
_DARK_INK = "#cfd8dc"
_LIGHT_DISABLED = "#9aa5ad"
_DARK_DISABLED = "#6f7a83"


def _palette_is_dark() -> bool:
    app = QGuiApplication.instance()
    return app is not None and app.palette().color(QPalette.Window).lightness() < 128


def ink_for(mode: QIcon.Mode) -> str:
    """The colour replacing INK for ``mode`` on the current palette."""
    dark = _palette_is_dark()
    if mode == QIcon.Disabled:
        return _DARK_DISABLED if dark else _LIGHT_DISABLED
    if mode == QIcon.Selected:
        app = QGuiApplication.instance()
        if app is not None:
            return app.palette().color(QPalette.HighlightedText).name()
    return _DARK_INK if dark else INK


class _InkedSvgEngine(QIconEngine):
    def __init__(self, svg: bytes):
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}

    def _renderer(self, mode) -> QSvgRenderer:
        colour = ink_for(mode)
        renderer = self._renderers.get(colour)
        if renderer is None:
            data = self._svg.replace(INK.encode(), colour.encode()).replace(INK.upper().encode(), colour.encode())
            renderer = QSvgRenderer(QByteArray(data))
            self._renderers[colour] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        renderer = self._renderer(mode)
        # Keep the aspect ratio, centred in ``rect``.
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        renderer.render(painter, target)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        key = (size.width(), size.height(), ink_for(mode))
        cached = self._pixmaps.get(key)
        if cached is not None:
            return QPixmap(cached)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        if len(self._pixmaps) > 64:
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return QPixmap(pixmap)

    def actualSize(self, size: QSize, mode, state) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _InkedSvgEngine(self._svg)

    def key(self) -> str:
        return "consular-inked-svg"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (an SVG in resources/icons); an empty icon if it is missing.

    Icons drawn in INK follow the palette; others (the coloured app icon) are used as drawn.
    """
    try:
        path = paths.icon_path(name)
    except FileNotFoundError:
        return QIcon()
    svg = path.read_bytes()
    if INK.encode() not in svg.lower():
        return QIcon(str(path))
    return QIcon(_InkedSvgEngine(svg))
