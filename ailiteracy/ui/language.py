"""The interface language: which one to start in, and loading its translations.

Used by start-up, the learner controller, the first-run welcome and the main
window's language switch, so that none of them imports another for it.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core import languages, paths


def choose_language(flag: str | None, default: str | None = None) -> str:
    if flag:
        return flag
    if languages.is_supported(default):
        return str(default)
    return languages.from_system(QLocale.system().name())  # e.g. "zh_CN"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language`` (English needs none)."""
    installed: list[QTranslator] = []
    for translator in getattr(app, "_ailiteracy_translators", []):
        app.removeTranslator(translator)
        translator.deleteLater()  # parented to the app, it would live as long as the app
    if language != languages.FALLBACK:
        qm_dir = paths.resources_dir() / "translations"
        app_tr = QTranslator(app)
        if app_tr.load(f"ailiteracy_{languages.qt_name(language)}", str(qm_dir)):
            app.installTranslator(app_tr)
            installed.append(app_tr)
        qt_tr = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)  # Qt's own dialogs
        if qt_tr.load(QLocale(languages.qt_name(language)), "qtbase", "_", qt_dir):
            app.installTranslator(qt_tr)
            installed.append(qt_tr)
    app._ailiteracy_translators = installed  # type: ignore[attr-defined]
    return installed
