"""Colours, text size and icons, and keeping the window on the screen."""

from __future__ import annotations

from PySide6.QtGui import QFont

from ...core import languages
from .. import theme
from ..qtapp import running_app
from .base import WindowBase

NAV_HIDDEN_FROM = 200  # text size (%) from which the module list starts hidden


class WindowAppearance(WindowBase):
    """Applies the learner's theme and text size from their settings."""

    def _apply_theme(self, *, style_sheet: bool = True) -> QFont:
        store = self.session.store
        name = store.get_setting("theme", "default")
        size = int(store.get_setting("text_size", self.session.policy.default_text_size or 100))
        cjk = languages.uses_cjk(self.session.language)
        return theme.apply(running_app(), name, size, chinese=cjk, style_sheet=style_sheet)

    def apply_appearance(self, *, theme_applied: bool = False) -> None:
        font = running_app().font() if theme_applied else self._apply_theme()
        for key, action in self.theme_actions.items():
            action.setChecked(key == theme.current().name)
        self.lesson_view.apply_font(font)
        # at large text sizes the module list would only show "How ge…": the home cards
        # and F6 (which shows the list again) take its place
        dock = self.nav.parentWidget()
        if dock is not None:
            dock.setVisible(theme.scale() < NAV_HIDDEN_FROM)
        self.apply_icons()
        self.fit_to_screen()

    def apply_icons(self) -> None:
        """Icons (Tabler Icons, bundled as SVG) in the current theme's colours."""
        from ..icons import icon, set_icon

        text = theme.current().text
        set_icon(self.switch_button, "users", text)
        for action, name in (
            (self.home_action, "home"),
            (self.search_action, "search"),
            (self.settings_action, "settings"),
            (self.teacher_action, "school"),
            (self.back_action, "arrow-left"),
            (self.forward_action, "arrow-right"),
        ):
            action.setIcon(icon(name, text))
        self.home.apply_icons()

    def fit_to_screen(self) -> None:
        """Shrink the window to the screen when it is bigger (after a larger text size)."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the new text size's minimum sizes
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), available.width() - frame.width())
        height = min(self.height(), available.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        outer = self.frameGeometry()
        if not available.contains(outer):
            self.move(
                max(available.left(), min(self.x(), available.right() - outer.width())),
                max(available.top(), min(self.y(), available.bottom() - outer.height())),
            )

    def set_theme(self, name: str) -> None:
        self.session.store.set_setting("theme", name)
        self.apply_appearance()

    def set_text_size(self, percent: int) -> None:
        self.session.store.set_setting("text_size", percent)
        self.apply_appearance()
        self.statusBar().showMessage(
            self.tr("Text size: %1%").replace("%1", str(theme.scale())), 3000
        )

    def step_text_size(self, step: int) -> None:
        sizes = theme.SCALES
        current = sizes.index(theme.scale()) if theme.scale() in sizes else 0
        self.set_text_size(sizes[max(0, min(len(sizes) - 1, current + step))])
