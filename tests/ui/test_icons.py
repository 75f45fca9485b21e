"""Interface icons are painted on demand, at the size asked for, in the given colour."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QPushButton

from ailiteracy.ui import icons


def _opaque_colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icon_is_painted_at_the_size_asked_for_in_the_colour(qtbot):
    ic = icons.icon("home", "#c00000")
    engine_icons = icons._drawn("home", "#c00000")
    gc.collect()
    for side in (13, 40, 97):  # sizes no fixed list would hold
        pixmap = ic.pixmap(QSize(side, side))
        assert pixmap.size() == QSize(side, side)
        assert _opaque_colours(pixmap.toImage()) == {"#c00000"}
    assert ic.actualSize(QSize(77, 77)) == QSize(77, 77)
    assert not engine_icons.isNull()


def test_nothing_is_painted_until_asked(qtbot):
    icons._drawn.cache_clear()
    ic = icons.icon("search", "#000000")
    engine = icons._drawn("search", "#000000")
    assert not ic.isNull()
    # the engine holds no pixmaps before the first paint
    assert engine.availableSizes() == []


def test_disabled_icon_is_greyed_and_copies_survive(qtbot):
    ic = icons.icon("users", "#c00000")
    copy = QIcon(ic)
    del ic
    icons._drawn.cache_clear()
    gc.collect()
    disabled = _opaque_colours(copy.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage())
    assert disabled and "#c00000" not in disabled
    button = QPushButton("Switch")
    qtbot.addWidget(button)
    icons.set_icon(button, "users", "#000000")
    height = button.fontMetrics().height()
    assert button.iconSize() == QSize(height, height)
    assert not button.icon().pixmap(button.iconSize()).isNull()


def test_icon_is_sharp_on_a_high_density_screen(qtbot):
    pixmap = icons.icon("home", "#c00000").pixmap(QSize(20, 20), 2.0)
    assert pixmap.size() == QSize(40, 40)  # painted at device pixels, not scaled up
    assert pixmap.devicePixelRatio() == 2.0
