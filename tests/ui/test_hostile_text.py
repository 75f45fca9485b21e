"""Text from files and people is shown as written, never interpreted as HTML.

Every text field a file can carry (module and lesson titles, summaries, quiz prompts,
options, feedback and explanations, timeline events, assignment titles and messages,
learner and profile names) gets HTML that would load a local file, draw a link or
change the look. Every label that shows it must show the literal text, tooltips
must escape it, and the lesson view must not read files outside the module folder.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ailiteracy.core.assignments import AssignmentItem, dump_assignment, new_assignment
from ailiteracy.core.profiles import ProfileRegistry
from ailiteracy.core.results import export_results
from ailiteracy.core.store import ProgressStore
from ailiteracy.ui.assignedview import AssignedView
from ailiteracy.ui.plaintext import escape, message_box, plain_tip
from ailiteracy.ui.profiles.picker import ProfilePicker
from ailiteracy.ui.profiles.transfer import _show_box
from ailiteracy.ui.teacher.common import MessageLabel, default_confirm
from ailiteracy.ui.teacher.view import TeacherView
from tests.ui.test_learner_flow import DEMO_ANSWERS

HTML = '<img src="file:///etc/passwd"><a href="https://evil.example/">Click</a><b>B</b>'
SHORT_HTML = "<b>Ana</b><img src=x>"  # fits the 40-character name limit
TEXT_KEYS = {
    "title", "summary", "prompt", "explanation", "text", "feedback", "feedback_true",
    "feedback_false", "feedback_wrong", "left", "right", "term", "definition", "body",
}  # fmt: skip
TODAY = dt.date(2026, 3, 2)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value not in ("each", "end")  # not the feedback mode


def _poison(value: Any) -> Any:
    """``value`` with HTML added to every text field a person reads."""
    if isinstance(value, dict):
        return {
            k: (v + HTML if k in TEXT_KEYS and _is_text(v) else _poison(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_poison(v) for v in value]
    return value


@pytest.fixture
def hostile_content(content_root: Path) -> Path:
    """The test content with HTML in every text field."""
    for path in content_root.rglob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        path.write_text(tomli_w.dumps(_poison(data)), encoding="utf-8")
    for path in content_root.rglob("*.md"):
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [
            f"title = '{line.split('=', 1)[1].strip().strip(chr(34))}{HTML}'"
            if line.startswith("title =")
            else line
            for line in lines
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return content_root


def shows_literally(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.PlainText or (
        fmt == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text())
    )


def check_labels(widget: QWidget, marker: str = "<img") -> int:
    """Every label of ``widget`` showing ``marker`` shows it literally; returns how many."""
    found = [label for label in widget.findChildren(QLabel) if marker in label.text()]
    for label in found:
        assert shows_literally(label), (label.objectName(), label.text())
    return len(found)


def test_lesson_and_quiz_show_content_text_literally(hostile_content: Path, start) -> None:
    window = start()
    catalog = window.session.catalog
    assert not catalog.problems, catalog.problems
    module = catalog.module("demo")
    assert module is not None and HTML in module.title
    window.show_home()
    assert check_labels(window.home) >= 2  # module cards: titles and summaries
    assert window.open_lesson("demo", "first")
    view = window.lesson_view
    assert view.title.text().endswith(HTML)
    assert check_labels(view) == 2  # the lesson title and the module title
    window.open_quiz("demo")
    quiz = window.quiz_view
    assert HTML in quiz.prompt.text() and HTML in quiz.header.text()
    quiz.widget.select("b")
    quiz.primary.click()  # check: feedback and explanation appear
    assert HTML in quiz.explanation.text()
    assert check_labels(quiz) >= 4  # header, prompt, explanation, options
    quiz.primary.click()  # on to the next question
    for _ in range(len(quiz.questions) - 1):
        DEMO_ANSWERS[quiz.current.id](quiz.widget)
        quiz.primary.click()  # check
        quiz.primary.click()  # next question, then the result
    assert quiz.pages.currentWidget() is quiz.result_page
    check_labels(quiz)
    # The module's summary is a tooltip in the navigation: escaped, not rendered.
    tips = [window.nav.topLevelItem(i).toolTip(0) for i in range(window.nav.topLevelItemCount())]
    poisoned = [tip for tip in tips if "&lt;img" in tip]
    assert poisoned and all("<img" not in tip for tip in poisoned)


def test_timeline_shows_event_text_literally(hostile_content: Path, start) -> None:
    window = start()
    timeline = window.timeline_view
    events = window.session.catalog.timeline
    assert events and HTML in events[0].title
    assert timeline.select_event(events[0].id)
    assert check_labels(timeline) >= 2  # the title and the summary


def test_assignment_title_and_message_are_plain(start, qtbot, tmp_path: Path) -> None:
    window = start(profile_name="Ana")
    view = AssignedView(window.session, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    a = new_assignment(
        class_name="7B" + HTML,
        title="Week 3" + HTML,
        due=dt.date(2026, 3, 9),
        pass_mark=60,
        items=[AssignmentItem("demo")],
        message="Read it." + HTML,
    )
    path = tmp_path / "a.ailiteracy-assignment"
    path.write_bytes(dump_assignment(a))
    assert view.open_assignment_file(path)
    assert HTML in view.message.text()
    assert HTML in view.details.text()
    assert check_labels(view) >= 2


def test_learner_names_in_the_teachers_report_are_plain(start, qtbot, tmp_path: Path) -> None:
    window = start()
    a = new_assignment(
        class_name="7B",
        title="Week" + HTML,
        due=dt.date(2026, 3, 9),
        pass_mark=60,
        items=[AssignmentItem("demo")],
    )
    store = ProgressStore(None)
    attempt = store.start_attempt("demo")
    store.save_answer(attempt, "q-single", "a", 0.0)
    store.finish_attempt(attempt, 0, False)
    (tmp_path / "week.ailiteracy-assignment").write_bytes(dump_assignment(a))
    results = tmp_path / "r.ailiteracy-results"
    results.write_bytes(
        export_results(
            store,
            a,
            window.session.catalog,
            learner_name="Ana" + HTML,
            learner_id="learner-1",
            app_version="1",
            now=dt.datetime(2026, 3, 5, tzinfo=dt.UTC),
        )
    )
    teacher = TeacherView(window.session, today=lambda: TODAY)
    qtbot.addWidget(teacher)
    teacher.show()
    assert teacher.open_results([results]) == 1
    assert teacher.table.item(0, 0).text() == "Ana" + HTML  # a table cell is always plain
    assert check_labels(teacher) >= 1  # the assignment's title above the report
    for row in range(teacher.missed.count()):
        tip = teacher.missed.item(row).toolTip()
        assert "<img" not in tip


def test_profile_names_are_plain(qtbot, tmp_path: Path) -> None:
    registry = ProfileRegistry(tmp_path / "data")
    profile = registry.create(SHORT_HTML, pin="2468")
    dialog = ProfilePicker(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select(profile.id)
    dialog.open_button.click()
    assert SHORT_HTML in dialog.pin_title.text()
    assert check_labels(dialog, "<b>Ana") >= 1
    dialog.show_list()
    dialog.select(profile.id)
    dialog.delete_selected()
    dialog.pin_edit.setText("2468")
    dialog.submit_pin()
    assert dialog.pages.currentWidget() is dialog.delete_page
    assert check_labels(dialog, "<b>Ana") >= 3  # PIN page, delete title and text
    dialog.close()
    registry.close()


def test_message_boxes_and_feedback_lines_are_plain(qtbot, monkeypatch) -> None:
    shown: list[QMessageBox] = []
    box = _show_box(None, QMessageBox.Icon.Warning, "Import", HTML, shown.append)
    assert shown == [box] and box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == HTML
    asked: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda b: asked.append(b) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    default_confirm(parent)("Remove?", f'Remove "{HTML}"?')
    assert asked[0].textFormat() == Qt.TextFormat.PlainText
    line = MessageLabel("Message")
    qtbot.addWidget(line)
    line.show_text(HTML)
    assert shows_literally(line)
    assert message_box(QMessageBox.Icon.Information, "t", HTML).textFormat() == (
        Qt.TextFormat.PlainText
    )


def test_tooltips_escape_html() -> None:
    tip = plain_tip(HTML + "\nsecond line")
    assert "<img" not in tip and "&lt;img" in tip and tip.startswith("<qt>")
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == HTML + "\nsecond line"
    assert plain_tip("") == ""


# --------------------------------------------------------------------------- lesson files


@pytest.mark.skipif(os.name != "posix", reason="uses a symbolic link and /dev/zero")
def test_lesson_view_reads_only_its_modules_files(start, content_root: Path, tmp_path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG secret")
    module_dir = content_root / "en" / "demo"
    (module_dir / "images").mkdir()
    (module_dir / "images" / "ok.png").write_bytes(b"\x89PNG ok")
    (module_dir / "images" / "escape.png").symlink_to(secret)
    (module_dir / "images" / "zero.png").symlink_to("/dev/zero")
    window = start()
    assert window.open_lesson("demo", "first")
    view = window.lesson_view
    image = QTextDocument.ResourceType.ImageResource.value
    base = QUrl.fromLocalFile(str(module_dir) + "/")
    refused = (
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "file:///etc/passwd",
        secret.as_uri(),
        "images/escape.png",
        "https://example.org/x.png",
    )
    # A lesson whose HTML names these files (as a pre-rendered page could): the
    # document asks the view for each picture while laying the page out.
    pictures = ["images/ok.png", *refused]
    view.set_html("".join(f'<p><img src="{src}"></p>' for src in pictures))
    document = view.browser.document()

    def shown(url: QUrl) -> bytes:
        data = document.resource(image, url)
        return bytes(data) if isinstance(data, QByteArray) else b"" if data is None else b"?"

    assert shown(QUrl("images/ok.png")) == b"\x89PNG ok"
    assert shown(base.resolved(QUrl("images/ok.png"))) == b"\x89PNG ok"
    for src in refused:
        for url in (QUrl(src), base.resolved(QUrl(src))):
            assert shown(url) == b"", src  # nothing read, not even by Qt's own fallback
    # A link to a device is refused by the view itself (asked directly here: a view that
    # let it through would have Qt read /dev/zero until memory runs out).
    assert bytes(view.browser.loadResource(image, QUrl("images/zero.png"))) == b""
    # Style sheets or other documents are never read from files.
    sheet = QTextDocument.ResourceType.StyleSheetResource.value
    assert bytes(view.browser.loadResource(sheet, QUrl("file:///etc/passwd"))) == b""


# --------------------------------------------------------------------------- special files


@pytest.mark.skipif(os.name != "posix", reason="uses a named pipe and /dev/zero")
def test_special_files_chosen_in_the_app_get_a_plain_message(start, qtbot, tmp_path: Path) -> None:
    from ailiteracy.ui.profiles.transfer import import_progress_dialog

    window = start(profile_name="Ana")
    pipe = tmp_path / "pipe.ailiteracy-progress"
    os.mkfifo(pipe)
    zero = tmp_path / "zero.ailiteracy-assignment"
    zero.symlink_to("/dev/zero")
    gift = tmp_path / "q.gift"
    os.mkfifo(gift)
    shown: list[QMessageBox] = []
    assert import_progress_dialog(window, window.session.store, pipe, show=shown.append) is None
    assert "not an ordinary file" in shown[-1].text()
    assert "Nothing was changed" in shown[-1].text()
    view = AssignedView(window.session, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert not view.open_assignment_file(zero)
    assert "not an ordinary file" in view.message.text()
    teacher = TeacherView(window.session, today=lambda: TODAY)
    qtbot.addWidget(teacher)
    assert teacher.import_gift(gift, tmp_path / "out", "Week") is None
    assert "not an ordinary file" in teacher.gift_text.toPlainText()
    assert not (tmp_path / "out").exists()


def test_a_gift_import_titled_like_a_path_stays_in_the_content_folder(
    start, qtbot, tmp_path: Path
) -> None:
    window = start()
    usb = tmp_path / "usb"
    usb.mkdir()
    gift = usb / "q.gift"
    gift.write_text("::Q1:: <b>Is 2+2 4?</b> {T}\n", encoding="utf-8")
    root = usb / "mine"
    teacher = TeacherView(window.session, today=lambda: TODAY)
    qtbot.addWidget(teacher)
    teacher.confirm = lambda title, text: False  # do not add the folder to the profile
    module = teacher.import_gift(gift, root, "../../../evil" + SHORT_HTML)
    assert module is not None
    assert module.resolve().parent == (root / "en").resolve()
    written = {p.relative_to(usb).parts[0] for p in usb.rglob("*")}
    assert written == {"q.gift", "mine"}


@given(st.text(), st.booleans())
def test_escape_is_the_standard_librarys(text: str, quote: bool) -> None:
    """The interface's own escaping (which spares start-up the ``html`` module) gives
    exactly what ``html.escape`` gives."""
    assert escape(text, quote=quote) == html.escape(text, quote=quote)


def test_escape_makes_markup_plain_text() -> None:
    document = QTextDocument()
    document.setHtml(escape("<b>bold</b> & <img src=\"x.png\"> 'quoted'"))
    assert document.toPlainText() == "<b>bold</b> & <img src=\"x.png\"> 'quoted'"
