"""Interface icons: a few Tabler Icons (MIT licence, resources/icons/ui/LICENSE) as SVG.

The SVGs draw with ``currentColor``; :func:`icon` paints them in a theme colour at
the size Qt asks for, when it asks (:class:`SvgIconEngine`), so they stay sharp at
every text size and start-up paints none that are not shown.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication

from ..core import paths


@lru_cache(maxsize=128)
def _svg(name: str) -> str:
    return (paths.resources_dir() / "icons" / "ui" / f"{name}.svg").read_text(encoding="utf-8")


class SvgIconEngine(QIconEngine):
    """Paints one recoloured SVG at each size on first use and keeps that pixmap.

    Disabled and selected looks come from the widget style, as for a pixmap icon."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderer: QSvgRenderer | None = None
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _render(self, size: QSize) -> QPixmap:
        if self._renderer is None:
            self._renderer = QSvgRenderer(QByteArray(self._svg))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._renderer.render(painter)
        painter.end()
        return QPixmap.fromImage(image)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        if size.isEmpty():
            return QPixmap()
        result = self._render(size)
        if mode != QIcon.Mode.Normal:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from PySide6.QtWidgets import QStyleOption  # for disabled and selected looks

                result = app.style().generatedIconPixmap(mode, result, QStyleOption())
        self._pixmaps[key] = result
        return result

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap = self.pixmap(size, mode, state)
        painter.drawPixmap(rect, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size  # vector art: any size is exact

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg)


def icon(name: str, colour: str) -> QIcon:
    """The icon ``name`` (a file name in resources/icons/ui) drawn in ``colour``.

    One per name and colour: the home screen sets its icons again on every refresh
    (every lesson opened), and each new icon put new scaled copies of itself in Qt's
    pixmap cache, up to the cache's limit."""
    return QIcon(_drawn(name, colour))


@lru_cache(maxsize=128)  # a few dozen names and the themes' colours
def _drawn(name: str, colour: str) -> QIcon:
    return QIcon(SvgIconEngine(_svg(name).replace("currentColor", colour).encode()))


def set_icon(button: QAbstractButton, name: str, colour: str) -> None:
    """Give ``button`` the icon ``name``, as tall as its text."""
    button.setIcon(icon(name, colour))
    height = button.fontMetrics().height()
    button.setIconSize(QSize(height, height))
