"""Interface icons: a few Tabler Icons (MIT licence, resources/icons/ui/LICENSE) as SVG.

The SVGs draw with ``currentColor``; :func:`icon` paints them in a theme colour at
several sizes, so they stay sharp at every text size.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from ..core import paths

SIZES = (16, 24, 32, 48, 64)


@lru_cache(maxsize=128)
def _svg(name: str) -> str:
    return (paths.resources_dir() / "icons" / "ui" / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: str) -> QIcon:
    """The icon ``name`` (a file name in resources/icons/ui) drawn in ``colour``.

    Drawn once per name and colour: the home screen sets its icons again on every
    refresh (every lesson opened), and each new icon put new scaled copies of itself in
    Qt's pixmap cache, up to the cache's limit."""
    return QIcon(_drawn(name, colour))


@lru_cache(maxsize=128)  # a few dozen names and the themes' colours
def _drawn(name: str, colour: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    result = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def set_icon(button: QAbstractButton, name: str, colour: str) -> None:
    """Give ``button`` the icon ``name``, as tall as its text."""
    button.setIcon(icon(name, colour))
    height = button.fontMetrics().height()
    button.setIconSize(QSize(height, height))
