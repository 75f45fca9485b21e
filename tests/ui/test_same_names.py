"""Two learners with one name: two rows in the class report, told apart, and a warning."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from ailiteracy.core.exchange import dump_file
from ailiteracy.ui.teacher.view import TeacherView

DATA = Path(__file__).resolve().parents[1] / "data" / "results"


def test_same_named_learners_are_shown_apart_with_a_warning(start, qtbot, tmp_path) -> None:
    folder = tmp_path / "class"
    shutil.copytree(DATA, folder)
    twin = json.loads((folder / "ana-souza.ailiteracy-results").read_text("utf-8"))
    twin["learner"] = {"name": "Ana Souza", "id": "c0ffee" + "0" * 26, "since": "2026-02-27"}
    (folder / "ana-souza-2.ailiteracy-results").write_bytes(dump_file(twin))

    window = start()
    teacher = TeacherView(window.session, today=lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(teacher)
    teacher.resize(1366, 768)
    teacher.show()
    assert teacher.open_results_folder(folder) == 6
    names = [teacher.table.item(r, 0).text() for r in range(teacher.table.rowCount())]
    assert len(names) == 5
    anas = [n for n in names if n.startswith("Ana Souza")]
    assert len(anas) == 2 and len(set(anas)) == 2
    assert "Ana Souza (2026-02-27, #c0ffee)" in anas
    label = teacher.assignment_label.text()
    assert "Different learners share a name (Ana Souza)" in label
