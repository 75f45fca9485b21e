"""One owner for the content folders: shipped, policy, given at start, the learner's own."""

from __future__ import annotations

from pathlib import Path

from ailiteracy.core.content.folders import SETTING, ContentFolders, stored_folders
from ailiteracy.core.policy import Policy
from ailiteracy.core.session import Session


def test_roots_are_in_loading_order_each_once(tmp_path: Path) -> None:
    shipped, admin, given, own = (tmp_path / n for n in ("shipped", "admin", "given", "own"))
    folders = ContentFolders(
        policy=(admin,), given=(given, admin), stored=(own, given), shipped=shipped
    )
    assert folders.roots == [shipped, admin, given, own]
    assert folders.extra == [admin, given, own]


def test_changing_the_learners_folders_keeps_the_others(tmp_path: Path) -> None:
    folders = ContentFolders(policy=(tmp_path / "a",), given=(tmp_path / "g",))
    changed = folders.with_stored([str(tmp_path / "x")])
    assert changed.extra == [tmp_path / "a", tmp_path / "g", tmp_path / "x"]
    assert changed.stored_setting() == [str(tmp_path / "x")]
    assert changed.listed(tmp_path / "a") and changed.listed(tmp_path / "x")
    assert not changed.listed(tmp_path / "g")  # given for this run only: may still be kept


def test_a_damaged_setting_gives_no_folders() -> None:
    assert stored_folders(None) == ()
    assert stored_folders("C:/content") == ()
    assert stored_folders(["a", 3, "", None, "b"]) == (Path("a"), Path("b"))


def test_the_session_keeps_given_folders_when_the_learner_changes_theirs(
    content_root: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr("ailiteracy.core.paths.content_dir", lambda: content_root)
    admin, given, own = tmp_path / "admin", tmp_path / "given", tmp_path / "own"
    session = Session.start(
        tmp_path / "data", extra_content=[given], policy=Policy(content_folders=(admin,))
    )
    try:
        assert session.content_roots == [content_root, admin, given]
        assert session.set_content_folders([str(own)])
        assert not session.set_content_folders([own])  # the same folders: nothing changes
        assert session.content_roots == [content_root, admin, given, own]
        assert session.store.get_setting(SETTING) == [str(own)]
        assert session.set_content_folders([])
        assert session.extra_content == [admin, given]
    finally:
        session.close()
