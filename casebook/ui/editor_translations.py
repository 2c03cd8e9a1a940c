"""The Translations tab of the case editor: for one target language, every text of the
case that can be published, what is missing or needs review, and a side-by-side editor
(the original on the left, the version on the right).

Edits go into the editor's working copy of the case at once (like the other tabs) and
are stored with it by Save. `jump_to(path)` shows one field, ready to type.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain import texts
from casebook.domain.model import Case
from casebook.services.appeals.library import phrases
from casebook.ui.editor_models import Column, ObjectTableModel
from casebook.ui.forms import QT_TRANSLATE_NOOP


def language_name(code: str) -> str:
    """The name of a language in itself (English, Русский, Қазақша), else its code."""
    if code in texts.TEXT_LANGS:
        return phrases(code)["language_name"]
    return code


@dataclass(frozen=True)
class Row:
    path: texts.TextPath
    label: str
    original: str
    state: str  # "", texts.MISSING or texts.REVIEW


_STATE_COLOURS = {texts.MISSING: "#ffcdd2", texts.REVIEW: "#fff59d", "": "#c8e6c9"}


def _state_text(row: Row) -> str:
    from PySide6.QtCore import QCoreApplication

    source = {
        texts.MISSING: QT_TRANSLATE_NOOP("translations", "Missing"),
        texts.REVIEW: QT_TRANSLATE_NOOP("translations", "Needs review"),
        "": QT_TRANSLATE_NOOP("translations", "Translated"),
    }[row.state]
    return QCoreApplication.translate("translations", source)


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("models", "Text"), lambda r: r.label),
    Column(
        QT_TRANSLATE_NOOP("models", "State"), _state_text, colour=lambda r: _STATE_COLOURS[r.state]
    ),  # fmt: skip
    Column(QT_TRANSLATE_NOOP("models", "Original"), lambda r: " ".join(r.original.split())[:120]),
]


def rows_for(case: Case, lang: str) -> list[Row]:
    """Every non-empty translatable text of `case`, with its state in `lang`."""
    states = {s.path: s.state for s in texts.translation_status(case, lang)}
    return [
        Row(path, texts.describe(case, path), original, states.get(path, ""))
        for path in texts.paths(case)
        if (original := texts.original(case, path) or "").strip()
    ]


class TranslationsTab(QWidget):
    edited = Signal()
    originals_changed = Signal()  # another original language swapped texts in: reload forms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self._loading = False
        self.path: texts.TextPath | None = None
        self._build()

    def _build(self) -> None:
        self.original_lang = QComboBox()
        self.target = QComboBox()
        for code in texts.TEXT_LANGS:
            self.original_lang.addItem(language_name(code), code)
        self.only_open = QCheckBox(self.tr("Only missing or to review"))
        self.summary = QLabel(wordWrap=True)
        self.summary.setAccessibleName(self.tr("What this language lacks"))
        self.model = ObjectTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Texts of the case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.original = QPlainTextEdit(readOnly=True)
        self.original.setAccessibleName(self.tr("Original text"))
        self.version = QPlainTextEdit()
        self.version.setAccessibleName(self.tr("Translated text"))
        self.review = QCheckBox(self.tr("Needs review"))
        self.review.setToolTip(
            self.tr("Ticked by itself when the original changed after this version was written.")
        )
        self.original_box = QGroupBox()
        QVBoxLayout(self.original_box).addWidget(self.original)
        self.version_box = QGroupBox()
        vl = QVBoxLayout(self.version_box)
        vl.addWidget(self.version)
        vl.addWidget(self.review)
        side = QSplitter(Qt.Orientation.Horizontal)
        side.addWidget(self.original_box)
        side.addWidget(self.version_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Written in"), self.original_lang),
            (self.tr("&Translate into"), self.target),
        ):
            label = QLabel(text)
            label.setContentsMargins(0, 0, 4, 0)  # the last letter is not clipped
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(self.only_open)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.original_lang.currentIndexChanged.connect(self._original_lang_changed)
        self.target.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_open.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._pick())
        self.version.textChanged.connect(lambda: self._version_edited(typed=True))
        self.review.toggled.connect(lambda _on: self._version_edited(typed=False))
        self._set_field(None)

    # --- public interface -------------------------------------------------------------

    def load(self, case: Case) -> None:
        """Show `case` (the editor's working copy: versions typed here go into it)."""
        self.case = case
        self._loading = True
        try:
            index = self.original_lang.findData(case.language)
            if index < 0:
                self.original_lang.addItem(case.language, case.language)
                index = self.original_lang.count() - 1
            self.original_lang.setCurrentIndex(index)
            self._fill_targets()
        finally:
            self._loading = False
        self.refresh()

    def clear(self) -> None:
        self.case = None
        self._loading = True
        try:
            self.model.set_items([])
            self._set_field(None)
            self.summary.clear()
        finally:
            self._loading = False

    def lang(self) -> str:
        return str(self.target.currentData() or "")

    def set_lang(self, lang: str) -> None:
        index = self.target.findData(lang)
        if index >= 0:
            self.target.setCurrentIndex(index)

    def jump_to(self, path: texts.TextPath, lang: str | None = None) -> None:
        """Select the text at `path` (in `lang`, if given) and put the cursor in its version."""
        if lang:
            self.set_lang(lang)
        if self.only_open.isChecked() and path not in [r.path for r in self.model.items()]:
            self.only_open.setChecked(False)
        if self._select(path):
            self.version.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select(self, path: texts.TextPath) -> bool:
        for row, item in enumerate(self.model.items()):
            if item.path == path:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._set_field(path)
                return True
        return False

    def refresh(self) -> None:
        """The list again from the case (after edits in other tabs, or another language)."""
        if self.case is None or self._loading:
            return
        lang = self.lang()
        rows = rows_for(self.case, lang) if lang else []
        if self.only_open.isChecked():
            rows = [r for r in rows if r.state]
        keep = self.path
        self._loading = True
        try:
            self.model.set_items(rows)
        finally:
            self._loading = False
        self._show_summary(lang)
        if keep is None or not self._select(keep):
            self._set_field(None)

    # --- internals ----------------------------------------------------------------------

    def _fill_targets(self) -> None:
        assert self.case is not None
        current = self.lang()
        self.target.blockSignals(True)
        self.target.clear()
        found = {lang for entry in self.case.translations.values() for lang in entry}
        for code in [*texts.TEXT_LANGS, *sorted(found - set(texts.TEXT_LANGS))]:
            if code != self.case.language:
                self.target.addItem(language_name(code), code)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.target.blockSignals(False)

    def _original_lang_changed(self) -> None:
        if self._loading or self.case is None:
            return
        code = str(self.original_lang.currentData())
        if code == self.case.language:
            return
        swapped = any(code in entry for entry in self.case.translations.values())
        texts.set_language(self.case, code)  # versions in `code` become the originals
        self._fill_targets()
        self.refresh()
        if swapped:
            self.originals_changed.emit()
        self.edited.emit()

    def _show_summary(self, lang: str) -> None:
        """What each target language lacks, the one shown first."""
        if self.case is None or not lang:
            self.summary.clear()
            return
        codes = [self.target.itemData(i) for i in range(self.target.count())]
        codes = [lang] + [c for c in codes if c != lang]
        parts = []
        for code in codes:
            states = [s.state for s in texts.translation_status(self.case, str(code))]
            missing, review = states.count(texts.MISSING), states.count(texts.REVIEW)
            if not states:
                text = self.tr("{language}: every text is translated.")
            else:
                text = self.tr("{language}: {missing} missing, {review} to review.")
            parts.append(
                text.replace("{language}", language_name(str(code)))
                .replace("{missing}", str(missing))
                .replace("{review}", str(review))
            )
        self.summary.setText("  ".join(parts))

    def _pick(self) -> None:
        if self._loading:
            return
        row = self.table.currentIndex().row()
        items = self.model.items()
        self._set_field(items[row].path if 0 <= row < len(items) else None)

    def _set_field(self, path: texts.TextPath | None) -> None:
        self.path = path
        self._loading, was = True, self._loading
        try:
            case, lang = self.case, self.lang()
            usable = case is not None and path is not None and bool(lang)
            self.version.setEnabled(usable)
            self.review.setEnabled(usable)
            if not usable or case is None or path is None:
                self.original.clear()
                self.version.clear()
                self.review.setChecked(False)
                self.original_box.setTitle(self.tr("Original"))
                self.version_box.setTitle(self.tr("Version"))
                return
            label = texts.describe(case, path)
            self.original_box.setTitle(
                self.tr("Original ({language}): {field}")
                .replace("{language}", language_name(case.language))
                .replace("{field}", label)
            )
            self.version_box.setTitle(
                self.tr("Version ({language})").replace("{language}", language_name(lang))
            )
            self.original.setPlainText(texts.original(case, path) or "")
            found = texts.get_version(case, path, lang)
            self.version.setPlainText(found.text if found else "")
            self.review.setChecked(texts.needs_review(case, path, lang))
        finally:
            self._loading = was

    def _version_edited(self, *, typed: bool) -> None:
        """Typing makes the version current (made from the original shown); the box
        marks it for review by hand, or clears that mark."""
        if self._loading or self.case is None or self.path is None or not self.lang():
            return
        lang, path = self.lang(), self.path
        if typed and self.review.isChecked():
            self._loading = True
            self.review.setChecked(False)
            self._loading = False
        texts.set_version(
            self.case, path, lang, self.version.toPlainText(), review=self.review.isChecked()
        )
        self._update_row(path, lang)
        self.edited.emit()

    def _update_row(self, path: texts.TextPath, lang: str) -> None:
        assert self.case is not None
        states = {s.path: s.state for s in texts.translation_status(self.case, lang)}
        for item in self.model.items():
            if item.path == path:
                new = Row(item.path, item.label, item.original, states.get(path, ""))
                self.model.replace(item, new)
        self._show_summary(lang)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Originals may have changed in the other tabs."""
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.case is not None:
            self.model.retranslate()  # headers; the rows name their texts anew:
            self.refresh()
        super().changeEvent(event)
