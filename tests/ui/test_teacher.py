"""Teacher mode: the PIN, making an assignment, the class report and its exports, own content."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QDialog

from ailiteracy.core.assignments import AssignmentItem, load_assignment
from ailiteracy.core.pins import LOCK_FIRST_SECONDS, TeacherPin, hash_pin
from ailiteracy.core.policy import Policy
from ailiteracy.core.store import LEARNER_ID_SETTING
from ailiteracy.ui import printing
from ailiteracy.ui.assignedview import AssignedView
from ailiteracy.ui.teacher.content_tab import content_root_for
from ailiteracy.ui.teacher.pin import EnterPinDialog, SetPinDialog, ask_teacher_pin
from ailiteracy.ui.teacher.view import TeacherView
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_learner_flow import answer_demo_quiz

# PINs are hashed at a low cost: these tests are about the rules around them.
pytestmark = pytest.mark.usefixtures("quick_hashes")

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = dt.date(2026, 3, 2)
DUE = dt.date(2026, 3, 9)


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def fill_in(run_steps):
    """A ``run`` for ask_teacher_pin that fills the dialog in instead of showing it."""

    def run(dialog: QDialog) -> None:
        run_steps(dialog)

    return run


# --------------------------------------------------------------------------- the PIN


def test_pin_is_set_at_first_use_then_asked_for(qtbot, tmp_path: Path) -> None:
    lock = TeacherPin(tmp_path, "", clock=FakeClock())
    assert not lock.is_set()
    seen: list[QDialog] = []

    def mismatch(dialog: QDialog) -> None:
        seen.append(dialog)
        assert isinstance(dialog, SetPinDialog)
        assert unnamed_controls(dialog) == []
        dialog.pin_edit.setText("12")
        assert not dialog.try_accept()
        assert "4 to 12 digits" in dialog.message.text()
        dialog.pin_edit.setText("4812")
        dialog.repeat_edit.setText("4813")
        assert not dialog.try_accept()
        assert "not the same" in dialog.message.text()
        assert dialog.repeat_edit.text() == ""

    assert not ask_teacher_pin(None, lock, run=mismatch)
    assert not lock.is_set() and not (tmp_path / "teacher.json").exists()

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, SetPinDialog)
        dialog.pin_edit.setText("4812")
        dialog.repeat_edit.setText("4812")
        assert dialog.try_accept()

    assert ask_teacher_pin(None, lock, run=choose)
    stored = json.loads((tmp_path / "teacher.json").read_text(encoding="utf-8"))
    assert stored["pin_hash"].startswith("scrypt$") and "4812" not in stored["pin_hash"]
    assert lock.is_set()

    def enter(pin: str, expected: bool):
        def run(dialog: QDialog) -> None:
            assert isinstance(dialog, EnterPinDialog)
            assert unnamed_controls(dialog) == []
            dialog.pin_edit.setText(pin)
            assert dialog.try_accept() is expected
            if not expected:
                assert "not right" in dialog.message.text()

        return run

    assert not ask_teacher_pin(None, TeacherPin(tmp_path), run=enter("1111", False))
    assert ask_teacher_pin(None, TeacherPin(tmp_path), run=enter("4812", True))


def test_pin_letters_are_not_typed(qtbot, tmp_path: Path) -> None:
    dialog = SetPinDialog(TeacherPin(tmp_path))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit, "12ab34")
    assert dialog.pin_edit.text() == "1234"


def test_three_wrong_pins_lock_for_30_seconds(qtbot, tmp_path: Path) -> None:
    clock = FakeClock()
    lock = TeacherPin(tmp_path, clock=clock)
    lock.set_pin("2468")
    dialog = EnterPinDialog(lock)
    qtbot.addWidget(dialog)
    for _ in range(2):
        dialog.pin_edit.setText("1111")
        assert not dialog.try_accept()
        assert lock.wait_seconds() == 0
    dialog.pin_edit.setText("1111")
    assert not dialog.try_accept()
    assert lock.wait_seconds() == LOCK_FIRST_SECONDS == 30
    assert "30 seconds" in dialog.message.text()
    assert dialog.timer.isActive()

    # During the wait even the right PIN is refused, also through a new lock or dialog.
    dialog.pin_edit.setText("2468")
    assert not dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not TeacherPin(tmp_path, clock=clock).check("2468")
    clock.advance(20)
    dialog.update_wait()
    assert "10 seconds" in dialog.message.text()
    clock.advance(10)
    dialog.update_wait()
    assert "again now" in dialog.message.text() and not dialog.timer.isActive()
    dialog.pin_edit.setText("2468")
    assert dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_right_pin_resets_the_count(tmp_path: Path) -> None:
    clock = FakeClock()
    lock = TeacherPin(tmp_path, clock=clock)
    lock.set_pin("2468")
    assert not lock.check("1") and not lock.check("2")
    assert lock.check("2468")
    assert not lock.check("3") and not lock.check("4")
    assert lock.wait_seconds() == 0  # only two wrong in a row since the right one


def test_policy_pin_is_fixed(qtbot, tmp_path: Path) -> None:
    lock = TeacherPin(tmp_path, hash_pin("97531"))
    assert lock.is_set() and lock.fixed
    with pytest.raises(PermissionError):
        lock.set_pin("1234")
    assert not (tmp_path / "teacher.json").exists()

    def run(dialog: QDialog) -> None:
        assert isinstance(dialog, EnterPinDialog)  # never asks for a new PIN
        dialog.pin_edit.setText("97531")
        dialog.try_accept()

    assert ask_teacher_pin(None, lock, run=run)
    # A PIN kept in the data folder does not count when the policy sets one.
    (tmp_path / "teacher.json").write_text(
        json.dumps({"pin_hash": hash_pin("1234")}), encoding="utf-8"
    )
    assert not TeacherPin(tmp_path, hash_pin("97531")).check("1234")


# --------------------------------------------------------------------------- assignments


@pytest.fixture
def teacher(start, qtbot):
    window = start()
    view = TeacherView(window.session, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def make_assignment(view: TeacherView, folder: Path) -> Path:
    view.class_edit.setText("7B")
    view.title_edit.setText("Week 3: Check what AI tells you")
    view.message_edit.setPlainText("Read both modules and pass both quizzes.")
    view.due_edit.setDate(QDate(DUE.year, DUE.month, DUE.day))
    view.pass_spin.setValue(60)
    view.tick("demo")
    view.tick("second")
    path = view.save_assignment(folder / "week-3")
    assert path is not None
    return path


def test_assignment_form_writes_the_file(teacher: TeacherView, tmp_path: Path) -> None:
    assert unnamed_controls(teacher) == []
    assert teacher.pass_spin.value() == 70
    assert teacher.due_edit.date() == QDate(2026, 3, 9)  # a week from today
    assert teacher.due_edit.calendarPopup()

    assert teacher.save_assignment(tmp_path / "x") is None
    assert "title" in teacher.assignment_message.text()
    teacher.title_edit.setText("Week 3")
    assert teacher.save_assignment(tmp_path / "x") is None
    assert "tick" in teacher.assignment_message.text()
    assert not (tmp_path / "x.ailiteracy-assignment").exists()

    teacher.tick("demo")  # the whole module
    teacher.tick("second", "quiz")  # only the quiz
    teacher.pass_spin.setValue(60)
    teacher.class_edit.setText("7B")
    path = teacher.save_assignment(tmp_path / "hand-out" / "week-3")
    assert path == tmp_path / "hand-out" / "week-3.ailiteracy-assignment"
    assert str(path) in teacher.assignment_message.text()
    a = load_assignment(path.read_bytes())
    assert (a.title, a.class_name, a.pass_mark, a.due) == ("Week 3", "7B", 60, DUE)
    assert a.items == (
        AssignmentItem("demo", (), True),
        AssignmentItem("second", (), True, quiz_only=True),
    )

    # The same form saved again keeps the id; a changed one gets a new id.
    again = teacher.save_assignment(tmp_path / "copy.ailiteracy-assignment")
    assert load_assignment(again.read_bytes()).id == a.id
    teacher.tick("demo", checked=False)
    teacher.tick("demo", "second")
    third = load_assignment(teacher.save_assignment(tmp_path / "changed").read_bytes())
    assert third.id != a.id
    assert third.items[0] == AssignmentItem("demo", ("second",), False)

    # The report tab takes the first saved assignment.
    assert teacher.assignment.id == a.id
    assert "Week 3" in teacher.assignment_label.text()

    teacher.clear_assignment()
    assert teacher.title_edit.text() == "" and teacher.selected_items() == []


def damaged_copy(path: Path, target: Path) -> Path:
    data = path.read_bytes()
    target.write_bytes(data.replace(b'"Dara Nguyen"', b'"Dbra Nguyen"', 1))
    return target


def learner_by_store(start, profile: str, name: str, scores: list[tuple[int, str]]):
    """A learner whose quiz attempts at 'demo' are written straight into the store."""
    window = start(profile=profile, profile_name=name)
    store = window.session.store
    store.mark_lesson_read("demo", "first")
    for percent, single in scores:
        attempt = store.start_attempt("demo")
        store.save_answer(attempt, "q-single", single, 1.0 if single == "b" else 0.0)
        store.finish_attempt(attempt, percent, percent >= 60)
    return window


def test_class_report_from_learners_files(start, teacher: TeacherView, qtbot, tmp_path) -> None:
    hand_out = tmp_path / "hand-out"
    assignment_file = make_assignment(teacher, hand_out)
    collected = tmp_path / "collected"

    # Ana works in the app and passes the demo quiz (93%) and the second quiz.
    ana = start(profile="ana", profile_name="Ana Souza")
    ana_view = AssignedView(ana.session, today=lambda: TODAY)
    qtbot.addWidget(ana_view)
    assert ana_view.open_assignment_file(assignment_file)
    store = ana.session.store
    store.mark_lesson_read("demo", "first")
    store.mark_lesson_read("demo", "second")
    ana.open_quiz("demo")
    answer_demo_quiz(ana, qtbot)
    attempt = store.start_attempt("second")
    store.save_answer(attempt, "one", True, 1.0)
    store.save_answer(attempt, "two", "b", 1.0)
    store.finish_attempt(attempt, 100, True)
    store.mark_lesson_read("second", "only")
    ana_view.refresh()
    assert ana_view.current[0].status.value == "done"
    ana_file = ana_view.export_results(collected / "ana")
    assert ana_file == collected / "ana.ailiteracy-results"

    # Li fails the demo quiz twice; Dara's file gets damaged on the way.
    li = learner_by_store(start, "li", "李明", [(29, "a"), (43, "a")])
    li_view = AssignedView(li.session, today=lambda: TODAY)
    qtbot.addWidget(li_view)
    li_view.open_assignment_file(assignment_file)
    li_file = li_view.export_results(collected / "li-ming.ailiteracy-results")
    dara = learner_by_store(start, "dara", "Dara Nguyen", [(100, "b")])
    dara_view = AssignedView(dara.session, today=lambda: TODAY)
    qtbot.addWidget(dara_view)
    dara_view.open_assignment_file(assignment_file)
    dara_file = dara_view.export_results(tmp_path / "dara.ailiteracy-results")
    damaged = damaged_copy(dara_file, collected / "dara-nguyen.ailiteracy-results")

    assert teacher.open_results([ana_file, li_file, damaged]) == 2
    teacher.tabs.setCurrentIndex(1)
    assert unnamed_controls(teacher) == []
    report = teacher.report
    assert report is not None and [x.name for x in report.learners] == ["Ana Souza", "李明"]
    table = teacher.table
    assert (table.rowCount(), table.columnCount()) == (2, 3)
    headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Learner", "Demo module", "Second module"]
    assert table.item(0, 0).text() == "Ana Souza"
    assert table.item(0, 1).text() == "93% (attempts: 1)\nPassed"
    assert table.item(0, 2).text() == "100% (attempts: 1)\nPassed"
    assert table.item(1, 0).text() == "李明"
    assert table.item(1, 1).text() == "43% (attempts: 2)\nNot passed"
    assert table.item(1, 2).text() == "\u2014\nNot started"

    missed = teacher.missed_texts()
    assert (
        "What does a chatbot do?\nDemo module: wrong for 1 of 2 learners\n"
        'Wrong answers: "Looks up checked facts" (1)'
    ) in missed
    assert teacher.missed.count() == len(missed)
    assert [teacher.missed.item(i).text() for i in range(teacher.missed.count())] == missed

    helps = [teacher.help_list.item(i).text() for i in range(teacher.help_list.count())]
    assert helps == ['李明: failed the quiz of "Demo module" 2 times and has not passed it yet']
    skipped = teacher.skipped_texts()
    assert skipped == [
        "dara-nguyen.ailiteracy-results: This file is damaged (it is incomplete or its "
        "checksum does not match). Ask the learner to export it again."
    ]
    assert teacher.skipped_list.item(0).text() == skipped[0]

    # After the due date, unfinished work is marked overdue, in bold.
    teacher.today = lambda: DUE + dt.timedelta(days=1)
    teacher.rebuild_report()
    overdue = teacher.table.item(1, 1)
    assert overdue.text() == "43% (attempts: 2)\nNot passed, overdue"
    assert overdue.font().bold()
    assert not teacher.table.item(0, 1).font().bold()
    assert "The due date has passed." in teacher.assignment_label.text()

    # Exports.
    csv_path = teacher.export_csv(tmp_path / "out" / "report.csv")
    data = csv_path.read_bytes()
    assert data.startswith("\ufeff".encode())
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "learner,learner_id,class,module,best_score,passed,attempts,status,overdue"
    ana_id = ana.session.store.get_setting(LEARNER_ID_SETTING)
    assert ana_id == ana.session.learner_id
    assert f"Ana Souza,{ana_id},7B,Demo module,93,TRUE,1,passed,FALSE" in lines
    assert any(
        x.startswith("李明,") and x.endswith(",7B,Demo module,43,FALSE,2,not passed,TRUE")
        for x in lines
    )
    book = teacher.export_gradebook(tmp_path / "out" / "gradebook.csv")
    book_lines = book.read_bytes().decode("utf-8-sig").split("\r\n")
    assert book_lines[0] == "learner_id,learner,class,Demo module,Second module"
    assert any(x.startswith(f"{ana_id},Ana Souza,7B,93,") for x in book_lines)

    pdf = teacher.export_pdf(tmp_path / "out" / "report.pdf")
    text = pdf_text(pdf)
    assert "Class report" in text and "Week 3: Check what AI tells you" in text
    assert "Ana Souza" in text and "Looks up checked facts" in text

    assert teacher.certificate_for_selected(tmp_path / "none.pdf") is None
    assert "Select a learner" in teacher.report_message.text()
    assert teacher.select_learner(ana.session.store.get_setting(LEARNER_ID_SETTING))
    assert teacher.certificate_button.isEnabled()
    cert = teacher.certificate_for_selected(tmp_path / "out" / "ana.pdf")
    text = pdf_text(cert)
    assert "Certificate of completion" in text and "Ana Souza" in text
    assert "Demo module" in text and "Second module" in text
    page = pypdf.PdfReader(str(cert)).pages[0].mediabox
    size = QPageSize(printing.default_page_size()).size(QPageSize.Unit.Point)
    assert sorted((round(page.width), round(page.height))) == sorted(
        (round(size.width()), round(size.height()))
    )
    assert page.width > page.height  # landscape

    assert teacher.select_learner(li.session.store.get_setting(LEARNER_ID_SETTING))
    assert teacher.certificate_for_selected(tmp_path / "out" / "li.pdf") is None
    assert "has not passed any module" in teacher.report_message.text()
    assert not (tmp_path / "out" / "li.pdf").exists()


def test_print_sends_the_same_pages_as_the_pdf(teacher: TeacherView, tmp_path, monkeypatch) -> None:
    assert not teacher.print_button.isEnabled()  # no assignment yet
    assert not teacher.print_report()
    make_assignment(teacher, tmp_path)
    printed = []

    def fake_print(doc, parent=None) -> bool:
        printed.append((doc, parent))
        return True

    monkeypatch.setattr(printing, "print_document", fake_print)
    assert teacher.print_button.isEnabled()
    teacher.print_button.click()
    assert len(printed) == 1
    draw, parent = printed[0]
    assert callable(draw) and parent is teacher
    path = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(path))
    draw(writer)  # the printer gets the same pages as the PDF
    del writer
    assert "Week 3: Check what AI tells you" in pdf_text(path)
    assert "sent to the printer" in teacher.report_message.text()


def test_report_finds_the_assignment_next_to_the_results(start, qtbot, tmp_path) -> None:
    window = start()
    teacher = TeacherView(window.session, today=lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(teacher)
    assert teacher.report is None
    assert teacher.open_results_folder(DATA / "results") == 5
    assert teacher.assignment is not None and teacher.assignment.title.startswith("Week 3")
    names = [teacher.table.item(r, 0).text() for r in range(teacher.table.rowCount())]
    assert names == ["Ana Souza", "Ben Okafor", "Chloé Martin", "李明"]
    assert "set aside for a newer file of the same learner: 1." in teacher.assignment_label.text()
    skipped = teacher.skipped_texts()
    assert len(skipped) == 2
    assert skipped[0].startswith("dara-nguyen.ailiteracy-results: This file is damaged")
    assert skipped[1].startswith("quizmaster.ailiteracy-results: This is not an ailiteracy")

    # Opening a file again replaces it instead of counting it twice.
    assert teacher.open_results([DATA / "results" / "ana-souza.ailiteracy-results"]) == 1
    assert teacher.table.rowCount() == 4
    teacher.clear_results()
    assert teacher.table.rowCount() == 0 and teacher.skipped_texts() == []


def test_wrong_files_as_assignment(teacher: TeacherView, tmp_path: Path) -> None:
    results = DATA / "results" / "ana-souza.ailiteracy-results"
    assert not teacher.open_assignment(results)
    assert "not an ailiteracy assignment file" in teacher.report_message.text()
    assert not teacher.open_assignment(tmp_path / "missing.ailiteracy-assignment")
    assert "could not be read" in teacher.report_message.text()
    good = DATA / "results" / "week-3.ailiteracy-assignment"
    damaged = tmp_path / "bad.ailiteracy-assignment"
    damaged.write_bytes(good.read_bytes().replace(b'"7B"', b'"7C"'))
    assert not teacher.open_assignment(damaged)
    assert "damaged" in teacher.report_message.text()
    assert teacher.open_assignment(good)
    assert teacher.report_message.text() == "" or teacher.report_message.isHidden()


# --------------------------------------------------------------------------- own content


def test_gift_import_adds_a_module(teacher: TeacherView, qtbot, tmp_path: Path) -> None:
    teacher.tabs.setCurrentIndex(2)
    assert unnamed_controls(teacher) == []
    asked = []

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    teacher.confirm = confirm
    own = tmp_path / "my-content"
    with qtbot.waitSignal(teacher.catalog_changed):
        target = teacher.import_gift(DATA / "gift" / "errors.gift", own, "Week 3 quiz")
    assert target == own / "en" / "week-3-quiz"
    assert (target / "quiz.toml").is_file()
    assert asked and str(own) in asked[0]
    assert teacher.stored_folders() == [str(own)]
    assert teacher.session.store.get_setting("content_folders") == [str(own)]
    module = teacher.session.catalog.module("week-3-quiz")
    assert module is not None and module.title == "Week 3 quiz"
    assert len(module.questions) == 2
    report = teacher.gift_text.toPlainText()
    assert "Questions imported: 2," in report
    assert 'Line 2: Skipped: "about 1966" is not a number' in report
    assert "Questions skipped: 22; imported with a change: 0." in report
    assert "Line 4: Skipped" in report
    tree = [
        teacher.module_tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
        for i in range(teacher.module_tree.topLevelItemCount())
    ]
    assert "week-3-quiz" in tree

    # A second import with the same title gets its own id; no question is asked again.
    asked.clear()
    with qtbot.waitSignal(teacher.catalog_changed):
        second = teacher.import_gift(DATA / "gift" / "single.gift", own / "en", "Week 3 quiz")
    assert second == own / "en" / "week-3-quiz-2"
    assert asked == []
    assert teacher.session.catalog.module("week-3-quiz-2") is not None


def test_gift_import_that_finds_nothing(teacher: TeacherView, tmp_path: Path) -> None:
    gift = tmp_path / "nothing.gift"
    gift.write_text("::Essay::Write about AI.{}\n", encoding="utf-8")
    assert teacher.import_gift(gift, tmp_path / "own", "Nothing") is None
    assert "No question" in teacher.content_message.text()
    assert "Line 1: Skipped" in teacher.gift_text.toPlainText()
    assert not (tmp_path / "own").exists()
    latin = tmp_path / "latin.gift"
    latin.write_bytes("Caf\xe9?{T}".encode("latin-1"))
    assert teacher.import_gift(latin, tmp_path / "own", "x") is None
    assert "not UTF-8" in teacher.content_message.text()


def test_declined_folder_is_not_added(teacher: TeacherView, tmp_path: Path) -> None:
    teacher.confirm = lambda title, text: False
    target = teacher.import_gift(DATA / "gift" / "single.gift", tmp_path / "own", "Single")
    assert target is not None and target.is_dir()
    assert teacher.stored_folders() == []
    assert teacher.session.catalog.module("single") is None
    assert "not a content folder" in teacher.content_message.text()


def test_problems_panel_and_folders(start, qtbot, tmp_path: Path) -> None:
    admin = tmp_path / "admin-content"
    window = start(policy=Policy(content_folders=(admin,)))
    teacher = TeacherView(window.session)
    qtbot.addWidget(teacher)
    assert teacher.folder_list.count() == 1
    assert "set by the administrator" in teacher.folder_list.item(0).text()
    teacher.folder_list.setCurrentRow(0)
    assert not teacher.remove_folder_button.isEnabled()
    assert not teacher.remove_content_folder()
    assert "No problems" in teacher.problems_text.toPlainText()

    broken = tmp_path / "own" / "en" / "broken"
    (broken / "lessons").mkdir(parents=True)
    (broken / "module.toml").write_text(
        'format = 1\ntitle = "Broken"\nsummary = "x"\norder = 5\nminutes = 3\n'
        'pass_mark = 500\nfeedback = "each"\n',
        encoding="utf-8",
    )
    with qtbot.waitSignal(teacher.catalog_changed):
        assert teacher.add_content_folder(broken)  # a module folder: its root is meant
    assert teacher.stored_folders() == [str(tmp_path / "own")]
    assert teacher.folder_list.count() == 2
    problems = teacher.problems_text.toPlainText()
    assert "These files have problems" in problems
    assert f"In {tmp_path / 'own'}:" in problems
    line = next(x for x in problems.splitlines() if "module.toml" in x)
    assert line.startswith("  en/broken/module.toml, line ")
    assert not teacher.add_content_folder(tmp_path / "own")  # already listed

    # After an edit, "Check the content again" loads the content again.
    (broken / "module.toml").write_text("title = [unclosed\n", encoding="utf-8")
    assert "pass_mark" in teacher.problems_text.toPlainText()
    with qtbot.waitSignal(teacher.catalog_changed):
        teacher.recheck_button.click()
    problems = teacher.problems_text.toPlainText()
    assert "pass_mark" not in problems
    assert "  en/broken/module.toml, line 1:" in problems
    assert "Problems found: " in teacher.content_message.text()

    teacher.folder_list.setCurrentRow(1)
    assert teacher.remove_folder_button.isEnabled()
    with qtbot.waitSignal(teacher.catalog_changed):
        teacher.remove_folder_button.click()
    assert teacher.stored_folders() == []
    assert "No problems" in teacher.problems_text.toPlainText()
    assert broken.is_dir()  # nothing was deleted


def test_leave_signal(teacher: TeacherView, qtbot) -> None:
    with qtbot.waitSignal(teacher.leave):
        teacher.leave_button.click()


def test_helpers(tmp_path: Path) -> None:
    root = tmp_path / "own"
    module = root / "zh-CN" / "m1"
    module.mkdir(parents=True)
    (module / "module.toml").write_text("", encoding="utf-8")
    assert content_root_for(module) == root
    assert content_root_for(root / "zh-CN") == root
    assert content_root_for(root) == root


def test_module_tree_works_with_the_keyboard(teacher: TeacherView, qtbot) -> None:
    tree = teacher.module_tree
    tree.setFocus()
    demo = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == "demo"
    )
    quiz = demo.child(demo.childCount() - 1)
    assert quiz.text(0) == "Quiz (7 questions)"
    tree.setCurrentItem(quiz)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert quiz.checkState(0) == Qt.CheckState.Checked
    assert demo.checkState(0) == Qt.CheckState.PartiallyChecked
    assert teacher.selected_items() == [AssignmentItem("demo", (), True, quiz_only=True)]
    tree.setCurrentItem(demo)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert all(
        demo.child(i).checkState(0) == Qt.CheckState.Checked for i in range(demo.childCount())
    )


def test_guest_pin_is_kept_in_memory_only(tmp_path: Path) -> None:
    guest = TeacherPin(tmp_path, keep_on_disk=False)
    assert not guest.is_set()
    guest.set_pin("1357")
    assert list(tmp_path.iterdir()) == []  # a guest session writes nothing
    again = TeacherPin(tmp_path, keep_on_disk=False)
    assert again.is_set() and again.check("1357")
    # A profile on the same computer does not inherit a guest's PIN; its PIN then counts.
    profile = TeacherPin(tmp_path)
    assert not profile.is_set()
    profile.set_pin("8642")
    assert TeacherPin(tmp_path, keep_on_disk=False).check("8642")
    assert not TeacherPin(tmp_path, keep_on_disk=False).check("1357")


def test_results_for_another_assignment_are_set_aside(teacher: TeacherView, tmp_path) -> None:
    make_assignment(teacher, tmp_path)  # a new assignment, not the fixture's "Week 3"
    assert teacher.skipped_list.count() == 0
    assert teacher.open_results([DATA / "results" / "chloe-martin.ailiteracy-results"]) == 1
    assert teacher.table.rowCount() == 0
    assert teacher.skipped_texts() == [
        'chloe-martin.ailiteracy-results: made for another assignment ("Week 3: Check what '
        'AI tells you"), so it is not counted here. Open that assignment to see it.'
    ]
    assert teacher.open_assignment(DATA / "results" / "week-3.ailiteracy-assignment")
    assert teacher.table.rowCount() == 1 and teacher.skipped_texts() == []
    assert teacher.skipped_list.item(0).text() == "None: every file could be used."


def test_file_dialog_paths(teacher: TeacherView, tmp_path: Path, monkeypatch) -> None:
    """The buttons ask for files with the system dialogs; here the dialogs are stubbed."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_name(parent, caption, start, pattern):
        asked.append(Path(start).name)
        return str(tmp_path / "chosen" / Path(start).stem), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    teacher.title_edit.setText("Week 5: Deepfakes")
    teacher.tick("second")
    teacher.save_assignment_button.click()
    assert asked == ["Week 5 Deepfakes.ailiteracy-assignment"]
    saved = tmp_path / "chosen" / "Week 5 Deepfakes.ailiteracy-assignment"
    assert load_assignment(saved.read_bytes()).title == "Week 5: Deepfakes"

    teacher.export_csv_button.click()
    assert (tmp_path / "chosen" / "Week 5 Deepfakes.csv").is_file()

    own = tmp_path / "own"
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a: (str(DATA / "gift" / "single.gift"), "")),
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(own)))
    titles = []

    def ask_text(title: str, label: str, value: str) -> str:
        titles.append(value)
        return "Single answers"

    teacher.ask_text = ask_text
    teacher.confirm = lambda title, text: True
    teacher.import_gift_button.click()
    assert titles == ["Single"]
    assert (own / "en" / "single-answers" / "module.toml").is_file()
    assert teacher.session.catalog.module("single-answers") is not None
