"""The data folder's layout has one owner: core/layout.py names every file in it."""

from __future__ import annotations

import re
from pathlib import Path

import ailiteracy
from ailiteracy.core import layout, pins
from ailiteracy.core.profiles import ProfileRegistry
from ailiteracy.core.session import Session
from ailiteracy.core.store import ProgressStore

PACKAGE = Path(ailiteracy.__file__).parent
NAMES = [
    layout.REGISTRY_FILE,
    layout.PROFILE_FILE,
    layout.PROGRESS_FILE,
    layout.XAPI_QUEUE_FILE,
    layout.TEACHER_FILE,
    layout.LOCK_FILE,
    layout.WINDOW_SETTINGS_FILE,
    layout.SCRATCH_DIR,
]


def test_no_other_module_spells_a_data_folder_name() -> None:
    spelled = re.compile("|".join(re.escape(f'"{name}"') for name in NAMES))
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "layout.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if spelled.search(line)
    ]
    assert found == []


def test_the_app_writes_where_the_layout_says(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pins, "SCRYPT_N", 2)
    data = tmp_path / "data"
    registry = ProfileRegistry(data)
    ana = registry.create("Ana")
    registry.close()
    teacher = pins.TeacherPin(data)
    teacher.set_pin("4812")
    store = ProgressStore(registry.folder(ana.id))
    store.save_answer(store.start_attempt("m"), "q1", "a", 1.0)
    store.close()
    learner = layout.profile_dir(data, ana.id)
    assert learner == registry.folder(ana.id)
    for path in (
        layout.registry_file(data),
        layout.last_good_file(layout.registry_file(data)),
        layout.teacher_file(data),
        layout.last_good_file(layout.teacher_file(data)),
        layout.profile_file(learner),
        layout.progress_file(learner),
        layout.history_file(layout.history_dir(learner), 1),
    ):
        assert path.is_file(), path
    assert layout.history_numbers(layout.history_dir(learner)) == [1]
    session = Session.start(data, profile=ana.id)
    assert session.store.folder == learner
    session.close()


def test_history_numbers_ignore_other_files(tmp_path: Path) -> None:
    for name in ("000002.json", "000010.json", "000001.corrupt-1.json", "x.json", "1e5.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert layout.history_numbers(tmp_path) == [2, 10]
    assert layout.history_numbers(tmp_path / "missing") == []
