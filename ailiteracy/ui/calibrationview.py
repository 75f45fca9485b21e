"""How sure the learner felt compared with how often they were right."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.calibration import (
    Bin,
    Calibration,
    Confidence,
    Period,
    Status,
    calibration,
    over_time,
)
from ..core.store import AnswerRecord
from . import theme
from .timelineview import format_event_date

LABEL_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


def level_label(level: Confidence) -> str:
    """The level as shown in tables and the chart: "Just guessing" ... "Certain"."""
    return {
        Confidence.GUESSING: QCoreApplication.translate("CalibrationView", "Just guessing"),
        Confidence.NOT_SURE: QCoreApplication.translate("CalibrationView", "Not sure"),
        Confidence.FAIRLY_SURE: QCoreApplication.translate("CalibrationView", "Fairly sure"),
        Confidence.CERTAIN: QCoreApplication.translate("CalibrationView", "Certain"),
    }[level]


def level_phrase(level: Confidence) -> str:
    """The level inside a sentence: "When you say 'certain' ..."."""
    return {
        Confidence.GUESSING: QCoreApplication.translate("CalibrationView", "just guessing"),
        Confidence.NOT_SURE: QCoreApplication.translate("CalibrationView", "not sure"),
        Confidence.FAIRLY_SURE: QCoreApplication.translate("CalibrationView", "fairly sure"),
        Confidence.CERTAIN: QCoreApplication.translate("CalibrationView", "certain"),
    }[level]


def percent(value: float | None) -> str:
    return (
        "—"
        if value is None
        else QCoreApplication.translate("CalibrationView", "%1%").replace(
            "%1", str(round(value * 100))
        )
    )


def message(result: Calibration) -> str:
    """A plain-language verdict on the learner's calibration."""
    status = result.status
    if status is Status.NO_ANSWERS:
        return QCoreApplication.translate(
            "CalibrationView", "Answer some questions that ask 'How sure are you?' to see this."
        )
    if status is Status.TOO_FEW:
        return QCoreApplication.translate(
            "CalibrationView",
            "Answer a few more questions that ask 'How sure are you?' to see how well "
            "your confidence matches your accuracy.",
        )
    if status is Status.CALIBRATED:
        return QCoreApplication.translate(
            "CalibrationView", "Your confidence matches your accuracy well."
        )
    sentences = []
    for level in sorted(result.overconfident_levels, reverse=True):
        sentences.append(
            QCoreApplication.translate(
                "CalibrationView", "When you say '%1' you are right %2% of the time."
            )
            .replace("%1", level_phrase(level))
            .replace("%2", str(round((result.bin(level).accuracy or 0.0) * 100)))
        )
    sentences.append(
        QCoreApplication.translate("CalibrationView", "Slow down and check before you are sure.")
    )
    return " ".join(sentences)


def chart_description(result: Calibration) -> str:
    """The chart in words, for screen readers."""
    if result.total == 0:
        return QCoreApplication.translate(
            "CalibrationView", "No answers with a confidence level yet."
        )
    parts = []
    for b in result.bins:
        if b.count == 0:
            parts.append(
                QCoreApplication.translate("CalibrationView", "%1: no answers.").replace(
                    "%1", level_label(b.level)
                )
            )
        else:
            template = (
                QCoreApplication.translate(
                    "CalibrationView", "%1: expected %2, actually right %3 (1 answer)."
                )
                if b.count == 1
                else QCoreApplication.translate(
                    "CalibrationView", "%1: expected %2, actually right %3 (%4 answers)."
                )
            )
            parts.append(
                template.replace("%1", level_label(b.level))
                .replace("%2", percent(b.expected))
                .replace("%3", percent(b.accuracy))
                .replace("%4", str(b.count))
            )
    return " ".join(parts)


def format_day(moment: _dt.datetime) -> str:
    """The local date of ``moment``, e.g. "1 March 2025"."""
    return format_event_date(moment.astimezone().date(), "day")


