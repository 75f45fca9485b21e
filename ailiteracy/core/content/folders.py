"""The content folders a session reads, and where each one comes from.

In the order they are loaded (a module in a later folder replaces one with the same
id in an earlier folder):

1. the content shipped with the app;
2. folders set by the administrator's policy (``content_folders``);
3. folders given when the app was started (``--content``);
4. the learner's own folders, added in Settings or on the teacher screen and kept
   in the store's ``content_folders`` setting.

Only the last group can be changed while the app runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .. import paths

SETTING = "content_folders"  # the store setting that keeps the learner's own folders


def stored_folders(value: object) -> tuple[Path, ...]:
    """The learner's own folders from the stored setting (anything else in it is ignored)."""
    if not isinstance(value, list):
        return ()
    return tuple(Path(v) for v in value if isinstance(v, str) and v)


@dataclass(frozen=True)
class ContentFolders:
    """Every content folder of a session, by where it comes from."""

    policy: tuple[Path, ...] = ()
    given: tuple[Path, ...] = ()  # --content
    stored: tuple[Path, ...] = ()  # the learner's own, from the setting
    shipped: Path | None = None  # None: the app's own (paths.content_dir())

    @property
    def extra(self) -> list[Path]:
        """Every folder besides the shipped content, in loading order, each once."""
        return list(dict.fromkeys((*self.policy, *self.given, *self.stored)))

    @property
    def roots(self) -> list[Path]:
        """The content roots to load, in order: the shipped content first."""
        return [self.shipped or paths.content_dir(), *self.extra]

    def listed(self, folder: Path) -> bool:
        """Whether ``folder`` is the policy's or one of the learner's own (the folders the
        teacher screen lists). A folder only given at start may still be added, to keep it."""
        return folder in self.policy or folder in self.stored

    def with_stored(self, folders: Iterable[str | Path]) -> ContentFolders:
        """These folders with the learner's own folders replaced by ``folders``."""
        return replace(self, stored=tuple(Path(f) for f in folders))

    def stored_setting(self) -> list[str]:
        """The learner's own folders as the store keeps them."""
        return [str(f) for f in self.stored]
