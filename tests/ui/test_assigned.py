"""The learner's "Assigned to me" list: opening files, progress, results, certificates."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pypdf
import pytest

from ailiteracy.core.assignments import (
    AssignmentItem,
    assignment_to_dict,
    dump_assignment,
    new_assignment,
)
from ailiteracy.core.exchange import dump_file
from ailiteracy.core.results import load_results
from ailiteracy.ui.assignedview import AssignedView
from tests.ui.test_accessibility import unnamed_controls

TODAY = dt.date(2026, 3, 2)
DUE = dt.date(2026, 3, 9)
DATA = Path(__file__).resolve().parents[1] / "data"


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def write_assignment(folder: Path, *items: AssignmentItem, title: str = "Week 3") -> Path:
    a = new_assignment(
        class_name="7B",
        title=title,
        due=DUE,
        pass_mark=60,
        items=items or (AssignmentItem("demo"), AssignmentItem("second", (), False)),
        message="Read both modules.",
    )
    path = folder / f"{title}.ailiteracy-assignment"
    path.write_bytes(dump_assignment(a))
    return path


@pytest.fixture
def learner(start, qtbot):
    def make(**kwargs):
        window = start(**kwargs)
        view = AssignedView(window.session, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1000, 500)
        view.show()
        return window, view

    return make


def rows(view: AssignedView) -> list[list[str]]:
    out = []
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        out.append([top.text(c) for c in range(4)])
        for j in range(top.childCount()):
            out.append(["  " + top.child(j).text(0), top.child(j).text(3)])
    return out


def test_open_an_assignment_once(learner, tmp_path: Path) -> None:
    window, view = learner(profile_name="Ana")
    assert view.tree.topLevelItemCount() == 0
    assert "No assignments yet" in view.details.text()
    assert not view.start_button.isEnabled() and not view.export_button.isEnabled()
    path = write_assignment(tmp_path)
    assert view.open_assignment_file(path)
    assert '"Week 3" was added' in view.message.text()
    table = rows(view)
    assert table[0][0] == "Week 3" and table[0][1] == "7B"
    assert table[0][3] == "Not started (0 of 2 done)"
    assert table[1] == ["  Demo module", "Lessons read: 0 of 2; Quiz: not taken yet, 60% needed"]
    assert table[2] == ["  Second module", "Lessons read: 0 of 1"]
    assert "Message from your teacher: Read both modules." in view.details.text()
    assert unnamed_controls(view) == []

    assert not view.open_assignment_file(path)
    assert view.message.text() == "This assignment is already in your list."
    assert view.tree.topLevelItemCount() == 1
    assert len(window.session.store.table_rows("assignments")) == 1


def test_files_that_cannot_be_opened(learner, tmp_path: Path) -> None:
    _window, view = learner()
    good = write_assignment(tmp_path)
    damaged = tmp_path / "damaged.ailiteracy-assignment"
    damaged.write_bytes(good.read_bytes().replace(b'"7B"', b'"7C"'))
    assert not view.open_assignment_file(damaged)
    assert "damaged" in view.message.text() and "ask your teacher" in view.message.text()

    cut = tmp_path / "cut.ailiteracy-assignment"
    cut.write_bytes(good.read_bytes()[:100])
    assert not view.open_assignment_file(cut)
    assert "damaged" in view.message.text()

    results = DATA / "results" / "ana-souza.ailiteracy-results"
    assert not view.open_assignment_file(results)
    assert view.message.text().startswith("This is not an assignment file.")

    newer = tmp_path / "newer.ailiteracy-assignment"
    data = assignment_to_dict(
        new_assignment(
            class_name="", title="Later", due=DUE, pass_mark=50, items=[AssignmentItem("demo")]
        )
    )
    newer.write_bytes(dump_file({**data, "version": 2}))
    assert not view.open_assignment_file(newer)
    assert "newer version" in view.message.text()

    assert not view.open_assignment_file(tmp_path / "gone.ailiteracy-assignment")
    assert "could not be read" in view.message.text()
    assert view.tree.topLevelItemCount() == 0


def test_progress_start_and_overdue(learner, qtbot, tmp_path: Path) -> None:
    window, view = learner()
    view.open_assignment_file(write_assignment(tmp_path))
    with qtbot.waitSignal(view.open_module) as signal:
        assert view.start()
    assert signal.args == ["demo"]

    store = window.session.store
    store.mark_lesson_read("demo", "first")
    attempt = store.start_attempt("demo")
    store.finish_attempt(attempt, 40, False)
    view.refresh()
    assert rows(view)[0][3] == "In progress (0 of 2 done)"
    assert rows(view)[1][1] == "Lessons read: 1 of 2; Quiz: best 40% so far, 60% needed"

    store.mark_lesson_read("demo", "second")
    attempt = store.start_attempt("demo")
    store.finish_attempt(attempt, 80, True)
    view.refresh()
    assert rows(view)[1][1] == "Done. Lessons read: 2 of 2; Quiz passed with 80%"
    with qtbot.waitSignal(view.open_module) as signal:
        view.start()
    assert signal.args == ["second"]  # the first module that is not done

    # Choosing a module line opens that module.
    top = view.tree.topLevelItem(0)
    view.tree.setCurrentItem(top.child(0))
    with qtbot.waitSignal(view.open_module) as signal:
        view.start_button.click()
    assert signal.args == ["demo"]

    view.today = lambda: DUE + dt.timedelta(days=1)
    view.refresh()
    top = view.tree.topLevelItem(0)
    assert top.text(3) == "Overdue: the due date has passed (1 of 2 done)"
    assert top.font(3).bold()
    assert "The due date has passed" in view.details.text()


def test_module_missing_on_this_computer(learner, tmp_path: Path) -> None:
    _window, view = learner()
    path = write_assignment(tmp_path, AssignmentItem("demo"), AssignmentItem("ghost"))
    assert view.open_assignment_file(path)
    assert "not on this computer (ghost)" in view.message.text()
    assert rows(view)[2] == [
        "  ghost",
        "This module is not on this computer. Please tell your teacher.",
    ]


def test_export_results_with_the_profile_name(learner, tmp_path: Path) -> None:
    window, view = learner(profile_name="Ana Souza")
    view.open_assignment_file(write_assignment(tmp_path))
    store = window.session.store
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q-single", "a", 0.0)
    store.finish_attempt(attempt, 14, False)
    view.ask_text = lambda *a: pytest.fail("a profile's name is not asked for")
    path = view.export_results(tmp_path / "out" / "mine")
    assert path == tmp_path / "out" / "mine.ailiteracy-results"
    assert str(path) in view.message.text()
    results = load_results(path.read_bytes())
    assert results.learner_name == "Ana Souza"
    assert results.assignment_title == "Week 3"
    assert results.module("demo").best == 14
    assert [a.question for a in results.answers] == ["q-single"]


def test_guest_is_asked_for_a_name(learner, tmp_path: Path) -> None:
    window, view = learner(guest=True)
    assert window.session.guest and view.guest_note.isVisible()
    view.open_assignment_file(write_assignment(tmp_path))
    view.ask_text = lambda title, label, value: None  # cancelled
    assert view.export_results(tmp_path / "a.ailiteracy-results") is None
    assert "needs your name" in view.message.text()
    assert not (tmp_path / "a.ailiteracy-results").exists()
    asked = []

    def ask(title: str, label: str, value: str) -> str:
        asked.append(value)
        return "  Dara Nguyen "

    view.ask_text = ask
    path = view.export_results(tmp_path / "a.ailiteracy-results")
    assert load_results(path.read_bytes()).learner_name == "Dara Nguyen"
    view.export_results(tmp_path / "b.ailiteracy-results")
    assert asked == ["", "Dara Nguyen"]  # the name given before is offered again


def test_certificate_when_everything_is_done(learner, tmp_path: Path) -> None:
    window, view = learner(profile_name="李明 Li")
    view.open_assignment_file(write_assignment(tmp_path, AssignmentItem("second")))
    assert not view.certificate_button.isEnabled()
    assert view.certificate(tmp_path / "early.pdf") is None
    assert "when everything" in view.message.text()
    store = window.session.store
    store.mark_lesson_read("second", "only")
    attempt = store.start_attempt("second")
    store.finish_attempt(attempt, 100, True)
    view.refresh()
    assert view.certificate_button.isEnabled()
    path = view.certificate(tmp_path / "cert.pdf")
    text = pdf_text(path)
    assert "Certificate of completion" in text and "Week 3" in text and "100%" in text
    assert "Li" in text


def test_remove_keeps_progress(learner, tmp_path: Path) -> None:
    window, view = learner()
    view.open_assignment_file(write_assignment(tmp_path))
    view.open_assignment_file(write_assignment(tmp_path, AssignmentItem("demo"), title="Week 4"))
    window.session.store.mark_lesson_read("demo", "first")
    assert view.tree.topLevelItemCount() == 2
    view.select(view.current[1].assignment.id)
    view.confirm = lambda title, text: False
    assert not view.remove_selected()
    assert view.tree.topLevelItemCount() == 2
    view.confirm = lambda title, text: "Week 4" in text
    view.remove_button.click()
    assert [s.assignment.title for s in view.current] == ["Week 3"]
    assert '"Week 4" was removed' in view.message.text()
    assert window.session.store.lesson_states("demo")[("demo", "first")].read


def test_buttons_use_file_dialogs(learner, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    _window, view = learner(profile_name="Ana Souza")
    path = write_assignment(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))
    view.open_button.click()
    assert view.tree.topLevelItemCount() == 1
    suggested = []

    def save_name(parent, caption, start, pattern):
        suggested.append(Path(start).name)
        return str(tmp_path / "usb" / "mine"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    view.export_button.click()
    saved = load_results((tmp_path / "usb" / "mine.ailiteracy-results").read_bytes())
    assert suggested == [f"Ana Souza - Week 3 - {saved.learner_id[:8]}.ailiteracy-results"]
