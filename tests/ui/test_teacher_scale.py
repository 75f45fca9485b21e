"""A whole school's result files: progress while reading, Stop, a quick table, a paged PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from ailiteracy.ui.teacher import report_tab, texts
from ailiteracy.ui.teacher.view import TeacherView

RESULTS = Path(__file__).resolve().parents[1] / "data" / "results"
FILES = 7  # result files in the folder, 5 of them usable


@pytest.fixture
def view(start, qtbot, monkeypatch):
    """The teacher screen; every step of reading counts as slow, so progress shows."""
    monkeypatch.setattr(report_tab, "PROGRESS_AFTER_S", 0.0)
    monkeypatch.setattr(report_tab, "PROGRESS_EVERY_S", 0.0)
    window = start()
    screen = TeacherView(window.session, today=lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_reading_many_files_shows_progress_and_keeps_the_buttons_safe(view) -> None:
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total, not view.progress_row.isHidden(), view.reading))
        assert not view.open_folder_button.isEnabled()  # no second batch meanwhile
        assert view.open_results([RESULTS]) == 0

    view.reading_progress.connect(progress)
    assert view.open_results_folder(RESULTS) == 5
    assert [(d, t) for d, t, _v, _r in seen] == [(n, FILES) for n in range(1, FILES + 1)]
    assert all(visible and reading for _d, _t, visible, reading in seen)
    assert view.progress_row.isHidden() and not view.reading
    assert view.open_folder_button.isEnabled() and view.export_pdf_button.isEnabled()
    assert view.table.rowCount() == 4


def test_stop_keeps_what_was_read(view) -> None:
    def stop_after_three(done: int, _total: int) -> None:
        if done == 3:
            view.stop_button.click()

    view.reading_progress.connect(stop_after_three)
    used = view.open_results_folder(RESULTS)
    read = len(view.loaded) + len(view.rejected)
    assert read == 3 and used == len(view.loaded)
    assert f"Stopped: {used} result files were read" in view.report_message.text()


def test_a_large_table_is_filled_from_the_rows_in_one_pass(view, monkeypatch) -> None:
    monkeypatch.setattr(report_tab, "TABLE_MEASURED_ROWS", 1)  # the school-sized path
    view.open_results_folder(RESULTS)
    report = view.report
    assert report is not None and view.table.rowCount() == len(report.learners) == 4
    for row in range(view.table.rowCount()):
        learner = view.table.item(row, 0).data(report_tab.ROLE_LEARNER)
        cells = [view.table.item(row, c).text() for c in range(1, view.table.columnCount())]
        expected = [texts.cell_text(r) for r in report.rows_for(learner)]
        assert cells == expected


def test_the_pdf_shows_progress_and_pages_the_appendix(view, tmp_path, monkeypatch) -> None:
    from ailiteracy.ui import printing

    monkeypatch.setattr(printing, "RESULT_ROWS_PER_PART", 3)
    view.open_results_folder(RESULTS)
    shown = []
    view.progress.valueChanged.connect(lambda value: shown.append(value))
    path = view.export_pdf(tmp_path / "report.pdf")
    assert path is not None and view.progress_row.isHidden()
    assert shown and shown[-1] == view.progress.maximum()
    assert view.stop_button.isVisibleTo(view.progress_row)  # back for the next reading
    pages = [page.extract_text() for page in PdfReader(str(path)).pages]
    text = " ".join(" ".join(page.split()) for page in pages)
    assert text.index("Class report") < text.index("Results of every learner")
    assert text.count("Best score") == 3  # 8 rows, 3 to a table: the heading on each
    assert "Ana Souza Demo module 95% 2 Passed" in text


def _table(view) -> list[list[str]]:
    return [
        [view.table.item(row, c).text() for c in range(view.table.columnCount())]
        for row in range(view.table.rowCount())
    ]


def test_a_second_batch_changes_only_its_own_rows(view, start, qtbot, tmp_path) -> None:
    files = sorted(RESULTS.glob("*.ailiteracy-results"))
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for n, path in enumerate(files):
        (first if n % 2 else second).joinpath(path.name).write_bytes(path.read_bytes())
    for path in RESULTS.glob("*.ailiteracy-assignment"):
        (first / path.name).write_bytes(path.read_bytes())
    view.open_results_folder(first)
    before = {
        view.table.item(row, 0).data(report_tab.ROLE_LEARNER): view.table.item(row, 1)
        for row in range(view.table.rowCount())
    }
    assert before and view.builder is not None
    builder = view.builder
    view.open_results_folder(second)
    assert view.builder is builder  # the report was added to, not built again
    whole = TeacherView(view.session, today=lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(whole)
    whole.open_results([first, second])
    assert _table(view) == _table(whole) and view.report == whole.report
    kept = [
        learner
        for row in range(view.table.rowCount())
        if (learner := view.table.item(row, 0).data(report_tab.ROLE_LEARNER)) in before
        and view.table.item(row, 1) is before[learner]
    ]
    assert kept  # rows the second batch did not touch keep their cells


def test_overdue_cells_are_bold_red_and_say_why(view) -> None:
    from ailiteracy.ui import theme

    view.open_results_folder(RESULTS)
    cells = [
        view.table.item(row, col)
        for row in range(view.table.rowCount())
        for col in range(1, view.table.columnCount())
    ]
    late_ones = [item.text().endswith("overdue") for item in cells]
    assert any(late_ones) and not all(late_ones)
    for item, late in zip(cells, late_ones, strict=True):
        assert item.font().bold() == late
        assert item.toolTip() == ("Overdue: the due date has passed." if late else "")
        if late:
            assert item.foreground().color().name() == theme.current().bad.lower()


@pytest.mark.skipif(not hasattr(Path, "symlink_to"), reason="no links")
def test_a_file_and_a_link_to_it_in_the_folder_are_one_file(view, tmp_path) -> None:
    import shutil

    folder = tmp_path / "class"
    shutil.copytree(RESULTS, folder)
    first = sorted(folder.glob("*.ailiteracy-results"))[0]
    (folder / "zz another name.ailiteracy-results").symlink_to(first)
    view.open_results_folder(folder)
    files = {p.resolve() for p in folder.glob("*.ailiteracy-results") if not p.is_symlink()}
    assert set(view.loaded) | set(view.rejected) == files
    assert len(files) == FILES
    view.open_results([folder])  # again: replaces, adds nothing
    assert set(view.loaded) | set(view.rejected) == files
