"""Start-up: QApplication, paths, language, the single-instance lock, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QStandardPaths, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..core import paths

APP_NAME = "ailiteracy"
ORG_NAME = "ailiteracy"
LOCK_NAME = "ailiteracy.lock"


def resolve_data_dir(flag: str | None) -> Path:
    """The folder for every file the app writes: the flag, the environment, or the OS default."""
    chosen = flag or os.environ.get("AILITERACY_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise RuntimeError("the system gave no folder for application data; use --data-dir")
    return Path(location)


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
    if language != "en":
        qm_dir = paths.resources_dir() / "translations"
        app_tr = QTranslator(app)
        if app_tr.load(f"ailiteracy_{language.replace('-', '_')}", str(qm_dir)):
            app.installTranslator(app_tr)
            installed.append(app_tr)
        qt_tr = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load(QLocale(language.replace("-", "_")), "qtbase", "_", qt_dir):
            app.installTranslator(qt_tr)
            installed.append(qt_tr)
    app._ailiteracy_translators = installed  # type: ignore[attr-defined]
    return installed


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [sys.argv[0]])
    return app


def run(options: argparse.Namespace) -> int:
    """Run the GUI (or its self-test); returns the process exit code."""
    from ..core.session import Session, SessionError
    from .mainwindow import MainWindow

    app = make_app()
    try:
        data_dir = resolve_data_dir(options.data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError) as exc:
        print(f"ailiteracy: cannot use the data folder: {exc}", file=sys.stderr)
        return 2
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        message = app.translate(
            "App",
            "ailiteracy is already open on this computer with the same data folder.\n"
            "Please switch to the window that is already open, or close it first.",
        )
        if options.self_test:
            print(f"self-test: FAILED: {message}", file=sys.stderr)
        else:
            QMessageBox.information(None, app.translate("App", "Already open"), message)
        return 3
    try:
        session = Session.start(
            data_dir,
            language=options.lang,
            extra_content=[Path(p) for p in options.content],
            policy_file=Path(options.policy) if options.policy else None,
            guest=options.guest,
            system_language=choose_language(None),
        )
    except SessionError as exc:
        print(f"ailiteracy: {exc}", file=sys.stderr)
        if not options.self_test:
            QMessageBox.critical(None, "ailiteracy", str(exc))
        lock.unlock()
        return 2
    install_translators(app, session.language)
    window = MainWindow(session)
    for name in options.files:
        window.open_assignment_file(Path(name))
    if options.self_test:
        code = window.self_test()
        window.close()
        session.close()
        lock.unlock()
        return code
    window.show()
    QTimer.singleShot(0, window.show_start_notices)
    code = app.exec()
    session.close()
    lock.unlock()
    return code
