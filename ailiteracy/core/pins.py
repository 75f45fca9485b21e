"""PINs: checking their form, hashing them with scrypt, and verifying them.

A PIN is never stored, only its hash, as one ASCII string::

    scrypt$32768$8$1$<salt base64>$<hash base64>

Run ``python -m ailiteracy.core.pins`` to make the ``teacher_pin_hash`` for a
policy file: it asks for the PIN twice (without showing it) and prints the hash.

Wrong PINs are counted the same way for learners (``core/profiles.py``) and for the
teacher (:class:`TeacherPin`): after ``LOCK_AFTER`` wrong PINs in a row every PIN is
refused for ``LOCK_FIRST_SECONDS``, doubling with each further wrong PIN up to
``LOCK_MAX_SECONDS``. The count is saved, so restarting the app does not reset it.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import datetime as _dt
import enum
import json
import math
import os
import sys
from _operator import _compare_digest as compare_digest  # hmac's, without loading OpenSSL
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import msgspec

from . import layout

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12
SCHEME = "scrypt"
SCRYPT_N = 2**15  # about 0.25 s per check on a ten-year-old PC (docs/admin.md)
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
# Bounds for hashes read back from files, so a hand-edited hash cannot make a check
# use a lot of memory or time.
_MAX_N = 2**17
_MAX_R = 16
_MAX_P = 4
_MAX_MEM = 256 * 1024 * 1024
LOCK_AFTER = 3
LOCK_FIRST_SECONDS = 30
LOCK_MAX_SECONDS = 15 * 60
TEACHER_FILE = layout.TEACHER_FILE


def valid_pin(pin: object, min_length: int = PIN_MIN_LENGTH) -> bool:
    """Whether ``pin`` is a PIN: ``min_length`` (4 unless the policy asks for more) to 12
    digits 0-9, nothing else."""
    return (
        isinstance(pin, str)
        and max(PIN_MIN_LENGTH, min_length) <= len(pin) <= PIN_MAX_LENGTH
        and pin.isascii()
        and pin.isdigit()
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    import hashlib  # imported here: loading OpenSSL costs start-up time

    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=_MAX_MEM
    )


def hash_pin(pin: str) -> str:
    """The scrypt hash of ``pin`` with a new random salt.

    Raises:
        ValueError: ``pin`` is not 4 to 12 digits.
    """
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits")
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def _parse(encoded: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    numbers = parts[1:4]
    if not all(part.isascii() and part.isdigit() and len(part) <= 7 for part in numbers):
        return None
    n, r, p = (int(part) for part in numbers)
    if n < 2 or n > _MAX_N or n & (n - 1) or not 1 <= r <= _MAX_R or not 1 <= p <= _MAX_P:
        return None
    try:
        salt, digest = _unb64(parts[4]), _unb64(parts[5])
    except (binascii.Error, ValueError):
        return None
    if not 8 <= len(salt) <= 64 or not 16 <= len(digest) <= 64:
        return None
    return n, r, p, salt, digest


def verify_pin(pin: str, encoded: str) -> bool:
    """Whether ``pin`` matches ``encoded``; False (never an exception) for a malformed hash."""
    if not isinstance(pin, str) or not isinstance(encoded, str) or not encoded.isascii():
        return False
    parsed = _parse(encoded)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    try:
        candidate = _scrypt(pin, salt, n, r, p, len(digest))
    except (ValueError, MemoryError, OverflowError, UnicodeError):
        return False
    return compare_digest(candidate, digest)


def valid_hash(encoded: object) -> bool:
    """Whether ``encoded`` is a PIN hash this app can check (for policy and data files)."""
    return isinstance(encoded, str) and encoded.isascii() and _parse(encoded) is not None


# --------------------------------------------------------------------------- wrong PINs


class PinResult(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


class PinCheck(msgspec.Struct, frozen=True):
    """The result of a PIN check.

    ``wait_seconds`` is how long the person must wait before the next try: for
    LOCKED the time left, for WRONG the lock that this wrong PIN started (0 if none).
    """

    result: PinResult
    wait_seconds: int = 0


class Tries(msgspec.Struct, frozen=True):
    """Wrong PINs in a row, and until when every PIN is refused (ISO time, or "")."""

    failed: int = 0
    locked_until: str = ""


def lock_seconds(failed: int) -> int:
    """How long PINs are refused after ``failed`` wrong PINs in a row."""
    if failed < LOCK_AFTER:
        return 0
    steps = failed - LOCK_AFTER
    if steps >= 16:
        return LOCK_MAX_SECONDS
    return min(LOCK_FIRST_SECONDS << steps, LOCK_MAX_SECONDS)


def iso_time(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).isoformat()


def parse_time(text: str) -> _dt.datetime | None:
    try:
        moment = _dt.datetime.fromisoformat(text)
    except (ValueError, TypeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.UTC)


def wait_left(tries: Tries, now: _dt.datetime) -> tuple[int, Tries]:
    """Seconds left before the next try, and ``tries`` as it must be kept.

    A clock turned back never makes anyone wait longer than the maximum: the lock
    is then shortened (and the caller keeps the returned ``Tries``).
    """
    until = parse_time(tries.locked_until) if tries.locked_until else None
    if until is None:
        return 0, tries
    remaining = (until - now).total_seconds()
    if remaining <= 0:
        return 0, tries
    if remaining > LOCK_MAX_SECONDS:
        until = now + _dt.timedelta(seconds=LOCK_MAX_SECONDS)
        return LOCK_MAX_SECONDS, Tries(tries.failed, iso_time(until))
    return math.ceil(remaining), tries


def after_wrong(tries: Tries, now: _dt.datetime) -> tuple[Tries, int]:
    """The count after one more wrong PIN, and the lock it starts (0 for none)."""
    failed = tries.failed + 1
    seconds = lock_seconds(failed)
    until = iso_time(now + _dt.timedelta(seconds=seconds)) if seconds else ""
    return Tries(failed, until), seconds


# --------------------------------------------------------------------------- the teacher PIN

# A PIN chosen in a guest session, which writes nothing, is kept here until the app
# closes (per data folder).
_MEMORY: dict[str, tuple[str, Tries]] = {}


class TeacherPinState(enum.Enum):
    OK = "ok"  # no file, or a file that could be read
    RESTORED = "restored"  # the file was damaged and was restored from its last-good copy
    DAMAGED = "damaged"  # the file is damaged and has no good copy: teacher mode stays locked


def _utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


class TeacherPinOutcome(enum.Enum):
    """What one try at the teacher PIN came to (see :meth:`TeacherPin.attempt`)."""

    OPEN = "open"  # the right PIN: teacher mode opens
    EMPTY = "empty"  # nothing typed: not counted as a wrong PIN
    WRONG = "wrong"  # a wrong PIN; another may be tried now
    WRONG_NOW_LOCKED = "wrong-now-locked"  # a wrong PIN that starts a wait
    LOCKED = "locked"  # still waiting after wrong PINs: the PIN was not checked


class TeacherPinAttempt(msgspec.Struct, frozen=True):
    outcome: TeacherPinOutcome
    wait_seconds: int = 0  # for LOCKED and WRONG_NOW_LOCKED: how long before the next try


class NewPinOutcome(enum.Enum):
    """What choosing a new teacher PIN came to (see :meth:`TeacherPin.choose`)."""

    SAVED = "saved"
    NOT_A_PIN = "not-a-pin"  # not min_length to 12 digits
    NOT_THE_SAME = "not-the-same"  # the PIN and its repetition differ


class TeacherPin:
    """The teacher PIN of one data folder, and its count of wrong PINs.

    Args:
        data_dir: the app's data folder; a PIN set in the app is kept in
            ``data_dir/teacher.json`` (its hash only, never the PIN) with a last-good
            copy, together with the count of wrong PINs.
        policy_hash: the administrator's ``teacher_pin_hash``. When it is set it is the
            PIN (the policy is the root of trust), and it cannot be changed in the app.
        clock: the current time (tests pass a fake one).
        keep_on_disk: False in a guest session, which writes nothing: a PIN chosen
            then, and wrong PINs, are kept in memory until the app closes (a PIN
            already in ``teacher.json`` still counts).
        min_length: the fewest digits a new PIN may have (the policy's
            ``pin_min_length``).

    A damaged ``teacher.json`` never reads as "no PIN set": it is restored from its
    copy, or left in place with ``state`` DAMAGED, and then no PIN opens teacher mode
    until the administrator sets one in the policy or removes the file.
    """

    def __init__(
        self,
        data_dir: Path,
        policy_hash: str = "",
        *,
        clock: Callable[[], _dt.datetime] = _utcnow,
        keep_on_disk: bool = True,
        min_length: int = PIN_MIN_LENGTH,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.min_length = min_length
        self.policy_hash = (policy_hash or "").strip()
        self.clock = clock
        self.keep_on_disk = keep_on_disk
        self.state = TeacherPinState.OK
        self.moved_to: Path | None = None
        self._key = str(self.data_dir.resolve())
        self._hash, self._tries = self._load()

    @property
    def path(self) -> Path:
        return layout.teacher_file(self.data_dir)

    @property
    def copy_path(self) -> Path:
        return layout.last_good_file(layout.teacher_file(self.data_dir))

    @property
    def fixed(self) -> bool:
        """Whether the PIN comes from the administrator's policy."""
        return bool(self.policy_hash)

    @property
    def damaged(self) -> bool:
        return self.state is TeacherPinState.DAMAGED and not self.fixed

    # ------------------------------------------------------------------ the file

    @staticmethod
    def _read(path: Path) -> tuple[str, Tries] | None:
        """The hash and tries in ``path``; None when it cannot be read or does not fit."""
        try:
            if not path.is_file() or path.stat().st_size > 64 * 1024:
                return None
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict):
            return None
        encoded = data.get("pin_hash", "")
        failed = data.get("failed", 0)
        until = data.get("locked_until", "")
        if not isinstance(encoded, str) or (encoded and not valid_hash(encoded)):
            return None
        if not isinstance(failed, int) or isinstance(failed, bool) or not 0 <= failed < 10**6:
            return None
        if not isinstance(until, str) or (until and parse_time(until) is None):
            return None
        return encoded, Tries(failed, until)

    def _load(self) -> tuple[str, Tries]:
        found = self._read(self.path) if os.path.lexists(self.path) else ("", Tries())
        if found is not None:
            memory = _MEMORY.get(self._key)
            if self.keep_on_disk or memory is None:
                return found
            if not found[0] or memory[0] == found[0]:
                return memory
            return found[0], memory[1]  # the PIN on disk counts; so do a guest's wrong tries
        copy = self._read(self.copy_path)
        if copy is None or not self.keep_on_disk:
            self.state = TeacherPinState.DAMAGED
            return "", Tries()
        try:
            stamp = self.clock().strftime("%Y%m%d-%H%M%S")
            self.moved_to = self.path.with_name(f"teacher.corrupt-{stamp}.json")
            os.replace(self.path, self.moved_to)
            self._write(*copy)
        except OSError:
            self.state = TeacherPinState.DAMAGED
            return "", Tries()
        self.state = TeacherPinState.RESTORED
        return copy

    def _write(self, encoded: str, tries: Tries) -> None:
        from .storage import atomic_write_text  # storage loads TinyDB

        if not self.keep_on_disk:
            _MEMORY[self._key] = (encoded, tries)
            return
        row: dict[str, Any] = {"pin_hash": encoded, "failed": tries.failed}
        row["locked_until"] = tries.locked_until
        text = json.dumps(row, indent=2) + "\n"
        atomic_write_text(self.path, text, private=True)
        atomic_write_text(self.copy_path, text, private=True)

    def _keep_tries(self, tries: Tries) -> None:
        self._tries = tries
        if self.state is TeacherPinState.DAMAGED:
            return  # the damaged file stays as it is, for the administrator to see
        try:
            self._write(self._hash, tries)
        except OSError:
            pass  # the count is still kept for as long as the app runs

    # ------------------------------------------------------------------ the PIN

    def is_set(self) -> bool:
        return self.fixed or self.damaged or bool(self._hash)

    def set_pin(self, pin: str) -> None:
        """Keep the hash of a new PIN.

        Raises:
            PermissionError: the PIN is set by the administrator's policy, or the
                file is damaged (only the administrator may then set a PIN).
            ValueError: ``pin`` is not 4 to 12 digits.
            OSError: the file could not be written.
        """
        if self.fixed:
            raise PermissionError("the teacher PIN is set by the administrator's policy")
        if self.damaged:
            raise PermissionError("the teacher PIN file is damaged")
        if not valid_pin(pin, self.min_length):
            raise ValueError(f"a PIN is {self.min_length} to {PIN_MAX_LENGTH} digits")
        encoded = hash_pin(pin)
        self._write(encoded, Tries())
        self._hash, self._tries = encoded, Tries()

    def wait_seconds(self) -> int:
        """Seconds left before a PIN may be tried again (0: now)."""
        wait, kept = wait_left(self._tries, self.clock())
        if kept != self._tries:
            self._keep_tries(kept)
        return wait

    def check_pin(self, pin: str) -> PinCheck:
        """Check ``pin``, counting wrong tries; while locked the PIN is not checked."""
        wait = self.wait_seconds()
        if wait:
            return PinCheck(PinResult.LOCKED, wait)
        encoded = self.policy_hash or ("" if self.damaged else self._hash)
        if encoded and verify_pin(pin, encoded):
            if self._tries != Tries():
                self._keep_tries(Tries())
            return PinCheck(PinResult.OK)
        tries, seconds = after_wrong(self._tries, self.clock())
        self._keep_tries(tries)
        return PinCheck(PinResult.WRONG, seconds)

    def check(self, pin: str) -> bool:
        """Whether ``pin`` is the teacher PIN (see :meth:`check_pin`)."""
        return self.check_pin(pin).result is PinResult.OK

    def attempt(self, pin: str) -> TeacherPinAttempt:
        """One try at opening teacher mode with ``pin``: refused unchecked while a wait
        runs, not counted when empty, otherwise checked and counted (see :meth:`check_pin`).
        """
        wait = self.wait_seconds()
        if wait:
            return TeacherPinAttempt(TeacherPinOutcome.LOCKED, wait)
        if not pin:
            return TeacherPinAttempt(TeacherPinOutcome.EMPTY)
        check = self.check_pin(pin)
        if check.result is PinResult.OK:
            return TeacherPinAttempt(TeacherPinOutcome.OPEN)
        if check.result is PinResult.LOCKED or check.wait_seconds:
            return TeacherPinAttempt(TeacherPinOutcome.WRONG_NOW_LOCKED, check.wait_seconds)
        return TeacherPinAttempt(TeacherPinOutcome.WRONG)

    def choose(self, pin: str, again: str) -> NewPinOutcome:
        """Set a new PIN typed twice; the PIN is checked first, then the repetition.

        Raises:
            PermissionError: see :meth:`set_pin`.
            OSError: the file could not be written.
        """
        if not valid_pin(pin, self.min_length):
            return NewPinOutcome.NOT_A_PIN
        if not compare_digest(pin.encode(), again.encode()):
            return NewPinOutcome.NOT_THE_SAME
        self.set_pin(pin)
        return NewPinOutcome.SAVED


def main(
    argv: Sequence[str] | None = None,
    *,
    ask: Callable[[str], str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Ask for a PIN twice (default: without echo) and print its hash; returns the exit code."""
    if ask is None:
        import getpass  # only this command asks on a terminal

        ask = getpass.getpass
    out = out or sys.stdout
    err = err or sys.stderr
    parser = argparse.ArgumentParser(
        prog="python -m ailiteracy.core.pins",
        description=(
            "Make the hash of a teacher PIN for the policy file. The PIN is asked for "
            "twice and not shown; the hash is printed. Put it in the policy file as "
            'teacher_pin_hash = "<hash>".'
        ),
    )
    parser.parse_args(argv)
    try:
        first = ask(f"New PIN ({PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits): ")
        if not valid_pin(first):
            print(f"A PIN must be {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits (0-9).", file=err)
            return 2
        second = ask("The same PIN again: ")
    except (EOFError, KeyboardInterrupt):
        print("No PIN was given.", file=err)
        return 2
    if not compare_digest(first.encode(), second.encode()):
        print("The two PINs are not the same. Nothing was made; please try again.", file=err)
        return 1
    print(hash_pin(first), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
