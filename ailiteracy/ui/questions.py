"""One widget per question type. All are usable with the keyboard alone.

Each widget offers ``answer()``, ``set_answer(value)`` and ``show_result(score)``
(which locks it and shows per-part feedback), and emits ``changed`` whenever the
learner changes the answer.
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.content.model import Question, QuestionType, Verdict
from ..core.quiz import Score, numeric_match
from . import theme
from .a11y import no_wheel, readable_label


def _label(text: str, *, name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class _ClickLabel(QLabel):
    """A wrapping label that toggles its button when clicked.

    It is not the button's buddy: the button's accessible name already carries the
    text, and a label relation made screen readers speak every option twice.
    """

    def __init__(self, text: str, button: QRadioButton | QCheckBox) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.button.isEnabled():
            if isinstance(self.button, QCheckBox):
                self.button.toggle()
            else:
                self.button.setChecked(True)
            self.button.setFocus()
        super().mousePressEvent(event)


def wrapping_choice(button: QRadioButton | QCheckBox, text: str) -> QHBoxLayout:
    """A radio button or check box followed by text that wraps onto several lines.

    The button shows only the option's number (its key); its accessible name is the
    number and the text, so a screen reader speaks both once.
    """
    button.setAccessibleName(f"{button.text().replace('&', '')} {text}".strip())
    row = QHBoxLayout()
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_ClickLabel(text, button), 1)
    return row


def breakable_url(url: str) -> str:
    """Let a long web address wrap after slashes and other separators."""
    for sep in ("/", "-", "_", "?", "&", "="):
        url = url.replace(sep, sep + "\u200b")
    return url


def compact_combo() -> QComboBox:
    """A combo box that does not grow to its longest item (long items wrap in the popup)
    and that the mouse wheel never changes."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    return no_wheel(box)


def mark(ok: bool) -> str:
    return "\u2714" if ok else "\u2718"


