"""Where the files shipped with the app live (the user's data folder is passed in).

An installed app (a wheel, ``pip install .``, the standalone bundle) carries its
content, compiled translations, icons and pre-built content cache as package
data in ``ailiteracy/shipped/``, next to the package's modules (so also in the
standalone bundle); the package build puts them there. Only a source checkout
without that folder (an editable install for development) uses the repository's
own ``content/`` and ``resources/`` folders.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

NO_PREBUILT_CACHE_ENV = "AILITERACY_NO_PREBUILT_CACHE"


@cache
def _package() -> Path:
    # The package's folder, from this module's own file: importlib.resources would
    # find the same folder but costs a noticeable part of the app's start-up.
    return Path(__file__).absolute().parent.parent


def shipped_dir() -> Path:
    """The package data folder written by the package build."""
    return _package() / "shipped"


def is_source_checkout() -> bool:
    """True when the app runs from a source checkout rather than an installed package."""
    return not (shipped_dir() / "content").is_dir()


def _base() -> Path:
    return _package().parent if is_source_checkout() else shipped_dir()


def content_dir() -> Path:
    """The content root shipped with the app."""
    return _base() / "content"


def resources_dir() -> Path:
    """Translations and icons shipped with the app."""
    return _base() / "resources"


def prebuilt_cache_dir() -> Path:
    """The pre-built cache of the shipped content (lessons pre-rendered)."""
    return content_dir() / ".cache" if is_source_checkout() else shipped_dir() / "cache"


def prebuilt_cache_enabled() -> bool:
    """False when ``AILITERACY_NO_PREBUILT_CACHE`` is set (to anything but "" or "0").

    The app then parses the shipped content as on a first start without a pre-built
    cache (the benchmarks measure that start). The switch can only make the app
    ignore the cache, never read another one.
    """
    return os.environ.get(NO_PREBUILT_CACHE_ENV, "") in ("", "0")
