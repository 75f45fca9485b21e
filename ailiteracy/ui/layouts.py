"""Layouts that keep screens inside a small window at large text sizes.

``FlowLayout`` puts widgets (usually buttons) in a row and wraps them onto the next
line when the row gets too narrow, the way words wrap; it is Qt's own "Flow Layout"
example. ``PageStack`` is a QStackedWidget whose size follows the page shown, so a
wide screen opened once does not keep the whole window wide.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from . import theme


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when there is no room."""

    def __init__(self, parent: QWidget | None = None, spacing: int = theme.SPACE) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        # QLayout leaves its items to the subclass's destructor, which Python cannot
        # write; Qt owns them, so without this every window left its items behind.
        self.destroyed.connect(partial(_delete_items, self._items))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 (Qt API, for easy swaps)
        """Accepted for symmetry with QHBoxLayout; a flow has no stretch."""

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            next_x = x + width + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                next_x = x + width + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def _delete_items(items: list[QLayoutItem], *_destroyed: object) -> None:
    """Delete the items a flow layout still holds when it is destroyed (as Qt's C++ flow
    layout example does in its destructor). An item whose widget went first is already
    gone: Qt takes it out through ``takeAt`` and deletes it."""
    while items:
        item = items.pop()
        if shiboken6.isValid(item):
            shiboken6.delete(item)


class VerticalScroll(QScrollArea):
    """Scrolls its page up and down only; it is as wide as the page needs, never narrower."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        page = self.widget()
        width = page.minimumSizeHint().width() if page is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 80)


class PageStack(QStackedWidget):
    """Screens that scroll vertically when the window is too short for them.

    Each screen sits in a vertical scroll area, and the stack is as big as the screen
    shown, not as big as the biggest screen ever opened. ``currentWidget()``,
    ``setCurrentWidget()``, ``indexOf()`` and ``widget()`` deal in the screens
    themselves, as with a plain QStackedWidget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._fit_current)

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 (Qt API)
        index = super().addWidget(VerticalScroll(widget))
        self._fit_current()
        return index

    def _page(self, scroll: QWidget | None) -> QWidget | None:
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def widget(self, index: int) -> QWidget | None:
        return self._page(super().widget(index))

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt API)
        return self._page(super().currentWidget())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 (Qt API)
        for i in range(self.count()):
            if self.widget(i) is widget:
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt API)
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def _fit_current(self, *_args: object) -> None:
        current = super().currentWidget()
        for i in range(self.count()):
            page = super().widget(i)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.updateGeometry()


def fit_height(widget: QWidget) -> None:
    """Let ``widget``'s window grow taller so that wrapped text fits (within the screen).

    Qt sizes a window from its layout's minimum size, which ignores how tall wrapped
    text becomes at the window's width; a message that appears later is then cut off.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    screen = window.screen()
    if screen is not None:
        frame = window.frameGeometry().height() - window.height()
        needed = min(needed, screen.availableGeometry().height() - frame)
    if needed > window.height():
        window.resize(window.width(), needed)


def sideways_scrolling(root: QWidget) -> list[str]:
    """Visible scroll areas under ``root`` that can scroll sideways (text should wrap)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found = []
    for area in root.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            name = area.accessibleName() or type(area).__name__
            found.append(f"{name} scrolls sideways by {bar.maximum()} px")
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons under ``root`` whose text does not fit (where Qt can tell)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need_height = widget.heightForWidth(widget.width())
                if need_height > widget.height() + 1:
                    found.append(f"label {widget.text()[:50]!r}: {widget.height()} < {need_height}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"label {widget.text()[:50]!r}: {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                found.append(
                    f"button {widget.text()[:50]!r}: {widget.size().toTuple()} < {hint.toTuple()}"
                )
    return found
