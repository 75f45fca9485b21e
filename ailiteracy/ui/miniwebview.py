"""The mini-web practice view: check an AI answer by searching bundled pages.

Three tabs: a worked example (an expert thinking aloud), the task itself (the AI
answer, a search box over the task's pages, the page reader and a verdict for each
claim), and the feedback (score, the right verdicts, what each page was and the path
an expert would have taken). Everything shown comes from the content files and is set
as plain text or escaped HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.content.model import Module, Verdict
from ..core.miniweb import Page, PageKind, Task, TaskResult, score_task, search
from .plaintext import escape, plain

ROLE_PAGE = Qt.ItemDataRole.UserRole + 1


class MiniWebView(QWidget):
    """One mini-web practice task."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module: Module | None = None
        self.task: Task | None = None
        self.opened: list[str] = []
        self.result: TaskResult | None = None
        self.title = plain(QLabel())
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Practice steps"))

        # 1. worked example
        self.example = QTextBrowser()
        self.example.setAccessibleName(self.tr("Worked example"))
        self.start_button = QPushButton(self.tr("&Now check it yourself"))
        self.start_button.clicked.connect(lambda: self.tabs.setCurrentIndex(1))
        example_page = QWidget()
        example_layout = QVBoxLayout(example_page)
        example_layout.addWidget(self.example, 1)
        example_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(example_page, self.tr("1. Worked example"))

        # 2. the task
        self.answer = QTextBrowser()
        self.answer.setAccessibleName(self.tr("The AI answer to check"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search the practice web"))
        self.query.setAccessibleName(self.tr("Search the practice web"))
        self.query.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.run_search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(self.tr("Page"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("The AI answer (a training example):")))
        left_layout.addWidget(self.answer, 2)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.results, 3)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.claims_box = QGroupBox(self.tr("Your verdict on each claim"))
        self.claims_grid = QGridLayout(self.claims_box)
        claims_scroll = QScrollArea()
        claims_scroll.setWidgetResizable(True)
        claims_scroll.setWidget(self.claims_box)
        self.check_button = QPushButton(self.tr("&Check my verdicts"))
        self.check_button.clicked.connect(self.check)
        task_page = QWidget()
        task_layout = QVBoxLayout(task_page)
        task_layout.addWidget(splitter, 3)
        task_layout.addWidget(claims_scroll, 2)
        task_layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(task_page, self.tr("2. Check it yourself"))

        # 3. feedback
        self.feedback = QTextBrowser()
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.tabs.addTab(self.feedback, self.tr("3. Feedback"))
        self.tabs.setTabEnabled(2, False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.verdict_groups: dict[str, QButtonGroup] = {}
        self.page_boxes: dict[str, QComboBox] = {}

    # ------------------------------------------------------------------ showing

    def show_task(self, module: Module, task: Task) -> None:
        self.module, self.task = module, task
        self.opened, self.result = [], None
        self.title.setText(self.tr("Practice: %1").replace("%1", task.title))
        steps = "".join(f"<li><p>{escape(step)}</p></li>" for step in task.worked_example)
        self.example.setHtml(
            f"<p><b>{escape(self.tr('How an expert checks an AI answer, thinking aloud:'))}"
            f"</b></p><ol>{steps}</ol>"
        )
        self.answer.setHtml(f"<p><i>{escape(task.question)}</i></p><p>{escape(task.answer)}</p>")
        self.query.clear()
        self.results.clear()
        self.reader.setHtml(
            "<p>" + escape(self.tr("Search, then open a result to read it here.")) + "</p>"
        )
        self._build_claims()
        self.feedback.clear()
        self.tabs.setTabEnabled(2, False)
        self.tabs.setCurrentIndex(0)

    def _build_claims(self) -> None:
        while self.claims_grid.count():
            item = self.claims_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.verdict_groups.clear()
        self.page_boxes.clear()
        assert self.task is not None
        labels = {
            Verdict.SUPPORTED: self.tr("Supported"),
            Verdict.CONTRADICTED: self.tr("Contradicted"),
            Verdict.NOT_CHECKABLE: self.tr("Not checkable"),
        }
        for row, claim in enumerate(self.task.claims):
            text = QLabel(f"{row + 1}. {claim.text}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.claims_grid.addWidget(text, 2 * row, 0, 1, 4)
            group = QButtonGroup(self)
            for column, verdict in enumerate(Verdict):
                button = QRadioButton(labels[verdict])
                button.setProperty("verdict", verdict.value)
                button.setAccessibleName(f"{labels[verdict]}: {claim.text}")
                group.addButton(button)
                self.claims_grid.addWidget(button, 2 * row + 1, column)
            self.verdict_groups[claim.id] = group
            box = QComboBox()
            box.setAccessibleName(self.tr("Page that decides it: %1").replace("%1", claim.text))
            box.addItem(self.tr("(deciding page)"), "")
            self.page_boxes[claim.id] = box
            self.claims_grid.addWidget(box, 2 * row + 1, 3)
        self.claims_grid.setColumnStretch(3, 1)

    # ------------------------------------------------------------------ searching

    def run_search(self) -> list[Page]:
        """Search the task's pages for the text in the search box and list the results."""
        if self.task is None:
            return []
        found = search(self.task.pages, self.query.text())
        self.results.clear()
        for page in found:
            item = QListWidgetItem(f"{page.title}\n{page.domain}  ·  {page.date}")
            item.setData(ROLE_PAGE, page.id)
            self.results.addItem(item)
        if not found:
            self.results.addItem(self.tr("No results. Try other words."))
        return found

    def _open_item(self, item: QListWidgetItem) -> None:
        page_id = item.data(ROLE_PAGE)
        if page_id:
            self.open_page(page_id)

    def open_page(self, page_id: str) -> None:
        """Show a page in the reader and offer it as a deciding page."""
        page = self.task.page(page_id) if self.task else None
        if page is None:
            return
        self.reader.setHtml(
            f"<h3>{escape(page.title)}</h3>"
            f"<p><b>{escape(page.domain)}</b>  ·  {escape(page.date)}</p>"
            f"<p>{escape(page.text)}</p>"
        )
        if page_id not in self.opened:
            self.opened.append(page_id)
            for box in self.page_boxes.values():
                box.addItem(page.title, page.id)

    # ------------------------------------------------------------------ answering

    def set_verdict(self, claim_id: str, verdict: str, page_id: str = "") -> None:
        """Choose a verdict (and optionally the deciding page) for a claim."""
        for button in self.verdict_groups[claim_id].buttons():
            if button.property("verdict") == verdict:
                button.setChecked(True)
        if page_id:
            if page_id not in self.opened:
                self.open_page(page_id)
            box = self.page_boxes[claim_id]
            box.setCurrentIndex(box.findData(page_id))

    def check(self) -> TaskResult | None:
        """Score the verdicts and show the feedback with the expert's path."""
        if self.task is None:
            return None
        verdicts, pages = {}, {}
        for claim in self.task.claims:
            checked = self.verdict_groups[claim.id].checkedButton()
            verdicts[claim.id] = Verdict(checked.property("verdict")) if checked else None
            pages[claim.id] = self.page_boxes[claim.id].currentData() or ""
        self.result = score_task(self.task, verdicts, pages, self.opened)
        self.feedback.setHtml(self.feedback_html(self.result))
        self.tabs.setTabEnabled(2, True)
        self.tabs.setCurrentIndex(2)
        return self.result

    def _verdict_text(self, verdict: Verdict | None) -> str:
        return {
            Verdict.SUPPORTED: self.tr("supported"),
            Verdict.CONTRADICTED: self.tr("contradicted"),
            Verdict.NOT_CHECKABLE: self.tr("not checkable"),
            None: self.tr("no answer"),
        }[verdict]

    def _kind_text(self, kind: PageKind) -> str:
        return {
            PageKind.PRIMARY: self.tr("primary source"),
            PageKind.OFFICIAL: self.tr("official explanation"),
            PageKind.NEWS: self.tr("news report"),
            PageKind.FACT_CHECK: self.tr("fact-check"),
            PageKind.REFERENCE: self.tr("reference work"),
            PageKind.OUTDATED: self.tr("out of date"),
            PageKind.CONTENT_FARM: self.tr("content farm"),
            PageKind.FORUM: self.tr("forum post"),
            PageKind.ADVERT: self.tr("advert"),
        }[kind]

    def feedback_html(self, result: TaskResult) -> str:
        task = self.task
        assert task is not None
        parts = [
            "<h3>" + escape(self.tr("Your score: %1%").replace("%1", str(result.percent))) + "</h3>"
        ]
        rows = []
        for r in result.claims:
            mark = "\u2714" if r.score == 1 else ("\u00bd" if r.score > 0 else "\u2718")
            right = self._verdict_text(r.claim.verdict)
            line = self.tr("%1 You said: %2. Right answer: %3.")
            line = (
                line.replace("%1", mark)
                .replace("%2", self._verdict_text(r.chosen))
                .replace("%3", right)
            )
            deciding = task.page(r.claim.page)
            extra = ""
            if deciding is not None:
                extra = " " + self.tr("Deciding page: %1.").replace("%1", deciding.title)
            rows.append(
                f"<li><p><b>{escape(r.claim.text)}</b><br/>{escape(line + extra)}<br/>"
                f"{escape(r.claim.explanation)}</p></li>"
            )
        parts.append(f"<ul>{''.join(rows)}</ul>")
        parts.append("<h3>" + escape(self.tr("The path an expert would take")) + "</h3>")
        steps = "".join(f"<li>{escape(step)}</li>" for step in task.expert_path)
        parts.append(f"<ol>{steps}</ol>")
        first = task.page(task.first_page)
        if first is not None:
            note = (
                self.tr("You opened %1, the page an expert opens first.")
                if result.opened_first_page
                else self.tr("You did not open %1, the page an expert opens first.")
            )
            parts.append(f"<p>{escape(note.replace('%1', first.title))}</p>")
        parts.append("<h3>" + escape(self.tr("What each page was")) + "</h3>")
        pages = []
        for page in task.pages:
            verdict = self.tr("reliable") if page.reliable else self.tr("not reliable")
            where = f" {page.source}" if page.source else ""
            link = f" <{page.url}>" if page.url else ""
            pages.append(
                f"<li><p><b>{escape(page.title)}</b> ({escape(page.domain)}): "
                f"{escape(self._kind_text(page.kind))}, {escape(verdict)}. {escape(page.why)}"
                f"<br/><small>{escape(where + link)}</small></p></li>"
            )
        parts.append(f"<ul>{''.join(pages)}</ul>")
        return "\n".join(parts)
