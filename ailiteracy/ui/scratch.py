"""The per-run folder for Qt's own settings, inside the data folder.

Qt keeps a file dialog's last folder and the like in the user's profile; on a
shared computer the next person would see where the last one saved their files.
Start-up sends those settings to this folder, and signing out empties it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings


def redirect_qt_settings(scratch: Path) -> None:
    """Send Qt's own settings (a file dialog's last folder, ...) to a per-run folder.

    Otherwise Qt writes them to the user's profile, outside the data folder, and the
    next person on a shared PC would see where the last one saved their files. The
    folder is emptied at sign-out and removed when the app closes.
    """
    shutil.rmtree(scratch, ignore_errors=True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(scratch))
