"""Links in lessons and the timeline: inside the app, the routine card, or the web."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from .base import WindowBase


class WindowLinks(WindowBase):
    """Follows a link; a web page only when the policy allows it and the learner agrees."""

    def follow_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "glossary":
            self.show_glossary(url.path())
        elif scheme == "lesson":
            target = url.path() + (f"#{url.fragment()}" if url.hasFragment() else "")
            self.open_target(target)
        elif scheme == "card":
            self.save_routine_card()
        elif scheme in ("http", "https", "mailto"):
            self._open_external(url)
        elif url.isLocalFile() or not scheme:
            self.statusBar().showMessage(self.tr("That link does not lead anywhere."), 5000)

    def _open_external(self, url: QUrl) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.session.policy.external_links:
            QMessageBox.information(
                self,
                self.tr("Links are switched off"),
                self.tr(
                    "On this computer, web links cannot be opened. The address is:\n%1"
                ).replace("%1", url.toString()),
            )
            return
        if self.confirm_external(url):
            QDesktopServices.openUrl(url)

    def _ask_open_external(self, url: QUrl) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Open a web page?"),
            self.tr(
                "This link leads to a web page outside the app:\n\n%1\n\n"
                "Open it in your web browser? This needs an internet connection."
            ).replace("%1", url.toString()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
