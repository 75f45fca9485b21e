"""Reading a lesson aloud with Qt's text-to-speech, where the system has a speech engine."""

from __future__ import annotations

import enum
from typing import Any


class SpeechProblem(enum.Enum):
    NO_MODULE = "no-module"  # Qt's speech module (PySide6-Addons) is not installed
    NO_ENGINE = "no-engine"  # the module is there but the system has no speech engine


def make_engine(locale: str) -> tuple[Any | None, SpeechProblem | None]:
    """A QTextToSpeech for ``locale``, or the reason why there is none."""
    try:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None, SpeechProblem.NO_MODULE
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines:
        return None, SpeechProblem.NO_ENGINE
    engine = QTextToSpeech(engines[0])
    wanted = QLocale(locale.replace("-", "_"))
    if any(loc.language() == wanted.language() for loc in engine.availableLocales()):
        engine.setLocale(wanted)
    return engine, None
