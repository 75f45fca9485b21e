"""Start-up: QApplication, paths, language, the single-instance lock, the main window."""

from __future__ import annotations

import argparse
import linecache
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QStandardPaths
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core import layout, paths
from .scratch import redirect_qt_settings

if TYPE_CHECKING:
    from ..core.policy import Policy


APP_NAME = "ailiteracy"
ORG_NAME = "ailiteracy"
LOCK_NAME = layout.LOCK_FILE


def resolve_data_dir(flag: str | None) -> Path:
    """The folder for every file the app writes: the flag, the environment, or the OS default."""
    chosen = flag or os.environ.get("AILITERACY_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise RuntimeError("the system gave no folder for application data; use --data-dir")
    return Path(location)


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [sys.argv[0]])
    set_identity(app)
    return app


DESKTOP_ID = "org.ailiteracy.ailiteracy"  # the Linux menu entry (resources/linux)


def set_identity(app: QApplication) -> None:
    """The app's icon for its windows, and the menu entry the desktop should match them to."""
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("ailiteracy-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)


def has_screen() -> bool:
    """Whether Qt can open a window here (always true off Linux, or when told to draw offscreen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def program_data_folder() -> Path:
    """Windows' folder for all users' application data, from the system's known folders.

    Not from the ``PROGRAMDATA`` environment variable: a learner can change that to
    point the app at a policy of their own.
    """
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    for location in QStandardPaths.standardLocations(
        QStandardPaths.StandardLocation.GenericConfigLocation
    ):
        folder = Path(location)
        if home and folder.is_relative_to(Path(home)):
            continue  # the user's own folder, which the user can write
        return folder
    return Path(r"C:\ProgramData")


def system_policy_path() -> Path:
    """Where an administrator puts the policy file on this operating system."""
    if sys.platform.startswith("win"):
        return program_data_folder() / "ailiteracy" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/ailiteracy/policy.toml")
    return Path("/etc/ailiteracy/policy.toml")


def choose_policy_file(flag: str | None, system: Path | None = None) -> tuple[Path | None, str]:
    """The policy to use, and a warning when ``--policy`` was ignored.

    A system-wide policy always wins: a learner must not escape the library's
    settings by starting the app with a policy of their own.
    """
    system = system or system_policy_path()
    if system.exists():
        warning = ""
        if flag and Path(flag).resolve() != system.resolve():
            warning = f"ignoring --policy {flag}: the system policy {system} is in force"
        return system, warning
    return (Path(flag) if flag else None), ""


def command_name() -> str:
    """The command that started the app, to name in messages (so it is one that exists)."""
    launcher = os.environ.get("AILITERACY_LAUNCHER")  # set by scripts/run
    if launcher:
        return launcher
    argv0 = sys.argv[0] if sys.argv else ""
    if not argv0 or argv0 == "-c" or Path(argv0).name == "__main__.py":
        return f"{sys.executable} -m ailiteracy"
    return argv0


def _fail(app: QApplication, options: argparse.Namespace, title: str, message: str) -> None:
    """Say why the app cannot start: on stderr, and in a window unless self-testing."""
    from PySide6.QtWidgets import QMessageBox

    if options.self_test:
        print(f"self-test: FAILED: {message}", file=sys.stderr)
    else:
        print(f"ailiteracy: {message}", file=sys.stderr)
        QMessageBox.critical(None, title, message)


def prepare_data_dir(data_dir: Path) -> str:
    """Create the data folder (owner-only) and check it can be written; "" or a reason."""
    from ..core.storage import private_mkdir

    translate = QApplication.translate
    if data_dir.exists() and not data_dir.is_dir():
        return translate(
            "App",
            "The data folder %1 is a file, not a folder. Give a folder with --data-dir "
            "(or AILITERACY_DATA_DIR).",
        ).replace("%1", str(data_dir))
    try:
        private_mkdir(data_dir)
        handle, probe = tempfile.mkstemp(prefix=".write-check-", dir=data_dir)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        return (
            translate(
                "App",
                "The data folder %1 cannot be written (%2), so ailiteracy cannot keep "
                "anyone's work. Ask the administrator to make it writable, or give another "
                "folder with --data-dir.",
            )
            .replace("%1", str(data_dir))
            .replace("%2", exc.strerror or str(exc))
        )
    return ""


def take_lock(data_dir: Path) -> QLockFile | None:
    """The single-instance lock of ``data_dir``, or None when another copy holds it.

    A lock file left by a copy that is no longer running is taken over (Qt checks
    the process id); so is an empty or unreadable one that is more than a few
    seconds old (a copy that was killed while writing it).
    """
    path = layout.lock_file(data_dir)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    info = lock.getLockInfo()  # (pid, host name, app name); pid 0 when unreadable
    pid = info[-3] if isinstance(info, tuple) and len(info) >= 3 else 0
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        age = 0.0
    if lock.error() == QLockFile.LockError.LockFailedError and not pid and age > 5:
        lock.removeStaleLockFile()
        if lock.tryLock(200):
            return lock
    return None


class StartStopped(Exception):
    """Start-up cannot go on (the reason was already given); ``code`` is the exit code."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _open_qt(options: argparse.Namespace) -> QApplication:
    """The QApplication; without a screen only the self-test runs (offscreen)."""
    if not has_screen():
        if not options.self_test:
            print(
                "ailiteracy: no screen was found (DISPLAY and WAYLAND_DISPLAY are not set). "
                "Start it from a desktop session; to check an installation without a "
                f"screen, run: {command_name()} --self-test",
                file=sys.stderr,
            )
            raise StartStopped(2)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen
    return make_app()


def _usable_data_dir(app: QApplication, options: argparse.Namespace) -> Path:
    try:
        data_dir = resolve_data_dir(options.data_dir)
    except (OSError, RuntimeError) as exc:
        print(f"ailiteracy: cannot use the data folder: {exc}", file=sys.stderr)
        raise StartStopped(2) from exc
    problem = prepare_data_dir(data_dir)
    if problem:
        _fail(app, options, app.translate("App", "Data folder"), problem)
        raise StartStopped(2)
    return data_dir


def _policy(options: argparse.Namespace) -> Policy:
    from ..core.policy import Policy, PolicyError, load_policy

    policy_file, warning = choose_policy_file(options.policy)
    if warning:
        print(f"ailiteracy: {warning}", file=sys.stderr)
    try:
        return load_policy(policy_file) if policy_file else Policy()
    except PolicyError as exc:
        print(f"ailiteracy: {exc}", file=sys.stderr)
        if not options.self_test:
            from PySide6.QtWidgets import QMessageBox

            from .plaintext import message_box

            message_box(QMessageBox.Icon.Critical, "ailiteracy", str(exc)).exec()
        raise StartStopped(2) from exc


def _lock(app: QApplication, options: argparse.Namespace, data_dir: Path) -> QLockFile:
    """The data folder's single-instance lock, or a plain message saying why not."""
    lock = take_lock(data_dir)
    if lock is not None:
        return lock
    if not layout.lock_file(data_dir).exists():
        # No other copy holds the folder: the lock file itself could not be made.
        problem = prepare_data_dir(data_dir) or app.translate(
            "App", "The data folder %1 cannot be written."
        ).replace("%1", str(data_dir))
        _fail(app, options, app.translate("App", "Data folder"), problem)
        raise StartStopped(2)
    message = app.translate(
        "App",
        "ailiteracy is already open on this computer with the same data folder.\n"
        "Please switch to the window that is already open, or close it first.",
    )
    if options.self_test:
        print(f"self-test: FAILED: {message}", file=sys.stderr)
    else:
        print(f"ailiteracy: {message}", file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox  # on demand: its enums cost start-up time

        QMessageBox.information(None, app.translate("App", "Already open"), message)
    raise StartStopped(3)


def _run_sessions(
    app: QApplication, options: argparse.Namespace, data_dir: Path, policy: Policy
) -> int:
    """Sign learners in and out until the app is closed (or run the self-test)."""
    from .controller import AppController

    # PySide6 reads the source of each module imported after it (to see whether the
    # module uses PySide6's optional features) and leaves the text in linecache: about
    # 2 MiB that nothing needs (a traceback reads the lines again).
    linecache.clearcache()
    throwaway: Path | None = None
    if options.self_test:
        # The self-test checks the installation, not anyone's data: it runs a guest
        # session on a throw-away folder and leaves the real data folder as it was.
        throwaway = Path(tempfile.mkdtemp(prefix="ailiteracy-self-test-"))
        data_dir = throwaway
    scratch = layout.scratch_dir(data_dir)
    redirect_qt_settings(scratch)
    controller = AppController(
        data_dir,
        policy,
        language=options.lang,
        extra_content=[Path(p) for p in options.content],
        files=[Path(f) for f in options.files],
    )
    if not options.self_test:
        from .errors import excepthook

        sys.excepthook = excepthook
    try:
        if options.self_test:
            return controller.self_test()
        if not controller.begin(guest=options.guest):
            return 0
        return app.exec()
    finally:
        controller.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)


def run(options: argparse.Namespace) -> int:
    """Run the GUI (or its self-test); returns the process exit code."""
    try:
        app = _open_qt(options)
        data_dir = _usable_data_dir(app, options)
        policy = _policy(options)
        lock = _lock(app, options, data_dir)
    except StartStopped as stopped:
        return stopped.code
    try:
        return _run_sessions(app, options, data_dir, policy)
    finally:
        lock.unlock()
