"""Learner profiles on a shared computer: names, optional PINs, one folder each.

``data_dir/profiles.json`` lists the profiles (one TinyDB); each learner's progress
lives in ``data_dir/profiles/<profile id>/``, the folder given to ``ProgressStore``.
Only PIN hashes are stored. After ``LOCK_AFTER`` wrong PINs in a row a profile is
locked for ``LOCK_FIRST_SECONDS``, doubling with each further wrong PIN up to
``LOCK_MAX_SECONDS``; the count is saved, so restarting the app does not reset it.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import math
import os
import re
import shutil
import stat
import sys
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import Query

from .pins import hash_pin, valid_pin, verify_pin
from .storage import StoreNotice, open_db
from .store import LEARNER_ID_SETTING, PROGRESS_FILE, utcnow

REGISTRY_FILE = "profiles.json"
PROFILES_DIR = "profiles"
LEGACY_PROFILE = "default"
LEGACY_NAME = "Learner"
NAME_MAX_LENGTH = 40
LOCK_AFTER = 3
LOCK_FIRST_SECONDS = 30
LOCK_MAX_SECONDS = 15 * 60
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
# The stable learner id that goes into results and progress files (see results.py).
LEARNER_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$")
LEGACY_STORE_MAX_BYTES = 64 * 1024 * 1024

Clock = Callable[[], _dt.datetime]


class ProfileErrorKind(enum.Enum):
    NAME_EMPTY = "name-empty"
    NAME_TOO_LONG = "name-too-long"
    NAME_TAKEN = "name-taken"
    BAD_PIN = "bad-pin"
    NOT_FOUND = "not-found"


_MESSAGES = {
    ProfileErrorKind.NAME_EMPTY: "the name is empty",
    ProfileErrorKind.NAME_TOO_LONG: f"the name is longer than {NAME_MAX_LENGTH} characters",
    ProfileErrorKind.NAME_TAKEN: "another profile already has this name",
    ProfileErrorKind.BAD_PIN: "a PIN is 4 to 12 digits",
    ProfileErrorKind.NOT_FOUND: "there is no such profile",
}


class ProfileError(Exception):
    """A profile change that cannot be made; ``kind`` says why."""

    def __init__(self, kind: ProfileErrorKind) -> None:
        super().__init__(_MESSAGES[kind])
        self.kind = kind


class PinResult(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinCheck:
    """The result of a PIN check.

    ``wait_seconds`` is how long the learner must wait before the next try: for
    LOCKED the time left, for WRONG the lock that this wrong PIN started (0 if none).
    """

    result: PinResult
    wait_seconds: int = 0


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    created: str
    pin_hash: str = ""
    failed: int = 0
    locked_until: str = ""
    learner_id: str = ""  # random, given at creation; carried in results and progress files

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Profile | None:
        """A profile from a stored row, or None if the row is unusable."""
        pid, name = row.get("id"), row.get("name")
        if not isinstance(pid, str) or not ID_RE.match(pid) or not isinstance(name, str):
            return None
        failed = row.get("failed", 0)
        return cls(
            pid,
            name,
            str(row.get("created", "")),
            row.get("pin_hash") if isinstance(row.get("pin_hash"), str) else "",
            failed if isinstance(failed, int) and not isinstance(failed, bool) else 0,
            row.get("locked_until") if isinstance(row.get("locked_until"), str) else "",
            _learner_id(row.get("learner_id")),
        )

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "created": self.created,
            "pin_hash": self.pin_hash,
            "failed": self.failed,
            "locked_until": self.locked_until,
            "learner_id": self.learner_id,
        }


def _learner_id(value: Any) -> str:
    return value if isinstance(value, str) and LEARNER_ID_RE.match(value) else ""


def new_learner_id() -> str:
    """A fresh random learner id (32 hexadecimal digits)."""
    return uuid.uuid4().hex


def stored_learner_id(folder: Path) -> str:
    """The learner id an older version kept in the profile folder's progress file, or "".

    Read once when a profile made before ids were given at creation is first listed,
    so that results the learner already handed in keep matching. Only reads.
    """
    path = folder / PROGRESS_FILE
    try:
        if not path.is_file() or path.stat().st_size > LEGACY_STORE_MAX_BYTES:
            return ""
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return ""
    settings = data.get("settings") if isinstance(data, dict) else None
    if not isinstance(settings, dict):
        return ""
    for row in settings.values():
        if isinstance(row, dict) and row.get("key") == LEARNER_ID_SETTING:
            return _learner_id(row.get("value"))
    return ""


def clean_name(name: str) -> str:
    """``name`` as it is stored: NFC, control characters dropped, spaces collapsed."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def lock_seconds(failed: int) -> int:
    """How long a profile is locked after ``failed`` wrong PINs in a row."""
    if failed < LOCK_AFTER:
        return 0
    steps = failed - LOCK_AFTER
    if steps >= 16:
        return LOCK_MAX_SECONDS
    return min(LOCK_FIRST_SECONDS * 2**steps, LOCK_MAX_SECONDS)


