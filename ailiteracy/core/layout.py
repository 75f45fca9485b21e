"""The names of the files and folders inside the app's data folder, in one place.

The UI decides where the data folder is; everything below it is named here::

    <data folder>/
        profiles.json              the list of learners (ProfileRegistry)
        profiles.last-good.json    its last good copy (see storage.backup_path)
        teacher.json               the teacher PIN (TeacherPin), with its last-good copy
        cache/                     parsed lessons of added content folders
        ailiteracy.lock            held while a copy of the app runs on this folder
        window.ini                 window size and place
        session-scratch/           Qt's settings, thrown away at sign-out
        profiles/<profile id>/     one learner (ProgressStore)
            profile.json           a copy of the learner's row in profiles.json
            progress.json          lessons, attempts, settings, review schedule
            history/000001.json    answers, in files of up to 200
            xapi-queue.json        learning records waiting to be sent (policy)

Damaged files are moved aside next to themselves as ``<name>.corrupt-<time>.json``.
"""

from __future__ import annotations

from pathlib import Path

REGISTRY_FILE = "profiles.json"
PROFILES_DIR = "profiles"
DEFAULT_PROFILE = "default"  # the one learner's folder of versions before profiles
PROFILE_FILE = "profile.json"
PROGRESS_FILE = "progress.json"
HISTORY_DIR = "history"
XAPI_QUEUE_FILE = "xapi-queue.json"
TEACHER_FILE = "teacher.json"
CACHE_DIR = "cache"
LOCK_FILE = "ailiteracy.lock"
WINDOW_SETTINGS_FILE = "window.ini"
SCRATCH_DIR = "session-scratch"
HISTORY_DIGITS = 6
LAST_GOOD_INFIX = ".last-good"


# --------------------------------------------------------------------------- data folder


def registry_file(data_dir: Path) -> Path:
    return data_dir / REGISTRY_FILE


def profiles_dir(data_dir: Path) -> Path:
    return data_dir / PROFILES_DIR


def profile_dir(data_dir: Path, profile_id: str) -> Path:
    """One learner's folder (the folder given to ``ProgressStore``)."""
    return data_dir / PROFILES_DIR / profile_id


def teacher_file(data_dir: Path) -> Path:
    return data_dir / TEACHER_FILE


def cache_dir(data_dir: Path) -> Path:
    return data_dir / CACHE_DIR


def lock_file(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE


def window_settings_file(data_dir: Path) -> Path:
    return data_dir / WINDOW_SETTINGS_FILE


def scratch_dir(data_dir: Path) -> Path:
    return data_dir / SCRATCH_DIR


def last_good_file(path: Path) -> Path:
    """Where the last good copy of a file is kept (``name.last-good.json``)."""
    return path.with_name(f"{path.stem}{LAST_GOOD_INFIX}{path.suffix}")


# --------------------------------------------------------------------------- a learner's folder


def profile_file(folder: Path) -> Path:
    return folder / PROFILE_FILE


def progress_file(folder: Path) -> Path:
    return folder / PROGRESS_FILE


def history_dir(folder: Path) -> Path:
    return folder / HISTORY_DIR


def xapi_queue_file(folder: Path) -> Path:
    return folder / XAPI_QUEUE_FILE


def history_file(history: Path, number: int) -> Path:
    """History file ``number`` (1, 2, ...) in a learner's history folder."""
    return history / f"{number:0{HISTORY_DIGITS}d}.json"


def history_numbers(history: Path) -> list[int]:
    """The numbers of the history files in ``history``, oldest first."""
    if not history.is_dir():
        return []
    return sorted(
        int(p.stem)
        for p in history.glob("[0-9]*.json")
        if p.stem.isascii() and p.stem.isdigit() and len(p.stem) <= 9
    )
