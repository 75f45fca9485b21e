"""When a lesson counts as read.

Opening a lesson is not reading it: a learner who clicks through every lesson in a
few seconds must not show up as "Done" in a teacher's report. A lesson counts as read
when the learner reached its end after spending at least a quarter of its estimated
minutes in it, or spent at least half of its estimated minutes in it wherever they
scrolled (some people read slowly, or with a screen reader that does not scroll).
"""

from __future__ import annotations

END_SHARE = 0.25  # reached the end after this share of the lesson's minutes
TIME_SHARE = 0.5  # or stayed in the lesson for this share of its minutes
MIN_SECONDS = 20.0  # never less than this, however short the lesson claims to be


def counts_as_read(*, reached_end: bool, seconds: float, minutes: int) -> bool:
    """Whether a lesson of ``minutes`` estimated minutes counts as read.

    ``seconds`` is all the time the learner has spent in the lesson so far (every
    visit), ``reached_end`` whether they have seen its last line.
    """
    estimated = max(0, minutes) * 60.0
    if reached_end and seconds >= max(MIN_SECONDS, END_SHARE * estimated):
        return True
    return seconds >= max(MIN_SECONDS, TIME_SHARE * estimated)
