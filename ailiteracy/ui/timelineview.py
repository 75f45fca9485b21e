"""An interactive timeline of AI governance: principles, laws, treaties and more."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.content.model import TimelineEvent
from .layouts import FlowLayout, VerticalScroll
from .plaintext import plain, plain_tip

ROLE_EVENT = Qt.ItemDataRole.UserRole
ALL = ""  # combo box data meaning "no filter"


def month_name(month: int) -> str:
    names = (
        QCoreApplication.translate("TimelineView", "January"),
        QCoreApplication.translate("TimelineView", "February"),
        QCoreApplication.translate("TimelineView", "March"),
        QCoreApplication.translate("TimelineView", "April"),
        QCoreApplication.translate("TimelineView", "May"),
        QCoreApplication.translate("TimelineView", "June"),
        QCoreApplication.translate("TimelineView", "July"),
        QCoreApplication.translate("TimelineView", "August"),
        QCoreApplication.translate("TimelineView", "September"),
        QCoreApplication.translate("TimelineView", "October"),
        QCoreApplication.translate("TimelineView", "November"),
        QCoreApplication.translate("TimelineView", "December"),
    )
    return names[month - 1]


def format_event_date(date: _dt.date, precision: str) -> str:
    """ "22 May 2019" (day), "May 2023" (month) or "2026" (year), in the interface language."""
    year = str(date.year)
    if precision == "year":
        return year
    if precision == "month":
        # %1 = month name, %2 = year
        return (
            QCoreApplication.translate("TimelineView", "%1 %2", "month and year")
            .replace("%1", month_name(date.month))
            .replace("%2", year)
        )
    # %1 = day, %2 = month name, %3 = year
    return (
        QCoreApplication.translate("TimelineView", "%1 %2 %3", "day, month and year")
        .replace("%1", str(date.day))
        .replace("%2", month_name(date.month))
        .replace("%3", year)
    )


def kind_label(kind: str) -> str:
    labels = {
        "principles": QCoreApplication.translate("TimelineView", "Principles"),
        "law": QCoreApplication.translate("TimelineView", "Law"),
        "declaration": QCoreApplication.translate("TimelineView", "Declaration"),
        "initiative": QCoreApplication.translate("TimelineView", "Initiative"),
        "resolution": QCoreApplication.translate("TimelineView", "Resolution"),
        "treaty": QCoreApplication.translate("TimelineView", "Treaty"),
        "position-paper": QCoreApplication.translate("TimelineView", "Position paper"),
        "institution": QCoreApplication.translate("TimelineView", "Institution"),
    }
    return labels.get(kind, kind.replace("-", " ").capitalize())


class TimelineView(QWidget):
    """Events in date order, filterable by body and kind, with a details pane.

    Signals:
        open_lesson(str): the lesson of the chosen event, as ``module/lesson#anchor``.
        open_source(QUrl): the primary source (a web link) of the chosen event.
    """

    open_lesson = Signal(str)
    open_source = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[TimelineEvent] = []
        self._by_id: dict[str, TimelineEvent] = {}

        self.title = QLabel(self.tr("Timeline of AI governance"))
        self.title.setObjectName("screenTitle")
        self.intro = QLabel(
            self.tr(
                "Rules, principles and agreements about AI, oldest first. "
                "Choose an event to read what it is, then open its lesson or the original text."
            )
        )
        self.intro.setWordWrap(True)

        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Show events from this body"))
        body_label = QLabel(self.tr("&Body:"))
        body_label.setBuddy(self.body_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show events of this kind"))
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind_filter)
        self.count_label = plain(QLabel())
        self.count_label.setAccessibleDescription(self.tr("Number of events shown"))
        filters = FlowLayout()  # wraps onto a second line when the text is large
        for label, combo in ((body_label, self.body_filter), (kind_label_widget, self.kind_filter)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(combo)
            filters.addWidget(pair)
        filters.addWidget(self.count_label)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleDescription(self.tr("Events, oldest first"))
        self.list.setAccessibleDescription(
            self.tr("Use the arrow keys to choose an event. Press Enter to open its lesson.")
        )
        list_label = QLabel(self.tr("&Events:"))
        list_label.setBuddy(self.list)
        self.empty_label = QLabel(self.tr("No events match these filters."))
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_label)

        self.event_title = plain(QLabel())
        self.event_title.setObjectName("lessonTitle")
        self.event_title.setWordWrap(True)
        self.event_title.setAccessibleDescription(self.tr("Event"))
        self.event_meta = plain(QLabel())
        self.event_meta.setWordWrap(True)
        self.event_meta.setAccessibleDescription(self.tr("Date, body and kind"))
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        for label in (self.event_title, self.event_meta, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleDescription(self.tr("Summary"))
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lesson_button = QPushButton(self.tr("Open the &lesson"))
        self.lesson_button.setAccessibleName(self.tr("Open the lesson"))
        self.lesson_button.clicked.connect(self._open_lesson)
        self.source_button = QPushButton(self.tr("Open the primary &source"))
        self.source_button.setAccessibleName(self.tr("Open the primary source"))
        self.source_button.clicked.connect(self._open_source)
        buttons = FlowLayout()
        buttons.addWidget(self.lesson_button)
        buttons.addWidget(self.source_button)
        buttons.addStretch(1)
        self.details = QWidget()
        self.details.setAccessibleDescription(self.tr("Event details"))
        details_layout = QVBoxLayout(self.details)
        details_layout.addWidget(self.event_title)
        details_layout.addWidget(self.event_meta)
        details_layout.addWidget(self.summary, 1)
        details_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(VerticalScroll(self.details))  # long summaries scroll
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.body_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.list)
        self.setTabOrder(self.list, self.summary)
        self.setTabOrder(self.summary, self.lesson_button)
        self.setTabOrder(self.lesson_button, self.source_button)

        self.body_filter.currentIndexChanged.connect(self._refilter)
        self.kind_filter.currentIndexChanged.connect(self._refilter)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(lambda _item: self._open_lesson())
        self._fill_filters()
        self._refilter()

    # ------------------------------------------------------------------ data

    def set_events(self, events: list[TimelineEvent]) -> None:
        """Show ``events`` in date order; filters that no longer apply are reset.

        When two events share an id (a later content root overriding one), the later wins.
        """
        self._by_id = {e.id: e for e in events}
        self.events = sorted(self._by_id.values(), key=lambda e: (e.date, e.id))
        self._fill_filters()
        self._refilter()

    def visible_events(self) -> list[TimelineEvent]:
        """The events the list shows now, in order."""
        found = (self._event(self.list.item(row)) for row in range(self.list.count()))
        return [e for e in found if e is not None]

    def current_event(self) -> TimelineEvent | None:
        item = self.list.currentItem()
        return None if item is None else self._event(item)

    def select_event(self, event_id: str) -> bool:
        """Select the event ``event_id`` if it is shown; returns whether it is."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_EVENT) == event_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def set_body_filter(self, body: str) -> bool:
        """Show only events from ``body`` ("" for all); False if no event has that body."""
        index = self.body_filter.findData(body)
        if index < 0:
            return False
        self.body_filter.setCurrentIndex(index)
        return True

    def set_kind_filter(self, kind: str) -> bool:
        """Show only events of ``kind`` ("" for all); False if no event has that kind."""
        index = self.kind_filter.findData(kind)
        if index < 0:
            return False
        self.kind_filter.setCurrentIndex(index)
        return True

    # ------------------------------------------------------------------ internals

    def _event(self, item: QListWidgetItem) -> TimelineEvent | None:
        return self._by_id.get(str(item.data(ROLE_EVENT)))

    def _fill_filters(self) -> None:
        body = self.body_filter.currentData() or ALL
        kind = self.kind_filter.currentData() or ALL
        for combo in (self.body_filter, self.kind_filter):
            combo.blockSignals(True)
            combo.clear()
        self.body_filter.addItem(self.tr("All bodies"), ALL)
        for name in sorted({e.body for e in self.events}, key=str.casefold):
            self.body_filter.addItem(name, name)
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        kinds = {e.kind for e in self.events}
        for name in sorted(kinds, key=lambda k: kind_label(k).casefold()):
            self.kind_filter.addItem(kind_label(name), name)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(body)))
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))
        for combo in (self.body_filter, self.kind_filter):
            combo.blockSignals(False)

    def _refilter(self) -> None:
        body = self.body_filter.currentData() or ALL
        kind = self.kind_filter.currentData() or ALL
        current = self.list.currentItem()
        previous = None if current is None else current.data(ROLE_EVENT)
        self.list.blockSignals(True)
        self.list.clear()
        keep = -1
        for event in self.events:
            if body and event.body != body:
                continue
            if kind and event.kind != kind:
                continue
            date = format_event_date(event.date, event.precision)
            item = QListWidgetItem(
                self.tr("%1 — %2").replace("%1", date).replace("%2", event.title)
            )
            item.setData(ROLE_EVENT, event.id)
            item.setToolTip(plain_tip(event.summary))
            self.list.addItem(item)
            if event.id == previous:
                keep = self.list.count() - 1
        if self.list.count():
            self.list.setCurrentRow(max(keep, 0))
        self.list.blockSignals(False)
        shown, total = self.list.count(), len(self.events)
        self.count_label.setText(
            self.tr("%1 of %2 events").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.list.setVisible(shown > 0 or total == 0)
        self.empty_label.setVisible(shown == 0 and total > 0)
        self._show_current()

    def _show_current(self) -> None:
        event = self.current_event()
        if event is None:
            self.event_title.setText(
                self.tr("No events to show.") if not self.events else self.tr("No event chosen.")
            )
            self.event_meta.clear()
            self.summary.clear()
            self.lesson_button.setEnabled(False)
            self.source_button.setEnabled(False)
            return
        self.event_title.setText(event.title)
        self.event_meta.setText(
            self.tr("%1 · %2 · %3")
            .replace("%1", format_event_date(event.date, event.precision))
            .replace("%2", event.body)
            .replace("%3", kind_label(event.kind))
        )
        self.summary.setText(event.summary)
        self.lesson_button.setEnabled(bool(event.lesson))
        self.source_button.setEnabled(QUrl(event.source).scheme() in ("http", "https"))

    def _open_lesson(self) -> None:
        event = self.current_event()
        if event is not None and event.lesson:
            self.open_lesson.emit(event.lesson)

    def _open_source(self) -> None:
        event = self.current_event()
        if event is None:
            return
        url = QUrl(event.source)
        if url.scheme() in ("http", "https"):
            self.open_source.emit(url)
