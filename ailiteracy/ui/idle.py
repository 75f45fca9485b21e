"""Signing out a public PC's learner after a time without keyboard or mouse use."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

WARNING_SECONDS = 60
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Watches input to the whole app.

    Signals:
        countdown(int): seconds left before sign-out (during the last minute).
        resumed(): input arrived during the countdown; the sign-out is off.
        timed_out(): the time without input has run out.
    """

    countdown = Signal(int)
    resumed = Signal()
    timed_out = Signal()

    def __init__(
        self,
        minutes: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit = minutes * 60
        self.clock = clock
        self.last_input = clock()
        self.warning = False
        self.fired = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        if self.limit <= 0:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.poke()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def poke(self) -> None:
        """Count from now (input arrived, or the learner chose to stay)."""
        self.last_input = self.clock()
        self.fired = False
        if self.warning:
            self.warning = False
            self.resumed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in INPUT_EVENTS:
            self.poke()
        return False

    def tick(self) -> None:
        if self.limit <= 0 or self.fired:
            return
        left = int(self.limit - (self.clock() - self.last_input))
        if left <= 0:
            self.fired = True
            self.warning = False
            self.timed_out.emit()
        elif left <= WARNING_SECONDS:
            self.warning = True
            self.countdown.emit(left)
