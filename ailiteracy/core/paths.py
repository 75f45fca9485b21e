"""Where the files shipped with the app live (the user's data folder is passed in)."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def content_dir() -> Path:
    """The content root shipped with the app."""
    return _ROOT / "content"


def resources_dir() -> Path:
    """Styles, translations and fonts shipped with the app."""
    return _ROOT / "resources"
