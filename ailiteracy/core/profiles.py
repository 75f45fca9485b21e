"""Learner profiles on a shared computer: names, optional PINs, one folder each.

``data_dir/profiles.json`` lists the profiles (one TinyDB); each learner's progress
lives in ``data_dir/profiles/<profile id>/``, the folder given to ``ProgressStore``.
Only PIN hashes are stored. After ``LOCK_AFTER`` wrong PINs in a row a profile is
locked for ``LOCK_FIRST_SECONDS``, doubling with each further wrong PIN up to
``LOCK_MAX_SECONDS``; the count is saved, so restarting the app does not reset it.

The list survives damage: ``profiles.json`` keeps a last-good copy next to it, and
each learner's folder holds its own ``profile.json`` (name, PIN hash). A learner's
folder that is missing from the list is listed again (with the name and PIN from its
``profile.json`` when that can be read), so a damaged list never hides anyone's work.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
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

from .layout import DEFAULT_PROFILE as LEGACY_PROFILE
from .layout import PROFILE_FILE as PROFILE_FILE  # in each learner's folder: their row
from .layout import profile_dir, profile_file, profiles_dir, progress_file, registry_file
from .pins import (  # the lock rules are shared with the teacher PIN
    LOCK_AFTER,  # noqa: F401
    LOCK_FIRST_SECONDS,  # noqa: F401
    LOCK_MAX_SECONDS,  # noqa: F401
    PIN_MIN_LENGTH,
    PinCheck,
    PinResult,
    Tries,
    after_wrong,
    hash_pin,
    lock_seconds,  # noqa: F401
    valid_pin,
    verify_pin,
    wait_left,
)
from .storage import (
    MAX_FILE_BYTES,
    NoticeKind,
    StoreNotice,
    atomic_write_text,
    depth_ok,
    open_db,
)
from .store import LEARNER_ID_SETTING, utcnow

REGISTRY_SCHEMA = 1
LEGACY_NAME = "Learner"
NAME_MAX_LENGTH = 40
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
# The stable learner id that goes into results and progress files (see results.py).
LEARNER_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$")

Clock = Callable[[], _dt.datetime]


class ProfileErrorKind(enum.Enum):
    """Why a profile change was refused (the interface says it in words)."""

    NAME_EMPTY = "name-empty"
    NAME_TOO_LONG = "name-too-long"  # longer than NAME_MAX_LENGTH
    NAME_TAKEN = "name-taken"
    BAD_PIN = "bad-pin"  # not pin_min_length to PIN_MAX_LENGTH digits
    NOT_FOUND = "not-found"


class ProfileError(Exception):
    """A profile change that cannot be made; ``kind`` says why."""

    def __init__(self, kind: ProfileErrorKind) -> None:
        super().__init__(kind.value)
        self.kind = kind


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
            _text(row.get("pin_hash")),
            failed if isinstance(failed, int) and not isinstance(failed, bool) else 0,
            _text(row.get("locked_until")),
            _learner_id(row.get("learner_id")),
        )

    @classmethod
    def row_fits(cls, row: dict[str, Any]) -> bool:
        """Whether a stored row has every field, with the right kind of value."""
        text = ("id", "name", "created", "pin_hash", "locked_until")
        if any(not isinstance(row.get(key, ""), str) for key in text):
            return False
        failed = row.get("failed", 0)
        return (
            isinstance(row.get("id"), str)
            and bool(ID_RE.match(row["id"]))
            and isinstance(row.get("name"), str)
            and bool(clean_name(row["name"]))
            and len(row["name"]) <= 4 * NAME_MAX_LENGTH
            and isinstance(failed, int)
            and not isinstance(failed, bool)
            and 0 <= failed < 10**6
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


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


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
    path = progress_file(folder)
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
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


def _iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).isoformat()


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
        pin_min_length: the fewest digits a new PIN may have (the policy's).
    """

    def __init__(
        self, data_dir: Path, *, clock: Clock = utcnow, pin_min_length: int = PIN_MIN_LENGTH
    ) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self.pin_min_length = pin_min_length
        self.notices: list[StoreNotice] = []
        self.found_again = 0  # learners' folders listed again because the list had lost them
        self._db = open_db(
            registry_file(data_dir), self.notices, check=_registry_row_fits, backup=True
        )
        self._table = self._db.table("profiles")
        meta = self._db.table("meta").get(doc_id=1)
        schema = meta.get("schema", REGISTRY_SCHEMA) if meta else REGISTRY_SCHEMA
        self.read_only = schema > REGISTRY_SCHEMA
        if self.read_only:
            # Written by a newer version of the app: list it, never rewrite it.
            self.notices.append(StoreNotice(NoticeKind.NEWER, registry_file(data_dir)))
        self._profiles()

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ reading

    def _profiles(self) -> list[Profile]:
        self._adopt_folders()
        found: dict[str, Profile] = {}
        for row in self._table.all():
            profile = Profile.from_row(dict(row))
            if profile is not None and profile.id not in found:
                found[profile.id] = self._with_learner_id(profile)
        return list(found.values())

    def _with_learner_id(self, profile: Profile) -> Profile:
        """``profile``, given its stable learner id (and saved) if it has none yet.

        A profile made by an older version keeps the id its progress already holds.
        When the list cannot be written, the id stays empty and the learner's
        progress keeps its own (see ``store.ensure_learner_id``).
        """
        if profile.learner_id or self.read_only:
            return profile
        learner_id = stored_learner_id(self._folder(profile.id)) or new_learner_id()
        try:
            return self._save(Profile(**{**profile.to_row(), "learner_id": learner_id}))
        except OSError:
            return profile

    def _adopt_folders(self) -> None:
        """List again every learner's folder that the list does not know.

        The folder of older versions (``default``) is one; so is every folder whose
        row was lost with a damaged list. A folder's ``profile.json`` gives back the
        learner's name and PIN.
        """
        root = profiles_dir(self.data_dir)
        if not root.is_dir():
            return
        known = {p.id for p in self._rows_as_profiles()}
        try:
            folders = sorted(root.iterdir())
        except OSError:
            return
        for folder in folders:
            if folder.name in known or not _holds_work(folder):
                continue
            if not self.read_only:
                try:
                    self._table.insert(self._adopted(folder).to_row())
                except OSError:
                    continue
            if folder.name != LEGACY_PROFILE:
                self.found_again += 1
            known.add(folder.name)

    def _adopted(self, folder: Path) -> Profile:
        """The profile for a learner's folder the list lost: from its ``profile.json``
        when that can be read, under a name no other profile has."""
        copy = _read_profile_file(profile_file(folder), folder.name)
        taken = {self._key(p.name) for p in self._rows_as_profiles()}
        name = base = copy.name if copy else LEGACY_NAME
        number = 2
        while self._key(name) in taken:
            name, number = f"{base} {number}", number + 1
        if copy:
            return Profile(
                folder.name, name, copy.created, copy.pin_hash, learner_id=copy.learner_id
            )
        try:
            created = _dt.datetime.fromtimestamp(folder.stat().st_mtime, _dt.UTC)
        except (OSError, ValueError, OverflowError):
            created = self.clock()
        return Profile(folder.name, name, _iso(created))

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
        return profile_dir(self.data_dir, profile_id)

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

    def _save(self, profile: Profile, *, copy: bool = True) -> Profile:
        """Keep ``profile`` in the list (and, with ``copy``, in the learner's own folder)."""
        if self.read_only:
            raise PermissionError("the list of learners was written by a newer version")
        if copy:
            row = {k: v for k, v in profile.to_row().items() if k not in ("failed", "locked_until")}
            text = json.dumps({"schema": REGISTRY_SCHEMA, **row}, ensure_ascii=False)
            atomic_write_text(profile_file(self._folder(profile.id)), text, private=True)
        if not self._db.table("meta").get(doc_id=1):
            self._db.table("meta").insert({"schema": REGISTRY_SCHEMA})
        self._table.upsert(profile.to_row(), Query().id == profile.id)
        return profile

    def _save_tries(self, profile: Profile) -> None:
        """Keep the count of wrong PINs; a list that cannot be written keeps the check working."""
        try:
            self._save(profile, copy=False)
        except OSError:
            pass

    def _new_id(self) -> str:
        taken = {p.id for p in self._rows_as_profiles()}
        while True:
            candidate = uuid.uuid4().hex[:16]
            if candidate not in taken and not self._folder(candidate).exists():
                return candidate

    def create(self, name: str, pin: str | None = None) -> Profile:
        """A new profile; ``pin`` (4 to 12 digits) is optional."""
        cleaned = self._check_name(name)
        if pin is not None and pin != "" and not valid_pin(pin, self.pin_min_length):
            raise ProfileError(ProfileErrorKind.BAD_PIN)
        pin_hash = hash_pin(pin) if pin else ""
        profile = Profile(
            self._new_id(), cleaned, _iso(self.clock()), pin_hash, learner_id=new_learner_id()
        )
        return self._save(profile)

    def rename(self, profile_id: str, name: str) -> Profile:
        profile = self.get(profile_id)
        cleaned = self._check_name(name, ignore=profile.id)
        return self._save(Profile(**{**profile.to_row(), "name": cleaned}))

    def set_pin(self, profile_id: str, pin: str | None) -> Profile:
        """Set a new PIN, or remove it with None (or ""); clears any lock."""
        profile = self.get(profile_id)
        if pin is not None and pin != "" and not valid_pin(pin, self.pin_min_length):
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
        wait, kept = wait_left(Tries(profile.failed, profile.locked_until), self.clock())
        if kept.locked_until != profile.locked_until:
            self._save_tries(Profile(**{**profile.to_row(), "locked_until": kept.locked_until}))
        return wait

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
                self._save_tries(Profile(**{**profile.to_row(), "failed": 0, "locked_until": ""}))
            return PinCheck(PinResult.OK)
        tries, seconds = after_wrong(Tries(profile.failed, profile.locked_until), self.clock())
        row = {**profile.to_row(), "failed": tries.failed, "locked_until": tries.locked_until}
        self._save_tries(Profile(**row))
        return PinCheck(PinResult.WRONG, seconds)


def _holds_work(folder: Path) -> bool:
    """Whether ``folder`` is a learner's folder (not a link) that may hold work: the
    legacy one, or any other that is not empty (an empty one is a creation cut short)."""
    pid = folder.name
    if not ID_RE.match(pid) or folder.is_symlink() or not folder.is_dir():
        return False
    return pid == LEGACY_PROFILE or any(folder.iterdir())


def _registry_row_fits(table: str, row: dict[str, Any]) -> bool:
    if table == "profiles":
        return Profile.row_fits(row)
    if table == "meta":
        schema = row.get("schema")
        return isinstance(schema, int) and not isinstance(schema, bool)
    return False


def _read_profile_file(path: Path, profile_id: str) -> Profile | None:
    """The copy of a learner's row in their own folder, if it can be read and fits."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        row = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(row, dict) or not depth_ok(row) or row.get("id") != profile_id:
        return None
    if not Profile.row_fits(row):
        return None
    return Profile.from_row({**row, "name": clean_name(row["name"])[:NAME_MAX_LENGTH]})
