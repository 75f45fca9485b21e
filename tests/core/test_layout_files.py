"""The data folder holds only the files core/layout.py names, where it names them."""

from __future__ import annotations

from pathlib import Path

from ailiteracy.core import layout, paths
from ailiteracy.core.profiles import ProfileRegistry
from ailiteracy.core.session import Session
from ailiteracy.core.storage import backup_path


def test_a_learners_files_are_where_the_layout_says(
    content_root: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(paths, "content_dir", lambda: content_root)
    data = tmp_path / "data"
    registry = ProfileRegistry(data)
    ana = registry.create("Ana")
    registry.close()
    session = Session.start(data, language="en", profile=ana.id, profile_name="Ana")
    session.store.mark_lesson_read("demo", "first")
    attempt = session.store.start_attempt("demo")
    session.store.save_answer(attempt, "q-tf", False, 1.0)
    session.close()

    folder = layout.profile_dir(data, ana.id)
    assert folder == data / "profiles" / ana.id
    written = {p for p in data.rglob("*") if p.is_file()}
    named = {
        layout.registry_file(data),
        layout.profile_file(folder),
        layout.progress_file(folder),
        layout.history_file(layout.history_dir(folder), 1),
    }
    assert named <= written
    cached = {p for p in written if p.parent == layout.cache_dir(data)}
    assert cached and all(p.name.startswith("catalog-") for p in cached)
    copies = {backup_path(p) for p in named}
    assert written - named - cached <= copies  # nothing else, anywhere
    assert layout.history_numbers(layout.history_dir(folder)) == [1]


def test_history_numbers_ignore_files_that_are_not_history(tmp_path: Path) -> None:
    history = tmp_path / "history"
    assert layout.history_numbers(history) == []  # no folder yet
    history.mkdir()
    for number in (12, 2, 1):
        layout.history_file(history, number).write_text("{}")
    for stray in ("notes.json", "0003x.json", "1234567890.json", "000004.json.tmp-write"):
        (history / stray).write_text("{}")
    assert layout.history_file(history, 2).name == "000002.json"
    assert layout.history_numbers(history) == [1, 2, 12]