def _iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).isoformat()


def _parse_time(text: str) -> _dt.datetime | None:
    try:
        moment = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.UTC)


def _remove_tree(path: Path) -> None:
    """Delete ``path`` and everything in it, clearing read-only flags (Windows) on the way."""

    def retry(function: Callable[..., Any], target: str, *_args: Any) -> None:
        os.chmod(target, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
        function(target)

    if path.is_symlink():
        path.unlink()
    elif path.exists():
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=retry)
        else:
            shutil.rmtree(path, onerror=retry)


class ProfileRegistry:
    """The learner profiles kept in one data folder.

    Args:
        data_dir: the app's data folder (the UI decides it).
        clock: returns the current time (tests pass a fake one).
    """

    def __init__(self, data_dir: Path, *, clock: Clock = utcnow) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self.notices: list[StoreNotice] = []
        self._db = open_db(data_dir / REGISTRY_FILE, self.notices)
        self._table = self._db.table("profiles")

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ reading

    def _profiles(self) -> list[Profile]:
        self._adopt_legacy()
        found: dict[str, Profile] = {}
        for row in self._table.all():
            profile = Profile.from_row(dict(row))
            if profile is not None and profile.id not in found:
                found[profile.id] = self._with_learner_id(profile)
        return list(found.values())

    def _with_learner_id(self, profile: Profile) -> Profile:
        """``profile``, given its stable learner id (and saved) if it has none yet.

        A profile made by an older version keeps the id its progress already holds.
        """
        if profile.learner_id:
            return profile
        learner_id = stored_learner_id(self._folder(profile.id)) or new_learner_id()
        return self._save(Profile(**{**profile.to_row(), "learner_id": learner_id}))

    def _adopt_legacy(self) -> None:
        folder = self.data_dir / PROFILES_DIR / LEGACY_PROFILE
        if not folder.is_dir() or self._table.contains(Query().id == LEGACY_PROFILE):
            return
        taken = {self._key(p.name) for p in self._rows_as_profiles()}
        name, number = LEGACY_NAME, 2
        while self._key(name) in taken:
            name, number = f"{LEGACY_NAME} {number}", number + 1
        try:
            created = _dt.datetime.fromtimestamp(folder.stat().st_mtime, _dt.UTC)
        except (OSError, ValueError, OverflowError):
            created = self.clock()
        self._table.insert(Profile(LEGACY_PROFILE, name, _iso(created)).to_row())

    def _rows_as_profiles(self) -> list[Profile]:
        return [p for p in (Profile.from_row(dict(r)) for r in self._table.all()) if p]

    def list(self) -> list[Profile]:
        """Every profile, sorted by name."""
        return sorted(self._profiles(), key=lambda p: (self._key(p.name), p.id))

    def get(self, profile_id: str) -> Profile:
        """The profile with this id; ProfileError(NOT_FOUND) if there is none."""
        for profile in self._profiles():
            if profile.id == profile_id:
                return profile
        raise ProfileError(ProfileErrorKind.NOT_FOUND)

    def folder(self, profile_id: str) -> Path:
        """The folder that holds this learner's progress (for ``ProgressStore``)."""
        return self._folder(self.get(profile_id).id)

    def _folder(self, profile_id: str) -> Path:
        if not ID_RE.match(profile_id):  # ids are checked on reading; this is a second guard
            raise ProfileError(ProfileErrorKind.NOT_FOUND)
        return self.data_dir / PROFILES_DIR / profile_id

    # ------------------------------------------------------------------ changing

    @staticmethod
    def _key(name: str) -> str:
        return clean_name(name).casefold()

    def _check_name(self, name: str, *, ignore: str | None = None) -> str:
        if not isinstance(name, str):
            raise ProfileError(ProfileErrorKind.NAME_EMPTY)
        cleaned = clean_name(name)
        if not cleaned:
            raise ProfileError(ProfileErrorKind.NAME_EMPTY)
        if len(cleaned) > NAME_MAX_LENGTH:
            raise ProfileError(ProfileErrorKind.NAME_TOO_LONG)
        key = cleaned.casefold()
        if any(p.id != ignore and self._key(p.name) == key for p in self._profiles()):
            raise ProfileError(ProfileErrorKind.NAME_TAKEN)
        return cleaned

    def _save(self, profile: Profile) -> Profile:
        self._table.upsert(profile.to_row(), Query().id == profile.id)
        return profile

    def _new_id(self) -> str:
        taken = {p.id for p in self._rows_as_profiles()}
        while True:
            candidate = uuid.uuid4().hex[:16]
            if candidate not in taken and not self._folder(candidate).exists():
                return candidate

    def create(self, name: str, pin: str | None = None) -> Profile:
        """A new profile; ``pin`` (4 to 12 digits) is optional."""
        cleaned = self._check_name(name)
        if pin is not None and pin != "" and not valid_pin(pin):
            raise ProfileError(ProfileErrorKind.BAD_PIN)
        pin_hash = hash_pin(pin) if pin else ""
        profile = Profile(
            self._new_id(), cleaned, _iso(self.clock()), pin_hash, learner_id=new_learner_id()
        )
        self._folder(profile.id).mkdir(parents=True, exist_ok=True)
        return self._save(profile)

    def rename(self, profile_id: str, name: str) -> Profile:
        profile = self.get(profile_id)
        cleaned = self._check_name(name, ignore=profile.id)
        return self._save(Profile(**{**profile.to_row(), "name": cleaned}))

    def set_pin(self, profile_id: str, pin: str | None) -> Profile:
        """Set a new PIN, or remove it with None (or ""); clears any lock."""
        profile = self.get(profile_id)
        if pin is not None and pin != "" and not valid_pin(pin):
            raise ProfileError(ProfileErrorKind.BAD_PIN)
        pin_hash = hash_pin(pin) if pin else ""
        row = {**profile.to_row(), "pin_hash": pin_hash, "failed": 0, "locked_until": ""}
        return self._save(Profile(**row))

    def delete(self, profile_id: str) -> None:
        """Remove the profile and its whole folder from this computer.

        Close any ``ProgressStore`` open on the folder first. If the folder cannot be
        removed completely, ``OSError`` is raised and the profile is kept (so the
        learner can try again).
        """
        profile = self.get(profile_id)
        _remove_tree(self._folder(profile.id))
        self._table.remove(Query().id == profile.id)

    # ------------------------------------------------------------------ PINs

    def lock_wait(self, profile_id: str) -> int:
        """Seconds until this profile may be tried again (0 if it is not locked)."""
        profile = self.get(profile_id)
        return self._wait(profile)

    def _wait(self, profile: Profile) -> int:
        if not profile.locked_until:
            return 0
        until = _parse_time(profile.locked_until)
        if until is None:
            return 0
        remaining = (until - self.clock()).total_seconds()
        if remaining <= 0:
            return 0
        if remaining > LOCK_MAX_SECONDS:
            # The clock was turned back: never make anyone wait longer than the maximum.
            until = self.clock() + _dt.timedelta(seconds=LOCK_MAX_SECONDS)
            self._save(Profile(**{**profile.to_row(), "locked_until": _iso(until)}))
            remaining = LOCK_MAX_SECONDS
        return math.ceil(remaining)

    def check_pin(self, profile_id: str, pin: str) -> PinCheck:
        """Check ``pin`` for this profile, counting wrong tries.

        A profile without a PIN always gives OK. While the profile is locked the PIN
        is not checked at all (and the try is not counted).
        """
        profile = self.get(profile_id)
        if not profile.has_pin:
            return PinCheck(PinResult.OK)
        wait = self._wait(profile)
        if wait:
            return PinCheck(PinResult.LOCKED, wait)
        if verify_pin(pin, profile.pin_hash):
            if profile.failed or profile.locked_until:
                self._save(Profile(**{**profile.to_row(), "failed": 0, "locked_until": ""}))
            return PinCheck(PinResult.OK)
        failed = profile.failed + 1
        seconds = lock_seconds(failed)
        until = _iso(self.clock() + _dt.timedelta(seconds=seconds)) if seconds else ""
        self._save(Profile(**{**profile.to_row(), "failed": failed, "locked_until": until}))
        return PinCheck(PinResult.WRONG, seconds)
