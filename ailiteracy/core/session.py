"""One run of the app: which content, which learner, which language, which policy.

The UI decides the data folder and passes it in; everything the app writes goes
below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import msgspec

from . import languages, layout
from .cache import load_catalog
from .content.folders import SETTING as CONTENT_FOLDERS_SETTING
from .content.folders import ContentFolders, stored_folders
from .content.model import Catalog
from .layout import DEFAULT_PROFILE as DEFAULT_PROFILE
from .policy import Policy, PolicyError, load_policy
from .storage import StoreNotice
from .store import ProgressStore, ensure_learner_id


class SessionError(Exception):
    """The session cannot start (a plain-language reason is in the message)."""


class Session(msgspec.Struct):
    data_dir: Path
    language: str
    policy: Policy
    folders: ContentFolders
    catalog: Catalog
    store: ProgressStore
    profile: str = DEFAULT_PROFILE
    profile_name: str = ""
    guest: bool = False
    notices: list[StoreNotice] = msgspec.field(default_factory=list)
    learner_id: str = ""  # the profile's stable id (a fresh one for each guest session)
    learner_since: str = ""  # when the profile was made (ISO), a hint for same-named learners

    @classmethod
    def start(
        cls,
        data_dir: Path,
        *,
        language: str | None = None,
        system_language: str = languages.DEFAULT,
        extra_content: Sequence[Path] = (),
        policy_file: Path | None = None,
        policy: Policy | None = None,
        guest: bool = False,
        profile: str = DEFAULT_PROFILE,
        profile_name: str = "",
        learner_id: str = "",
        learner_since: str = "",
    ) -> Session:
        if policy is None:
            try:
                policy = load_policy(policy_file) if policy_file else Policy()
            except PolicyError as exc:
                raise SessionError(str(exc)) from exc
        guest = guest or policy.guest_only
        store = ProgressStore(None if guest else layout.profile_dir(data_dir, profile))
        chosen = (
            language
            or (None if guest else store.get_setting("language"))
            or policy.default_language
            or system_language
        )
        chosen = languages.supported_or_default(chosen)
        folders = ContentFolders(
            policy=tuple(policy.content_folders),
            given=tuple(extra_content),
            stored=stored_folders(store.get_setting(CONTENT_FOLDERS_SETTING, [])),
        )
        session = cls(
            data_dir=data_dir,
            language=chosen,
            policy=policy,
            folders=folders,
            catalog=Catalog(chosen),
            store=store,
            guest=guest,
            profile="" if guest else profile,
            profile_name=profile_name,
            learner_id=ensure_learner_id(store, learner_id),
            learner_since=learner_since,
        )
        session.reload_catalog()
        return session

    @property
    def content_roots(self) -> list[Path]:
        """Every content folder to load, in order (see :mod:`.content.folders`)."""
        return self.folders.roots

    @property
    def extra_content(self) -> list[Path]:
        """The content folders besides the shipped content."""
        return self.folders.extra

    def set_content_folders(self, folders: Sequence[str | Path]) -> bool:
        """Keep ``folders`` as the learner's own content folders (the policy's and the
        ones given at start stay). Returns whether they changed; the caller reloads."""
        changed = self.folders.with_stored(folders)
        if changed == self.folders:
            return False
        self.folders = changed
        self.store.set_setting(CONTENT_FOLDERS_SETTING, changed.stored_setting())
        return True

    def reload_catalog(self, language: str | None = None) -> Catalog:
        if language:
            self.language = language
        cache_dir = None if self.guest else layout.cache_dir(self.data_dir)
        self.catalog = load_catalog(self.content_roots, self.language, cache_dir=cache_dir)
        return self.catalog

    def close(self) -> None:
        self.store.close()
