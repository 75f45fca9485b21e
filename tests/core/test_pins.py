"""PINs: form, scrypt hashes, verification that never raises, and the hash-making command."""

from __future__ import annotations

import base64
import io
import subprocess
import sys

import pytest

from ailiteracy.core import pins
from ailiteracy.core.pins import hash_pin, valid_pin, verify_pin


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("1234", True),
        ("000000000000", True),
        ("123", False),
        ("1234567890123", False),
        ("12a4", False),
        (" 1234", False),
        ("١٢٣٤", False),  # Arabic-Indic digits are digits, but not 0-9
        ("", False),
        (1234, False),
        (None, False),
    ],
)
def test_valid_pin(pin, ok: bool) -> None:
    assert valid_pin(pin) is ok


def test_hash_format_and_verify() -> None:
    encoded = hash_pin("2468")
    assert encoded.isascii()
    scheme, n, r, p, salt, digest = encoded.split("$")
    assert (scheme, n, r, p) == ("scrypt", "32768", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert "2468" not in encoded
    assert verify_pin("2468", encoded)
    assert not verify_pin("2469", encoded)
    assert not verify_pin("02468", encoded)


def test_same_pin_gets_a_new_salt_each_time() -> None:
    first, second = hash_pin("1357"), hash_pin("1357")
    assert first != second
    assert verify_pin("1357", first) and verify_pin("1357", second)


def test_hash_pin_refuses_a_non_pin() -> None:
    with pytest.raises(ValueError):
        hash_pin("12")


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "nonsense",
        "scrypt$16384$8$1$abc",
        "bcrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16383$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16384$8$1$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$",
        "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA$extra",
        "scrypt$１６３８４$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        None,
        42,
    ],
)
def test_malformed_hash_is_false_not_an_error(encoded) -> None:
    assert verify_pin("1234", encoded) is False


def test_a_wrong_hash_of_the_right_form_is_false() -> None:
    other = hash_pin("9999")
    scheme, n, r, p, salt, digest = other.split("$")
    tampered = "$".join([scheme, n, r, p, salt, base64.b64encode(b"\0" * 32).decode()])
    assert verify_pin("9999", other)
    assert not verify_pin("9999", tampered)


def test_command_prints_a_hash_of_the_pin() -> None:
    out, err = io.StringIO(), io.StringIO()
    answers = iter(["482913", "482913"])
    code = pins.main([], ask=lambda _prompt: next(answers), out=out, err=err)
    assert code == 0
    printed = out.getvalue().strip()
    assert verify_pin("482913", printed)
    assert "482913" not in out.getvalue() + err.getvalue()


def test_command_refuses_different_pins() -> None:
    out, err = io.StringIO(), io.StringIO()
    answers = iter(["482913", "482914"])
    assert pins.main([], ask=lambda _prompt: next(answers), out=out, err=err) == 1
    assert out.getvalue() == ""
    assert "not the same" in err.getvalue()


def test_command_refuses_a_non_pin() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert pins.main([], ask=lambda _prompt: "12ab", out=out, err=err) == 2
    assert out.getvalue() == ""
    assert "4 to 12 digits" in err.getvalue()


def test_module_runs_as_a_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ailiteracy.core.pins", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "teacher_pin_hash" in result.stdout


# --------------------------------------------------------------------------- longer PINs


def test_policy_can_ask_for_longer_pins(tmp_path) -> None:
    from ailiteracy.core.pins import TeacherPin
    from ailiteracy.core.policy import PolicyError, parse_policy
    from ailiteracy.core.profiles import ProfileError, ProfileErrorKind, ProfileRegistry

    assert parse_policy({}).pin_min_length == 4
    assert parse_policy({"pin_min_length": 6}).pin_min_length == 6
    for wrong in (3, 13, "6"):
        with pytest.raises(PolicyError):
            parse_policy({"pin_min_length": wrong})
    old = ProfileRegistry(tmp_path)
    ana = old.create("Ana", "1234")  # made before the policy asked for more
    old.close()
    registry = ProfileRegistry(tmp_path, pin_min_length=6)
    with pytest.raises(ProfileError) as caught:
        registry.create("Ben", "12345")
    assert caught.value.kind is ProfileErrorKind.BAD_PIN
    assert registry.create("Ben", "123456").has_pin
    assert registry.check_pin(ana.id, "1234").result.value == "ok"  # old PINs still work
    registry.close()
    teacher = TeacherPin(tmp_path, min_length=6)
    with pytest.raises(ValueError):
        teacher.set_pin("12345")
    teacher.set_pin("135790")
    assert teacher.check("135790")
    assert not valid_pin("12345", 6) and valid_pin("123456", 6) and valid_pin("1234", 2)


class _Clock:
    def __init__(self) -> None:
        import datetime as dt

        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now

    def wait(self, seconds: int) -> None:
        import datetime as dt

        self.now += dt.timedelta(seconds=seconds)


def test_choosing_the_teacher_pin_checks_it_then_its_repetition(tmp_path, quick_hashes) -> None:
    lock = pins.TeacherPin(tmp_path, min_length=6)
    assert lock.choose("1234", "1234") is pins.NewPinOutcome.NOT_A_PIN  # too short here
    assert lock.choose("12a456", "12a456") is pins.NewPinOutcome.NOT_A_PIN
    assert lock.choose("123456", "123465") is pins.NewPinOutcome.NOT_THE_SAME
    assert not lock.is_set()
    assert lock.choose("123456", "123456") is pins.NewPinOutcome.SAVED
    assert lock.is_set() and pins.TeacherPin(tmp_path).check("123456")
    fixed = pins.TeacherPin(tmp_path / "other", pins.hash_pin("97531"))
    with pytest.raises(PermissionError):
        fixed.choose("24680", "24680")


def test_teacher_pin_tries_open_count_and_lock(tmp_path, quick_hashes) -> None:
    clock = _Clock()
    lock = pins.TeacherPin(tmp_path, clock=clock)
    lock.set_pin("4812")
    Outcome = pins.TeacherPinOutcome
    assert lock.attempt("").outcome is Outcome.EMPTY  # not counted
    assert [lock.attempt("0000").outcome for _ in range(pins.LOCK_AFTER - 1)] == [Outcome.WRONG] * (
        pins.LOCK_AFTER - 1
    )
    third = lock.attempt("0000")
    assert third == pins.TeacherPinAttempt(Outcome.WRONG_NOW_LOCKED, pins.LOCK_FIRST_SECONDS)
    clock.wait(10)
    locked = lock.attempt("4812")  # the right PIN is not even checked while locked
    assert locked == pins.TeacherPinAttempt(Outcome.LOCKED, pins.LOCK_FIRST_SECONDS - 10)
    assert pins.TeacherPin(tmp_path, clock=clock).attempt("4812").outcome is Outcome.LOCKED
    clock.wait(pins.LOCK_FIRST_SECONDS)
    fourth = lock.attempt("1111")  # the next wrong PIN doubles the wait at once
    assert fourth == pins.TeacherPinAttempt(Outcome.WRONG_NOW_LOCKED, 2 * pins.LOCK_FIRST_SECONDS)
    clock.wait(2 * pins.LOCK_FIRST_SECONDS)
    assert lock.attempt("4812").outcome is Outcome.OPEN
    assert lock.attempt("0000").outcome is Outcome.WRONG  # the count started again
