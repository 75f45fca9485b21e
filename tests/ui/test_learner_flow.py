"""A learner opens a lesson, takes the quiz, sees the result, and finds it after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ailiteracy.ui.mainwindow import MainWindow
from ailiteracy.ui.settings import SettingsDialog

# How to answer each question of the demo module's quiz (one match pair wrong).
DEMO_ANSWERS = {
    "q-single": lambda w: w.select("b"),
    "q-multi": lambda w: (w.select("a"), w.select("b")),
    "q-tf": lambda w: w.false_button.setChecked(True),
    "q-claim": lambda w: (
        w.set_claim("c1", "supported", "s1"),
        w.set_claim("c2", "contradicted"),
        w.set_claim("c3", "not-checkable"),
    ),
    "q-order": lambda w: w.set_answer(["oecd", "unesco", "act"]),
    "q-match": lambda w: (w.choose("p1", "p1"), w.choose("p2", "p1")),  # one wrong
    "q-spot": lambda w: w.boxes["s2"].setChecked(True),
}


def answer_demo_quiz(window: MainWindow, qtbot) -> None:
    quiz = window.quiz_view
    for n in range(len(quiz.questions)):
        assert quiz.index == n
        DEMO_ANSWERS[quiz.current.id](quiz.widget)
        assert quiz.primary.isEnabled()
        quiz.primary.click()  # check answer: feedback appears
        assert quiz.explanation.isVisible()
        quiz.primary.click()  # next question / see results


def test_lesson_quiz_result_and_restart(start, qtbot) -> None:
    window = start()
    now = [1000.0]
    window.clock = lambda: now[0]
    assert window.open_lesson("demo", "first")
    assert "predicts words" in window.lesson_view.browser.toPlainText()
    now[0] += 3 * 60  # long enough to count as read, wherever the learner scrolled
    window.open_quiz("demo")
    answer_demo_quiz(window, qtbot)
    quiz = window.quiz_view
    assert quiz.pages.currentWidget() is quiz.result_page
    # 6 right, match half right: (6 + 0.5) / 7 = 93%
    assert quiz.result_score.text() == "93%"
    assert quiz.result_text.text().startswith("Your score: 93%. Well done: you passed.")
    assert quiz.result_bar.value() == 93 and quiz.result_bar.pass_mark == 60
    assert quiz.result_good.text() == (
        "What went well: 6 of 7 answers right. "
        "You know these sections: Second lesson: More; First lesson: Why it matters."
    )
    assert quiz.result_revisit.text() == "Worth reading again: First lesson: What it is."
    missed = quiz.result_list.currentItem()
    assert missed.text().startswith("\u2718 6.")
    with qtbot.waitSignal(quiz.go_to_section):
        quiz.lesson_button.click()
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.lesson.id == "first"
    window.close()

    again = start()
    summary = again.session.store.summary("demo")
    assert (summary.best, summary.passed, summary.lessons_read) == (93, True, 1)
    assert again.stack.currentWidget() is again.lesson_view  # reopened where the learner was
    assert again.lesson_view.lesson.id == "first"
    card = again.home.card("demo")
    assert "93%" in card.meta.text() and "\u2714" in card.meta.text()
    assert (card.step.kind.value, card.step.lesson) == ("continue-lesson", "second")


def test_unfinished_quiz_resumes_with_saved_answers(start, qtbot) -> None:
    window = start()
    window.open_quiz("second")  # feedback only at the end, confidence asked
    quiz = window.quiz_view
    quiz.primary.click()  # nothing chosen yet: the app says what is missing
    assert quiz.index == 0 and quiz.hint.isVisible()
    assert quiz.hint.text() == "Choose an answer and how sure you are, then check it."
    quiz.widget.true_button.setChecked(True)
    quiz.primary.click()  # confidence still missing
    assert quiz.index == 0 and "how sure" in quiz.hint.text()
    assert window.focusWidget() is quiz.confidence_group.buttons()[0]
    quiz.confidence_group.button(4).setChecked(True)
    assert not quiz.hint.isVisible()  # the hint goes once nothing is missing
    quiz.primary.click()
    assert quiz.index == 1 and not quiz.explanation.isVisible()
    window.close()

    again = start()
    quiz = again.quiz_view
    assert again.stack.currentWidget() is quiz
    assert quiz.index == 1
    quiz.previous()
    assert quiz.widget.answer() is True
    assert quiz.confidence_group.checkedId() == 4


def test_external_link_needs_confirmation(start, qtbot, monkeypatch) -> None:
    window = start()
    opened = []
    monkeypatch.setattr(
        "ailiteracy.ui.mainwindow.links.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    window.confirm_external = lambda url: False
    window.follow_link(QUrl("https://example.org/"))
    assert opened == []
    window.confirm_external = lambda url: True
    window.follow_link(QUrl("https://example.org/"))
    assert opened == ["https://example.org/"]


def test_glossary_and_lesson_links(start, qtbot) -> None:
    window = start()
    window.open_lesson("demo", "first")
    window.lesson_view.browser.anchorClicked.emit(QUrl("glossary:chatbot"))
    assert window.stack.currentWidget() is window.glossary_view
    assert window.glossary_view.current_term_id() == "chatbot"
    window.lesson_view.browser.anchorClicked.emit(QUrl("lesson:demo/second#more"))
    assert window.lesson_view.lesson.id == "second"


def test_search_opens_lesson_at_section(start, qtbot) -> None:
    window = start()
    window.show_search()
    window.search_view.query.setText("lateral")
    assert window.search_view.hits
    hit = window.search_view.hits[0]
    assert (hit.module, hit.lesson, hit.anchor) == ("demo", "second", "more")
    window.search_view.results.itemActivated.emit(window.search_view.results.item(0))
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.lesson.id == "second"


def test_text_size_and_theme_persist(start, qtbot) -> None:
    window = start()
    base = window.lesson_view.browser.font().pointSizeF()
    window.bigger_action.trigger()
    window.bigger_action.trigger()
    assert window.lesson_view.browser.font().pointSizeF() == pytest.approx(base * 1.3)
    window.set_theme("high-contrast")
    window.close()
    again = start()
    assert again.theme_actions["high-contrast"].isChecked()
    assert again.session.store.get_setting("text_size") == 130


def answer_settings_dialog(steps) -> list[BaseException]:
    """Have ``steps`` fill in the Settings dialog once it is open and waiting (modal).

    Returns the errors ``steps`` raised; on an error the dialog is cancelled, so a
    failing step fails the test instead of leaving the dialog open for ever.
    """
    errors: list[BaseException] = []

    def when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(10, when_open)  # not shown yet
            return
        try:
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001 (reported by the test)
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, when_open)
    return errors


def click(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(which).click()


def test_settings_chosen_in_the_dialog_are_applied_and_kept(
    start, qtbot, tmp_path, monkeypatch
) -> None:
    window = start()
    extra = tmp_path / "my-content"
    (extra / "en").mkdir(parents=True)
    monkeypatch.setattr(
        "ailiteracy.ui.settings.QFileDialog.getExistingDirectory", lambda *a, **k: str(extra)
    )

    def choose(dialog: SettingsDialog) -> None:
        assert dialog.text_size.currentData() == 100 and dialog.folders.count() == 0
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
        dialog.colours.setCurrentIndex(dialog.colours.findData("dark"))
        dialog.add_folder.click()  # "chooses" ``extra`` in the folder dialog
        dialog.add_folder.click()  # the same folder again is not listed twice
        assert dialog.folders.count() == 1
        click(dialog, QDialogButtonBox.StandardButton.Ok)

    errors = answer_settings_dialog(choose)
    window.settings_action.trigger()
    assert errors == []
    assert window.theme_actions["dark"].isChecked()
    assert window.session.store.get_setting("text_size") == 150
    assert window.session.store.get_setting("content_folders") == [str(extra)]
    assert extra in window.session.content_roots
    window.close()
    again = start()
    assert again.theme_actions["dark"].isChecked()
    assert again.session.store.get_setting("text_size") == 150
    assert extra in again.session.content_roots

    def remove_and_cancel(dialog: SettingsDialog) -> None:
        assert dialog.text_size.currentData() == 150 and dialog.colours.currentData() == "dark"
        dialog.folders.setCurrentRow(0)
        dialog.remove_folder.click()
        assert dialog.folders.count() == 0
        dialog.colours.setCurrentIndex(dialog.colours.findData("high-contrast"))
        click(dialog, QDialogButtonBox.StandardButton.Cancel)

    errors = answer_settings_dialog(remove_and_cancel)
    again.settings_action.trigger()
    assert errors == []
    assert again.theme_actions["dark"].isChecked()  # cancelled: nothing changed
    assert extra in again.session.content_roots

    def switch_language(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("zh-CN"))
        click(dialog, QDialogButtonBox.StandardButton.Ok)

    errors = answer_settings_dialog(switch_language)
    with qtbot.waitSignal(again.language_switched) as switched:
        again.settings_action.trigger()
    assert errors == []
    chinese = switched.args[0]
    assert chinese.session.language == "zh-CN"
    assert chinese.session.store.get_setting("language") == "zh-CN"


def test_export_and_import_from_the_file_menu(start, qtbot, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        "ailiteracy.ui.profiles.transfer.QMessageBox.exec", lambda box: shown.append(box)
    )
    window = start()
    window.session.store.mark_lesson_read("demo", "first")
    target = tmp_path / "ana.ailiteracy-progress"
    window.export_progress(target)
    assert target.exists() and target.stat().st_size > 0
    window.session.store.replace_rows("lessons", [])
    assert window.session.store.summary("demo").lessons_read == 0
    window.import_progress(target)
    assert window.session.store.summary("demo").lessons_read == 1


def test_the_file_menu_asks_where_to_export_and_what_to_import(
    start, qtbot, tmp_path, monkeypatch
) -> None:
    """The menu items ask for a file (a triggered action passes no path along)."""
    monkeypatch.setattr("ailiteracy.ui.profiles.transfer.QMessageBox.exec", lambda box: None)
    target = tmp_path / "ana.ailiteracy-progress"
    asked = []

    def save_name(parent, title, suggested, filters):
        asked.append(("save", Path(suggested).name))
        return str(target), filters

    def open_name(parent, title, folder, filters):
        asked.append(("open", title))
        return str(target), filters

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_name)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", open_name)
    window = start(profile_name="Ana")
    window.session.store.mark_lesson_read("demo", "first")
    window.export_action.trigger()
    assert target.exists() and target.stat().st_size > 0
    window.session.store.replace_rows("lessons", [])
    window.import_action.trigger()
    assert window.session.store.summary("demo").lessons_read == 1
    assert [kind for kind, _ in asked] == ["save", "open"]
    assert asked[0][1].startswith("progress-Ana-")


def test_window_size_is_remembered(start, qtbot) -> None:
    window = start()
    window.resize(737, 511)  # inside the offscreen screen (800 x 600)
    window.close()
    again = start()
    assert (again.width(), again.height()) == (737, 511)
