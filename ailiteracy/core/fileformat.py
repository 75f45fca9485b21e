"""The checksum shared by every file the app exchanges (progress, assignments, results)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def canonical_json(data: Mapping[str, Any]) -> bytes:
    """The bytes the checksum is taken over: ``data`` without ``checksum``, keys sorted,
    no spaces, non-ASCII characters written as UTF-8."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return json.dumps(
        body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def checksum(data: Mapping[str, Any]) -> str:
    """SHA-256 of :func:`canonical_json`, as hex."""
    import hashlib  # here, not at the top: loading OpenSSL costs start-up time

    return hashlib.sha256(canonical_json(data)).hexdigest()
