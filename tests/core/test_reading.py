"""When a lesson counts as read."""

from __future__ import annotations

import pytest

from ailiteracy.core.reading import counts_as_read


@pytest.mark.parametrize(
    ("reached_end", "seconds", "minutes", "read"),
    [
        (False, 0.5, 5, False),  # clicked through
        (True, 2.0, 5, False),  # jumped to the end at once
        (True, 74.0, 5, False),  # just under a quarter of 5 minutes
        (True, 75.0, 5, True),  # reached the end after a quarter of the minutes
        (False, 149.0, 5, False),  # stayed, but under half the minutes
        (False, 150.0, 5, True),  # half the minutes, wherever the learner scrolled
        (True, 19.0, 0, False),  # a lesson without an estimate still needs some time
        (True, 20.0, 0, True),
        (False, 20.0, 0, True),
        (False, 0.0, -3, False),  # a bad estimate never makes a lesson read on opening
    ],
)
def test_a_lesson_is_read_after_reaching_the_end_or_spending_time(
    reached_end: bool, seconds: float, minutes: int, read: bool
) -> None:
    assert counts_as_read(reached_end=reached_end, seconds=seconds, minutes=minutes) is read
