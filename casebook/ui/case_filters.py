"""The filter bar above the case list: search as you type (debounced full-text search),
status, event type, tag and a date range of events."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import vocab
from casebook.ui import formats, i18n
from casebook.ui.editor_fields import DateLineEdit
from casebook.vault.cases import CaseFilter

SEARCH_DELAY_MS = 250


def _combo(any_text: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_text, "")
    for code, text in items:
        combo.addItem(text, code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _date_edit(date: QDate) -> DateLineEdit:
    """A day typed as text, like the event dates (issue 18): what is typed is the date,
    never completed with today's parts; local forms are understood."""
    edit = DateLineEdit()
    edit.set_precision("day")
    edit.setDate(date)
    edit.setEnabled(False)
    return edit


def _relabel(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
    """New labels for the same codes (another language), keeping the chosen one and
    saying nothing (the filter has not changed)."""
    chosen = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(any_text, "")
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))


def _statuses() -> list[tuple[str, str]]:
    lang = i18n.lang()
    return [(c, vocab.label(vocab.CASE_STATUS, c, lang)) for c in vocab.CASE_STATUS]


def _event_types() -> list[tuple[str, str]]:
    lang = i18n.lang()
    labels = ((c, vocab.label(vocab.EVENT_TYPE, c, lang)) for c in vocab.EVENT_TYPE)
    return sorted(labels, key=lambda item: item[1].casefold())


class FilterBar(QWidget):
    filterChanged = Signal(object)  # CaseFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count: int | None = None
        self._count_text = ""
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles, people, places, events…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.status = _combo(self.tr("Any status"), _statuses())
        self.event_type = _combo(self.tr("Any event type"), _event_types())
        self.tag = _combo(self.tr("Any tag"), [])
        self.status.setAccessibleName(self.tr("Status of the case"))
        self.event_type.setAccessibleName(self.tr("Type of an event in the case"))
        self.tag.setAccessibleName(self.tr("Tag"))
        today = QDate.currentDate()
        self.dates = QCheckBox(self.tr("Events from"))
        self.date_from = _date_edit(today.addYears(-1))
        self.date_to = _date_edit(today)
        self.date_from.setAccessibleName(self.tr("Events from"))
        self.date_to.setAccessibleName(self.tr("Events until"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("link")
        self.clear_button.setFlat(True)
        self._layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit_now)
        for combo in (self.status, self.event_type, self.tag):
            combo.currentIndexChanged.connect(self._emit)
        self.dates.toggled.connect(self._dates_toggled)
        for edit in (self.date_from, self.date_to):  # a bound counts once it is a date
            edit.textChanged.connect(
                lambda _t, e=edit: self._emit() if e.date().isValid() else None
            )
        self.clear_button.clicked.connect(self.reset)

    def _date_typed(self, _text: str) -> None:
        """A bound counts once both are dates: half-typed text changes nothing."""
        if self.date_from.date().isValid() and self.date_to.date().isValid():
            self._emit()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        for widget in (self.status, self.event_type, self.tag, self.dates, self.date_from):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(top)
        outer.addLayout(filters)

    def current(self) -> CaseFilter:
        flt = CaseFilter(
            query=self.search.text(),
            status=self.status.currentData() or "",
            event_type=self.event_type.currentData() or "",
            tag=self.tag.currentData() or "",
        )
        if self.dates.isChecked():
            flt.date_from = self.date_from.date().toString("yyyy-MM-dd")
            flt.date_to = self.date_to.date().toString("yyyy-MM-dd")
        return flt

    def set_tags(self, tags: list[str]) -> None:
        """Offer the vault's tags; keeps the chosen one when it still exists."""
        chosen = self.tag.currentData() or ""
        with QSignalBlocker(self.tag):
            while self.tag.count() > 1:
                self.tag.removeItem(1)
            for tag in tags:
                self.tag.addItem(tag, tag)
            index = self.tag.findData(chosen) if chosen else 0
            self.tag.setCurrentIndex(max(index, 0))
        if chosen and index < 0:
            self._emit()

    def set_count(self, count: int) -> None:
        self._count = count
        self._count_text = self.tr("Cases: {count}").format(count=formats.number(count))
        self.count.setText(self._count_text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Another interface language: the same filter in new words."""
        if event.type() == QEvent.Type.LanguageChange:
            _relabel(self.status, self.tr("Any status"), _statuses())
            _relabel(self.event_type, self.tr("Any event type"), _event_types())
            for edit in (self.date_from, self.date_to):
                shown = edit.typed()
                if shown is not None:  # the same day, written the new language's way
                    edit.blockSignals(True)
                    edit.show_date(shown.start)
                    edit.blockSignals(False)
            if self._count is not None and self.count.text() == self._count_text:
                self.set_count(self._count)
        super().changeEvent(event)

    def reset(self) -> None:
        """Back to no filter at all, and show every case."""
        self._clear_widgets(keep_tags=True)
        self._emit()

    def forget(self) -> None:
        """Clear the search text, the filters and the vault's tags, asking for nothing
        (when locking: the search text and tags are case data)."""
        self._clear_widgets(keep_tags=False)
        self.count.clear()
        self._count = None

    def _clear_widgets(self, keep_tags: bool) -> None:
        self._debounce.stop()
        widgets = (self.search, self.status, self.event_type, self.tag, self.dates)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in (self.status, self.event_type, self.tag):
                combo.setCurrentIndex(0)
            if not keep_tags:
                while self.tag.count() > 1:
                    self.tag.removeItem(1)
            self.dates.setChecked(False)
            self._dates_toggled(False, emit=False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _dates_toggled(self, on: bool, emit: bool = True) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if emit:
            self._emit()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self, *_: object) -> None:
        self._debounce.stop()
        self.filterChanged.emit(self.current())
