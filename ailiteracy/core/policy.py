"""The administrator's policy: settings a learner cannot change.

A policy is a TOML file (see ``docs/admin.md``). Unknown keys are rejected so a
typing mistake does not silently leave a PC unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from . import languages
from .fileformat import read_text
from .pins import PIN_MAX_LENGTH, PIN_MIN_LENGTH, valid_hash

IDLE_MINUTES_MAX = 24 * 60  # longer than any opening day: a larger number is a mistake
POLICY_MAX_BYTES = 64 * 1024  # a policy is a few lines


class PolicyError(Exception):
    """The policy file cannot be used; the message says why, in plain words."""


@dataclass(frozen=True)
class Policy:
    guest_only: bool = False
    allow_profile_creation: bool = True
    idle_minutes: int = 0  # 0: never sign out automatically
    wipe_guest_on_signout: bool = True
    external_links: bool = True
    teacher_pin_hash: str = ""
    pin_min_length: int = PIN_MIN_LENGTH  # for new PINs, learners' and the teacher's
    default_language: str = ""
    default_text_size: int = 0  # percent, a learner's starting text size; 0: 100
    content_folders: tuple[Path, ...] = field(default_factory=tuple)
    # Sending results to a learning record store (xAPI); off unless an endpoint is set.
    xapi_endpoint: str = ""
    xapi_username: str = ""
    xapi_password: str = ""
    xapi_name: str = ""  # how the interface names the store ("the district's LRS")
    xapi_learners: tuple[str, ...] = ("*",)  # profile names whose results are sent; "*": all
    xapi_send_names: bool = False  # else only the stable learner id identifies a learner
    xapi_activity_base: str = ""  # IRI the activity ids start with (see core/xapi.py)
    source: Path | None = None

    def locked(self, key: str) -> bool:
        """Whether ``key`` was set by the administrator (and so cannot be changed)."""
        return key in self._set_keys

    @property
    def _set_keys(self) -> frozenset[str]:
        return getattr(self, "_explicit", frozenset())


TEXT_SIZES = (100, 115, 130, 150, 175, 200, 250)  # percent; the sizes the View menu steps through

_TYPES: dict[str, type] = {
    "guest_only": bool,
    "allow_profile_creation": bool,
    "idle_minutes": int,
    "wipe_guest_on_signout": bool,
    "external_links": bool,
    "teacher_pin_hash": str,
    "pin_min_length": int,
    "default_language": str,
    "default_text_size": int,
    "content_folders": list,
    "xapi_endpoint": str,
    "xapi_username": str,
    "xapi_password": str,
    "xapi_name": str,
    "xapi_learners": list,
    "xapi_send_names": bool,
    "xapi_activity_base": str,
}


def parse_policy(data: dict[str, Any], source: Path | None = None) -> Policy:
    """The policy ``data`` (a parsed TOML table) sets; every key and value is checked.

    Raises:
        PolicyError: an unknown key or a wrong value (the message names it).
    """
    where = f"{source}: " if source else ""
    values = _typed_values(data, where)
    _check_numbers(values, where)
    _check_texts(values, where)
    values["content_folders"] = _folders(values.get("content_folders", []), where)
    _check_addresses(values, where)
    values["xapi_learners"] = _learners(values.get("xapi_learners", ["*"]), where)
    policy = Policy(**values, source=source)
    object.__setattr__(policy, "_explicit", frozenset(data.keys()))
    return policy


def _typed_values(data: dict[str, Any], where: str) -> dict[str, Any]:
    """``data``, once every key is known and every value has the key's type."""
    known = {f.name for f in fields(Policy)} - {"source"}
    for key, value in data.items():
        if key not in known:
            raise PolicyError(f"{where}unknown setting '{key}'")
        expected = _TYPES[key]
        if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise PolicyError(f"{where}'{key}' must be a whole number")
        if not isinstance(value, expected):
            raise PolicyError(f"{where}'{key}' has the wrong kind of value")
    return dict(data)


def _check_numbers(values: dict[str, Any], where: str) -> None:
    if values.get("idle_minutes", 0) < 0:
        raise PolicyError(f"{where}'idle_minutes' cannot be negative")
    if values.get("idle_minutes", 0) > IDLE_MINUTES_MAX:
        raise PolicyError(f"{where}'idle_minutes' must be at most {IDLE_MINUTES_MAX} (one day)")
    if not PIN_MIN_LENGTH <= values.get("pin_min_length", PIN_MIN_LENGTH) <= PIN_MAX_LENGTH:
        raise PolicyError(
            f"{where}'pin_min_length' must be {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits"
        )
    if values.get("default_text_size", 0) not in (0, *TEXT_SIZES):
        sizes = ", ".join(map(str, TEXT_SIZES))
        raise PolicyError(f"{where}'default_text_size' must be one of {sizes}")


def _check_texts(values: dict[str, Any], where: str) -> None:
    pin_hash = values.get("teacher_pin_hash", "").strip()
    if pin_hash and not valid_hash(pin_hash):
        raise PolicyError(
            f"{where}'teacher_pin_hash' is not a PIN hash this app can check; make one with "
            "python -m ailiteracy.core.pins"
        )
    if values.get("default_language", "") not in ("", *languages.CODES):
        codes = " or ".join(f'"{code}"' for code in languages.CODES)
        raise PolicyError(f"{where}'default_language' must be {codes}")


def _folders(folders: list[Any], where: str) -> tuple[Path, ...]:
    if not all(isinstance(f, str) for f in folders):
        raise PolicyError(f"{where}'content_folders' must be a list of folder paths")
    return tuple(Path(f) for f in folders)


def _check_addresses(values: dict[str, Any], where: str) -> None:
    for key in ("xapi_endpoint", "xapi_activity_base"):
        url = values.get(key, "")
        if url and not (url.startswith(("https://", "http://")) and len(url) > 10):
            raise PolicyError(f"{where}'{key}' must be a web address starting with https://")


def _learners(learners: list[Any], where: str) -> tuple[str, ...]:
    if not learners or not all(isinstance(x, str) and x.strip() for x in learners):
        raise PolicyError(f"{where}'xapi_learners' must list profile names, or \"*\" for all")
    return tuple(x.strip() for x in learners)


def load_policy(path: Path) -> Policy:
    import tomllib  # only when there is a policy file

    try:
        # Windows Notepad may save the file with a byte order mark: accept it.
        data = tomllib.loads(read_text(path, POLICY_MAX_BYTES, encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise PolicyError(f"policy file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read the policy file {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"the policy file {path} has a mistake: {exc}") from exc
    except RecursionError as exc:
        raise PolicyError(
            f"the policy file {path} has a mistake: lists or tables nested too deeply"
        ) from exc
    return parse_policy(data, path)