class QuestionWidget(QWidget):
    """Base class.

    Signals:
        changed(): the learner changed the answer.
    """

    changed = Signal()

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.rng = random.Random(f"{question.id}:{seed}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.feedback_labels: list[QLabel] = []

    def answer(self) -> Any:
        raise NotImplementedError

    def set_answer(self, value: Any) -> None:
        raise NotImplementedError

    def show_result(self, score: Score) -> None:
        raise NotImplementedError

    def first_focus(self) -> QWidget:
        return self

    def numbered(self) -> list[QRadioButton | QCheckBox]:
        """The options that the plain keys 1-9 choose, in order (none by default)."""
        return []

    def pick_by_key(self, event) -> bool:
        """Handle the plain keys 1-9 (on the keypad too); True if one chose an option."""
        key = event.key()
        plain_key = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        return plain_key and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.pick(key - Qt.Key.Key_0)

    def pick(self, number: int) -> bool:
        """Choose option ``number`` (from 1), or tick/untick it, as the plain keys 1-9 do.

        Returns False when this question has no such option.
        """
        buttons = self.numbered()
        if not 1 <= number <= len(buttons) or not buttons[number - 1].isEnabled():
            return False
        button = buttons[number - 1]
        if isinstance(button, QCheckBox):
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus()
        return True

    def focus_chain(self) -> list[QWidget]:
        """The widgets that take focus with Tab, in the order they are shown."""
        return [
            w
            for w in self.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(self)
        ]

    def _feedback(self, text: str, ok: bool | None = None) -> QLabel:
        colour = "" if ok is None else (theme.current().good if ok else theme.current().bad)
        label = _label(text, name="feedback")
        if colour:
            label.setStyleSheet(f"color: {colour};")
        self.feedback_labels.append(label)
        return label

    def set_locked(self, locked: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(
                child, (QRadioButton, QCheckBox, QComboBox, QLineEdit, QListWidget, QPushButton)
            ):
                child.setEnabled(not locked)


class ChoiceWidget(QuestionWidget):
    """single and multiple choice."""

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        self.multi = question.type == QuestionType.MULTIPLE
        if self.multi:
            self.layout_.addWidget(_label(self.tr("Choose all that apply.")))
        # Only radio buttons share a group: check boxes in a group form one Tab stop,
        # which hid every option but the first from keyboard users.
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton | QCheckBox] = {}
        self.rows: dict[str, QVBoxLayout] = {}
        for n, option in enumerate(question.options, start=1):
            button: QRadioButton | QCheckBox = (
                QCheckBox(f"&{n}") if self.multi else QRadioButton(f"&{n}")
            )
            button.toggled.connect(self.changed)
            if not self.multi:
                self.group.addButton(button)
            self.buttons[option.id] = button
            row = QVBoxLayout()
            row.addLayout(wrapping_choice(button, option.text))
            self.rows[option.id] = row
            self.layout_.addLayout(row)

    def first_focus(self) -> QWidget:
        return next(iter(self.buttons.values()))

    def numbered(self) -> list[QRadioButton | QCheckBox]:
        return list(self.buttons.values())

    def answer(self) -> Any:
        picked = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if self.multi:
            return picked
        return picked[0] if picked else None

    def set_answer(self, value: Any) -> None:
        chosen = set(value if isinstance(value, list) else [value])
        for oid, button in self.buttons.items():
            button.setChecked(oid in chosen)

    def select(self, option_id: str, on: bool = True) -> None:
        self.buttons[option_id].setChecked(on)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        picked = self.answer()
        picked = set(picked if isinstance(picked, list) else [picked])
        for option in self.question.options:
            chosen = option.id in picked
            if not chosen and not option.correct:
                continue
            if chosen:
                prefix = (
                    mark(option.correct)
                    + " "
                    + (
                        self.tr("Your choice: right.")
                        if option.correct
                        else self.tr("Your choice: not right.")
                    )
                )
            else:
                prefix = self.tr("\u2192 You missed this right answer.")
            self.rows[option.id].addWidget(
                self._feedback(f"{prefix} {option.feedback}", option.correct == chosen)
            )


class TrueFalseWidget(QuestionWidget):
    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        # Numbered like every other option: "&True" and "&False" clashed with Alt+F (File).
        self.true_button = QRadioButton("&1")
        self.false_button = QRadioButton("&2")
        group = QButtonGroup(self)
        for b, text in ((self.true_button, self.tr("True")), (self.false_button, self.tr("False"))):
            group.addButton(b)
            b.toggled.connect(self.changed)
            self.layout_.addLayout(wrapping_choice(b, text))

    def first_focus(self) -> QWidget:
        return self.true_button

    def numbered(self) -> list[QRadioButton | QCheckBox]:
        return [self.true_button, self.false_button]

    def answer(self) -> Any:
        if self.true_button.isChecked():
            return True
        if self.false_button.isChecked():
            return False
        return None

    def set_answer(self, value: Any) -> None:
        if value is True:
            self.true_button.setChecked(True)
        elif value is False:
            self.false_button.setChecked(True)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        given = self.answer()
        if given is None:
            text = ""
        else:
            text = self.question.feedback_true if given else self.question.feedback_false
        right = self.tr("True") if self.question.answer else self.tr("False")
        self.layout_.addWidget(
            self._feedback(
                f"{mark(score.correct)} "
                + self.tr("The answer is: %1.").replace("%1", right)
                + f" {text}",
                score.correct,
            )
        )


def verdict_label(verdict: Verdict) -> str:
    """A verdict in words (in the claim-check question's context, where it is shown)."""
    if verdict == Verdict.SUPPORTED:
        return QCoreApplication.translate("ClaimWidget", "Supported by the sources")
    if verdict == Verdict.CONTRADICTED:
        return QCoreApplication.translate("ClaimWidget", "Contradicted by the sources")
    return QCoreApplication.translate("ClaimWidget", "Not checkable from these sources")


class ClaimWidget(QuestionWidget):
    """Claim check: a verdict (and optionally the deciding excerpt) for each claim.

    The sources sit beside the claims (left: read, right: judge) when there is room,
    and above them when there is not, so both are in view at 1366x768.
    """

    SIDE_BY_SIDE_CHARS = 100  # below this width (in average characters) the columns stack

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        answer_box = QGroupBox(self.tr("The AI assistant's answer (a training example)"))
        answer_layout = QVBoxLayout(answer_box)
        answer_text = " ".join(c.text for c in question.claims)
        self.answer_label = readable_label(_label(answer_text))
        answer_layout.addWidget(self.answer_label)
        self.layout_.addWidget(answer_box)
        sources_box = QGroupBox(self.tr("Sources you can use"))
        sources_layout = QVBoxLayout(sources_box)
        self.source_labels: list[QLabel] = []
        for n, source in enumerate(question.sources, start=1):
            label = _label(
                f"[{n}] {source.title}\n\u201c{source.text}\u201d\n{breakable_url(source.url)}"
            )
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.source_labels.append(readable_label(label))  # a Tab stop, read in full
            sources_layout.addWidget(label)
        sources_layout.addStretch(1)
        claims_column = QVBoxLayout()
        self.verdicts: dict[str, QComboBox] = {}
        self.source_boxes: dict[str, QComboBox] = {}
        self.claim_rows: dict[str, QVBoxLayout] = {}
        for n, claim in enumerate(question.claims, start=1):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(frame)
            column.addWidget(_label(self.tr("Claim %1:").replace("%1", str(n)) + f" {claim.text}"))
            verdict = compact_combo()
            verdict.addItem(self.tr("\u2014 choose \u2014"), None)
            for v in Verdict:
                verdict.addItem(verdict_label(v), v.value)
            verdict_name = self.tr("Verdict for claim %1").replace("%1", str(n))
            verdict.setAccessibleName(verdict_name)
            verdict.setAccessibleDescription(claim.text)
            verdict.currentIndexChanged.connect(self.changed)
            source_box = compact_combo()
            source_box.addItem(self.tr("(no source chosen)"), None)
            for m, s in enumerate(question.sources, start=1):
                source_box.addItem(f"[{m}] {s.title}", s.id)
            source_name = self.tr("Deciding source for claim %1").replace("%1", str(n))
            source_box.setAccessibleName(source_name)
            source_box.currentIndexChanged.connect(self.changed)
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
            form.addRow(verdict_name + ":", verdict)
            form.addRow(source_name + ":", source_box)
            column.addLayout(form)
            self.verdicts[claim.id] = verdict
            self.source_boxes[claim.id] = source_box
            self.claim_rows[claim.id] = column
            claims_column.addWidget(frame)
        claims_column.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(sources_box, 2)
        self.columns.addLayout(claims_column, 3)
        self.layout_.addLayout(self.columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def _available_width(self) -> int:
        """The width the page really has: the scroll area's view when there is one (side
        by side, the columns' own minimum width could otherwise keep them side by side
        in a page that scrolls sideways)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        return parent.viewport().width() if parent is not None else self.width()

    def _arrange(self) -> None:
        chars = self.fontMetrics().averageCharWidth() * self.SIDE_BY_SIDE_CHARS
        wide = self._available_width() >= chars
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.layout_.activate()  # the new minimum height, now, not after the next paint
            self.updateGeometry()  # so the page around grows or shrinks with it

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.answer_label, *self.source_labels]
        for cid, box in self.verdicts.items():
            chain += [box, self.source_boxes[cid]]
        return chain

    def first_focus(self) -> QWidget:
        return next(iter(self.verdicts.values()))

    def set_claim(
        self, claim_id: str, verdict: str | None, source: str | None = None
    ) -> None:
        box = self.verdicts[claim_id]
        box.setCurrentIndex(box.findData(verdict))
        sbox = self.source_boxes[claim_id]
        sbox.setCurrentIndex(max(0, sbox.findData(source)) if source else 0)

    def answer(self) -> Any:
        out = {}
        for cid, box in self.verdicts.items():
            verdict = box.currentData()
            if verdict is not None:
                out[cid] = {"verdict": verdict, "source": self.source_boxes[cid].currentData()}
        return out

    def set_answer(self, value: Any) -> None:
        if isinstance(value, dict):
            for cid, entry in value.items():
                if cid in self.verdicts and isinstance(entry, dict):
                    self.set_claim(cid, entry.get("verdict"), entry.get("source"))

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        parts = {p.id: p for p in score.parts}
        for claim in self.question.claims:
            part = parts.get(claim.id)
            ok = bool(part and part.correct)
            right = verdict_label(claim.verdict)
            source = next((s for s in self.question.sources if s.id == claim.source), None)
            where = (
                (" " + self.tr("Deciding source: %1.").replace("%1", source.title))
                if source
                else ""
            )
            self.claim_rows[claim.id].addWidget(
                self._feedback(
                    f"{mark(ok)} "
                    + self.tr("Right verdict: %1.").replace("%1", right)
                    + f"{where} {claim.explanation}",
                    ok,
                )
            )


class OrderList(QListWidget):
    """A list whose selected item moves with Alt+Up and Alt+Down."""

    move_requested = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class OrderWidget(QuestionWidget):
    """Put items in order: select an item and move it with Alt+Up / Alt+Down."""

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        self.layout_.addWidget(
            _label(
                self.tr("Select an item and move it with the buttons or with Alt+Up and Alt+Down.")
            )
        )
        self.list = OrderList()
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setWordWrap(True)  # long items wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.move_requested.connect(self.move_current)
        items = list(question.items)
        while len(items) > 1 and items == list(question.items):
            self.rng.shuffle(items)
        for item in items:
            entry = QListWidgetItem(item.text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.up.setAccessibleDescription(self.tr("Move selected item up"))
        self.down.setAccessibleDescription(self.tr("Move selected item down"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.layout_.addLayout(row)

    def first_focus(self) -> QWidget:
        return self.list

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count() or not self.list.isEnabled():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def answer(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_answer(self, value: Any) -> None:
        if not isinstance(value, list):
            return
        by_id = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i).text()
            for i in range(self.list.count())
        }
        if set(value) != set(by_id):
            return
        self.list.clear()
        for iid in value:
            entry = QListWidgetItem(by_id[iid])
            entry.setData(Qt.ItemDataRole.UserRole, iid)
            self.list.addItem(entry)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        given = self.answer()
        lines = []
        for n, item in enumerate(self.question.items, start=1):
            ok = n - 1 < len(given) and given[n - 1] == item.id
            lines.append(f"{n}. {item.text} {mark(ok)}")
        self.layout_.addWidget(
            self._feedback(self.tr("The right order:") + "\n" + "\n".join(lines), score.correct)
        )


class MatchWidget(QuestionWidget):
    """Match each left item to one right item with a drop-down list."""

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        rights = list(question.pairs)
        self.rng.shuffle(rights)
        grid = QGridLayout()
        self.boxes: dict[str, QComboBox] = {}
        for row, pair in enumerate(question.pairs):
            left = _label(pair.left)
            box = compact_combo()
            box.addItem(self.tr("\u2014 choose \u2014"), None)
            for r in rights:
                box.addItem(r.right, r.id)
            box.setAccessibleName(self.tr("Match for: %1").replace("%1", pair.left))
            box.currentIndexChanged.connect(self.changed)
            left.setBuddy(box)
            grid.addWidget(left, row, 0)
            grid.addWidget(box, row, 1)
            self.boxes[pair.id] = box
        self.grid = grid
        self.layout_.addLayout(grid)

    def first_focus(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def choose(self, left_id: str, right_id: str) -> None:
        box = self.boxes[left_id]
        box.setCurrentIndex(box.findData(right_id))

    def answer(self) -> Any:
        return {
            pid: box.currentData()
            for pid, box in self.boxes.items()
            if box.currentData() is not None
        }

    def set_answer(self, value: Any) -> None:
        if isinstance(value, dict):
            for pid, rid in value.items():
                if pid in self.boxes:
                    self.choose(pid, rid)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        parts = {p.id: p for p in score.parts}
        for row, pair in enumerate(self.question.pairs):
            ok = bool(parts.get(pair.id) and parts[pair.id].correct)
            self.grid.addWidget(self._feedback(f"{mark(ok)} {pair.right}", ok), row, 2)


class SpotWidget(QuestionWidget):
    """Spot the error: tick every sentence that is wrong."""

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        self.layout_.addWidget(_label(self.tr("Tick every sentence that is wrong.")))
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: dict[str, QVBoxLayout] = {}
        for n, sentence in enumerate(question.sentences, start=1):
            box = QCheckBox(f"&{n}")
            box.setAccessibleDescription(self.tr("Tick if this sentence is wrong"))
            box.toggled.connect(self.changed)
            row = QVBoxLayout()
            row.addLayout(wrapping_choice(box, sentence.text))
            self.boxes[sentence.id] = box
            self.rows[sentence.id] = row
            self.layout_.addLayout(row)

    def first_focus(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def numbered(self) -> list[QRadioButton | QCheckBox]:
        return list(self.boxes.values())

    def answer(self) -> Any:
        return [sid for sid, box in self.boxes.items() if box.isChecked()]

    def set_answer(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for sid, box in self.boxes.items():
            box.setChecked(sid in chosen)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        marked = set(self.answer())
        for s in self.question.sentences:
            ok = (s.id in marked) == s.wrong
            if s.wrong:
                text = self.tr("This sentence is wrong.") + f" {s.feedback}"
            elif s.id in marked:
                text = self.tr("This sentence is right.") + (f" {s.feedback}" if s.feedback else "")
            else:
                continue
            self.rows[s.id].addWidget(self._feedback(f"{mark(ok)} {text}", ok))


class ShortWidget(QuestionWidget):
    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit)

    def first_focus(self) -> QWidget:
        return self.edit

    def answer(self) -> Any:
        return self.edit.text()

    def set_answer(self, value: Any) -> None:
        if isinstance(value, str):
            self.edit.setText(value)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        accepted = ", ".join(a.text for a in self.question.answers if a.weight == 100)
        match = next(
            (
                a
                for a in self.question.answers
                if a.text.strip().casefold() == self.answer().strip().casefold()
            ),
            None,
        )
        extra = match.feedback if match else self.question.feedback_wrong
        self.layout_.addWidget(
            self._feedback(
                f"{mark(score.correct)} "
                + self.tr("Accepted answers: %1.").replace("%1", accepted)
                + (f" {extra}" if extra else ""),
                score.correct,
            )
        )


class NumericalWidget(ShortWidget):
    """A number typed in a line (``3,14`` and ``3.14`` both work)."""

    def __init__(self, question: Question, seed: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(question, seed, parent)
        self.edit.setAccessibleName(self.tr("Your answer (a number)"))
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def show_result(self, score: Score) -> None:
        self.set_locked(True)
        right = [n for n in self.question.numbers if n.weight == 100]
        shown = ", ".join(
            f"{n.value:g} ± {n.tolerance:g}" if n.tolerance else f"{n.value:g}" for n in right
        )
        match = numeric_match(self.question, self.answer())
        extra = match.feedback if match else self.question.feedback_wrong
        self.layout_.addWidget(
            self._feedback(
                f"{mark(score.correct)} "
                + self.tr("The right answer: %1.").replace("%1", shown)
                + (f" {extra}" if extra else ""),
                score.correct,
            )
        )


WIDGETS: dict[QuestionType, type[QuestionWidget]] = {
    QuestionType.SINGLE: ChoiceWidget,
    QuestionType.MULTIPLE: ChoiceWidget,
    QuestionType.TRUEFALSE: TrueFalseWidget,
    QuestionType.CLAIM: ClaimWidget,
    QuestionType.ORDER: OrderWidget,
    QuestionType.MATCH: MatchWidget,
    QuestionType.SPOT: SpotWidget,
    QuestionType.SHORT: ShortWidget,
    QuestionType.NUMERICAL: NumericalWidget,
}


def make_widget(question: Question, seed: int = 0) -> QuestionWidget:
    return WIDGETS[question.type](question, seed)