class CalibrationChart(QWidget):
    """Two bars per confidence level: expected accuracy (hatched) and actual (solid)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Calibration = calibration([])
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Chart: expected and actual accuracy per confidence level"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_result(self.result)

    def set_result(self, result: Calibration) -> None:
        self.result = result
        description = chart_description(result)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = QFontMetrics(self.font()).height()
        return QSize(40 * line, 14 * line)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = QFontMetrics(self.font()).height()
        return QSize(24 * line, 14 * line)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        t = theme.current()
        text, grid = QColor(t.text), QColor(t.table_border)
        actual_colour, expected_colour = QColor(t.highlight), QColor(t.text)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(t.base))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        pad = line // 2
        axis_width = metrics.horizontalAdvance("100%") + pad
        legend_height = line + pad
        plot = QRectF(
            pad + axis_width,
            pad + legend_height,
            self.width() - 2 * pad - axis_width,
            self.height() - 2 * pad - legend_height - 2 * line,
        )
        if plot.width() <= 0 or plot.height() <= 0:
            painter.end()
            return

        # Legend.
        x = plot.left()
        for label, brush_style, colour in (
            (self.tr("Expected"), Qt.BrushStyle.BDiagPattern, expected_colour),
            (self.tr("Actually right"), Qt.BrushStyle.SolidPattern, actual_colour),
        ):
            box = QRectF(x, pad, line * 0.8, line * 0.8)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QBrush(colour, brush_style))
            painter.drawRect(box)
            painter.setPen(text)
            painter.drawText(
                QRectF(box.right() + pad / 2, pad - line * 0.1, 20 * line, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x = box.right() + pad + metrics.horizontalAdvance(label) + line

        # Axis and grid lines every 25%.
        for step in range(5):
            value = step / 4
            y = plot.bottom() - value * plot.height()
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if step else Qt.PenStyle.SolidLine))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text)
            painter.drawText(
                QRectF(pad, y - line / 2, axis_width - pad / 2, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                percent(value),
            )

        # Bars.
        group = plot.width() / len(self.result.bins)
        bar = group / 3.5
        for index, b in enumerate(self.result.bins):
            left = plot.left() + index * group + (group - 2 * bar) / 2
            self._bar(painter, plot, left, bar, b.expected, expected_colour, True)
            if b.accuracy is not None:
                self._bar(painter, plot, left + bar, bar, b.accuracy, actual_colour, False)
            painter.setPen(text)
            label = level_label(b.level)
            if b.count == 0:
                label = self.tr("%1 (none)").replace("%1", label)
            painter.drawText(
                QRectF(plot.left() + index * group, plot.bottom() + pad / 2, group, 2 * line),
                LABEL_FLAGS,
                label,
            )
        if self.hasFocus():
            painter.setPen(QPen(QColor(t.focus), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    @staticmethod
    def _bar(
        painter: QPainter,
        plot: QRectF,
        left: float,
        width: float,
        value: float,
        colour: QColor,
        hatched: bool,
    ) -> None:
        height = max(0.0, min(1.0, value)) * plot.height()
        rect = QRectF(left, plot.bottom() - height, width, height)
        painter.setPen(QPen(colour, 1))
        style = Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern
        painter.setBrush(QBrush(colour, style))
        painter.drawRect(rect)


class CalibrationView(QWidget):
    """A table and a chart of confidence against accuracy, a verdict, and the trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Calibration = calibration([])
        self.periods: list[Period] = []

        self.title = QLabel(self.tr("How sure were you, and how often were you right?"))
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.intro = QLabel(
            self.tr(
                "Some questions ask 'How sure are you?'. Here you can see whether your "
                "feeling of being sure matches how often you are right."
            )
        )
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleDescription(self.tr("What your answers show"))
        self.message.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.chart = CalibrationChart()

        self.table = QTableWidget(len(Confidence), 4)
        self.table.setAccessibleName(self.tr("Confidence and accuracy per level"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("How sure you were"),
                self.tr("Answers"),
                self.tr("Expected to be right"),
                self.tr("Actually right"),
            ]
        )
        self._setup_table(self.table)

        self.trend_label = QLabel(self.tr("Over time (oldest first):"))
        self.trend = QTableWidget(0, 4)
        self.trend.setAccessibleName(self.tr("Confidence and accuracy over time"))
        self.trend.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Answers"),
                self.tr("Expected to be right"),
                self.tr("Actually right"),
            ]
        )
        self._setup_table(self.trend)
        self.trend_label.setBuddy(self.trend)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        layout.addWidget(self.trend_label)
        layout.addWidget(self.trend)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.setTabOrder(self.message, self.chart)
        self.setTabOrder(self.chart, self.table)
        self.setTabOrder(self.table, self.trend)
        self.set_answers([])

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setAccessibleName(QCoreApplication.translate("CalibrationView", "Column headings"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_answers(self, answers: list[AnswerRecord]) -> None:
        """Show the calibration of ``answers`` (those without a confidence are ignored)."""
        self.result = calibration(answers)
        self.periods = over_time(answers)
        self.message.setText(message(self.result))
        self.chart.set_result(self.result)
        for row, b in enumerate(self.result.bins):
            self._fill_row(self.table, row, b)
        self.trend.setRowCount(len(self.periods))
        for row, period in enumerate(self.periods):
            start, end = format_day(period.start), format_day(period.end)
            when = (
                start
                if start == end
                else self.tr("%1 to %2").replace("%1", start).replace("%2", end)
            )
            self._set(self.trend, row, 0, when)
            self._set(self.trend, row, 1, str(period.count))
            self._set(self.trend, row, 2, percent(period.mean_confidence_expected))
            self._set(self.trend, row, 3, percent(period.accuracy))
        has_trend = len(self.periods) > 1
        self.trend_label.setVisible(has_trend)
        self.trend.setVisible(has_trend)

    def _fill_row(self, table: QTableWidget, row: int, b: Bin) -> None:
        self._set(table, row, 0, level_label(b.level))
        self._set(table, row, 1, str(b.count))
        self._set(table, row, 2, percent(b.expected))
        actual = percent(b.accuracy)
        if b.level in self.result.overconfident_levels:
            actual = self.tr("%1 (too sure)").replace("%1", actual)
        self._set(table, row, 3, actual)

    @staticmethod
    def _set(table: QTableWidget, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
