"""PINs: checking their form, hashing them with scrypt, and verifying them.

A PIN is never stored, only its hash, as one ASCII string::

    scrypt$16384$8$1$<salt base64>$<hash base64>

Run ``python -m ailiteracy.core.pins`` to make the ``teacher_pin_hash`` for a
policy file: it asks for the PIN twice (without showing it) and prints the hash.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import getpass
import os
import sys
from _operator import _compare_digest as compare_digest  # hmac's, without loading OpenSSL
from collections.abc import Callable, Sequence
from typing import TextIO

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12
SCHEME = "scrypt"
SCRYPT_N = 2**14
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


def valid_pin(pin: object) -> bool:
    """Whether ``pin`` is a PIN: 4 to 12 digits 0-9, nothing else."""
    return (
        isinstance(pin, str)
        and PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH
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


def main(
    argv: Sequence[str] | None = None,
    *,
    ask: Callable[[str], str] = getpass.getpass,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Ask for a PIN twice and print its hash; returns the exit code."""
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
