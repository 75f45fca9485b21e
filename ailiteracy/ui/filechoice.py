"""Asking where to open or save a file: one place for Qt's file dialogs.

Every screen that reads or writes a file has a method that takes the path, so tests
and scripts can skip the dialog; these helpers are what those methods call when no
path was given. They return None when the person cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_file(parent: QWidget | None, title: str, start: Path | str, kinds: str) -> Path | None:
    """A file to open; ``kinds`` is the dialog's filter, e.g. "Results (*.x);;All files (*)"."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(start), kinds)
    return Path(chosen) if chosen else None


def choose_files(parent: QWidget | None, title: str, start: Path | str, kinds: str) -> list[Path]:
    """Files to open (an empty list when cancelled)."""
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, str(start), kinds)
    return [Path(c) for c in chosen]


def choose_folder(parent: QWidget | None, title: str, start: Path | str = "") -> Path | None:
    """A folder."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def choose_save_path(
    parent: QWidget | None, title: str, suggested: Path, kinds: str, suffix: str
) -> Path | None:
    """Where to save, starting at ``suggested``; the name gets ``suffix`` (".pdf", ...)
    when the person left it off."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not chosen:
        return None
    return with_suffix(Path(chosen), suffix)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (compared without regard to case)."""
    if path.name.lower().endswith(suffix.lower()):
        return path
    return path.with_name(path.name + suffix)
