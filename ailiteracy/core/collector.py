"""Python's cycle collector, paused while a batch of many small objects is made."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the cycle collector for the ``with`` block; turn it back on only if it was on.

    Reading a long quiz or a school's results files makes hundreds of thousands of
    small objects (parsed tables, questions, answers, times, texts), none of them in a
    reference cycle; the collector would walk all of them again each time a few
    thousand more are made (a fifth to a quarter of the time of reading them). It runs
    again afterwards as usual, so any cycle made meanwhile is still collected.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
