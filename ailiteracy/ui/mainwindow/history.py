"""Back and Forward between the lessons and glossary terms the learner has read."""

from __future__ import annotations

from .base import Place, WindowBase


class WindowHistory(WindowBase):
    """The reading history, with the scroll position each lesson in it was left at."""

    history: list[Place]
    history_at: int
    _history_scroll: dict[int, float]
    _moving_in_history: bool

    def _init_history(self) -> None:
        self.history = []
        self.history_at = -1
        self._history_scroll = {}  # where each lesson in it was left
        self._moving_in_history = False

    def _remember(self, place: Place) -> None:
        if self._moving_in_history:
            return
        if 0 <= self.history_at < len(self.history) and self.history[self.history_at] == place:
            return
        del self.history[self.history_at + 1 :]
        for later in [k for k in self._history_scroll if k > self.history_at]:
            del self._history_scroll[later]
        self.history.append(place)
        self.history_at = len(self.history) - 1
        self._update_history_actions()

    def _keep_history_scroll(self, place: Place) -> None:
        """Remember how far the lesson being left was scrolled, when it is the current place."""
        at = self.history_at
        if 0 <= at < len(self.history) and self.history[at] == place:
            self._history_scroll[at] = self.lesson_view.scroll_fraction()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history_at > 0)
        self.forward_action.setEnabled(self.history_at + 1 < len(self.history))
        self.lesson_view.back_button.setEnabled(self.back_action.isEnabled())
        if self._glossary_view is not None:
            self._glossary_view.back_button.setEnabled(self.back_action.isEnabled())

    def go_back(self) -> None:
        """Return to the previous lesson or glossary term, at the place it was left."""
        self._go_to(self.history_at - 1)

    def go_forward(self) -> None:
        self._go_to(self.history_at + 1)

    def _go_to(self, index: int) -> None:
        if not 0 <= index < len(self.history):
            return
        self._leave_lesson()  # keeps the scroll position of the lesson being left
        self._moving_in_history = True
        try:
            place = self.history[index]
            self.history_at = index
            if place[0] == "lesson":
                self.open_lesson(place[1], place[2], scroll=self._history_scroll.get(index, 0.0))
            else:
                self.show_glossary(place[1])
        finally:
            self._moving_in_history = False
        self._update_history_actions()
