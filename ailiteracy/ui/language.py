"""The interface language: which one to start in, and loading its translations.

Used by start-up, the learner controller, the first-run welcome and the main
window's language switch, so that none of them imports another for it.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core import paths


def choose_language(flag: str | None, default: str | None = None) -> str:
    if flag:
        return flag
    if default in ("en", "zh-CN"):
        return default
    name = QLocale.system().name()  # e.g. "zh_CN"
    return "zh-CN" if name.startswith("zh") else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language`` (English needs none)."""
    installed: list[QTranslator] = []
    for translator in getattr(app, "_ailiteracy_translators", []):
        app.removeTranslator(translator)
        translator.deleteLater()  # parented to the app, it would live as long as the app
    if language != "en":
        qm_dir = paths.resources_dir() / "translations"
        app_tr = QTranslator(app)
        if app_tr.load(f"ailiteracy_{language.replace('-', '_')}", str(qm_dir)):
            app.installTranslator(app_tr)
            installed.append(app_tr)
        qt_tr = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)  # Qt's own dialogs
        if qt_tr.load(QLocale(language.replace("-", "_")), "qtbase", "_", qt_dir):
            app.installTranslator(qt_tr)
            installed.append(qt_tr)
    app._ailiteracy_translators = installed  # type: ignore[attr-defined]
    return installed
