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
from casebook.domain.model import Case, Version
from casebook.services.appeals.library import phrases
from casebook.services.texts import EvidenceText
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
        # Evidence descriptions live outside the case: shown from `set_evidence`, and
        # versions typed for them wait in `staged` until the editor saves (store_evidence).
        self._evidence: dict[str, EvidenceText] = {}
        self.staged: dict[tuple[str, str], Version | None] = {}
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
            # Drawn text can be a few pixels wider than the metrics QLabel sizes itself by
            # (hinting), and the label clips to its width: one space more keeps the last
            # letter whole at any font size.
            label.setMinimumWidth(
                label.sizeHint().width() + label.fontMetrics().horizontalAdvance(" ")
            )
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
        self._evidence, self.staged = {}, {}
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
        self._evidence, self.staged = {}, {}
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
        rows = rows_for(self.case, lang) + self._evidence_rows(lang) if lang else []
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

    def set_evidence(self, items: list[EvidenceText]) -> None:
        """The case's evidence descriptions (from the vault) and their stored versions."""
        self._evidence = {item.id: item for item in items}
        self.staged = {k: v for k, v in self.staged.items() if k[0] in self._evidence}
        self.refresh()

    def has_evidence_edits(self) -> bool:
        return bool(self.staged)

    def forget_evidence_edits(self) -> None:
        self.staged = {}

    def evidence_edits(self) -> dict[tuple[str, str], Version | None]:
        """(evidence id, language) -> the version to keep (None: remove it)."""
        return dict(self.staged)

    # --- internals ----------------------------------------------------------------------

    def _evidence_item(self, path: texts.TextPath) -> EvidenceText | None:
        return self._evidence.get(path.id) if path.kind == "evidence" else None

    def _version_of(self, path: texts.TextPath, lang: str) -> Version | None:
        item = self._evidence_item(path)
        if item is None:
            return texts.get_version(self.case, path, lang) if self.case else None
        if (item.id, lang) in self.staged:
            return self.staged[(item.id, lang)]
        return item.versions.get(lang)

    def _state(self, path: texts.TextPath, lang: str) -> str:
        item = self._evidence_item(path)
        if item is None:
            return ""
        version = self._version_of(path, lang)
        if version is None:
            return texts.MISSING
        stale = version.original_hash != texts.text_hash(item.description)
        return texts.REVIEW if version.review or stale else ""

    def _evidence_rows(self, lang: str) -> list[Row]:
        if self.case is None or lang == self.case.language:
            return []
        return [
            Row(item.path, item.label(), item.description, self._state(item.path, lang))
            for item in self._evidence.values()
        ]

    def _states(self, lang: str) -> list[str]:
        assert self.case is not None
        states = [s.state for s in texts.translation_status(self.case, lang)]
        return states + [r.state for r in self._evidence_rows(lang) if r.state]

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
            states = self._states(str(code))
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
            item = self._evidence_item(path)
            label = item.label() if item else texts.describe(case, path)
            self.original_box.setTitle(
                self.tr("Original ({language}): {field}")
                .replace("{language}", language_name(case.language))
                .replace("{field}", label)
            )
            self.version_box.setTitle(
                self.tr("Version ({language})").replace("{language}", language_name(lang))
            )
            original = item.description if item else texts.original(case, path) or ""
            self.original.setPlainText(original)
            found = self._version_of(path, lang)
            self.version.setPlainText(found.text if found else "")
            review = self._state(path, lang) == texts.REVIEW if item else (
                texts.needs_review(case, path, lang)
            )  # fmt: skip
            self.review.setChecked(review)
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
        text, review = self.version.toPlainText(), self.review.isChecked()
        item = self._evidence_item(path)
        if item is not None:
            version = Version(text, texts.text_hash(item.description), review)
            self.staged[(item.id, lang)] = version if text.strip() else None
            if self.staged[(item.id, lang)] == item.versions.get(lang):
                del self.staged[(item.id, lang)]  # back to what is stored
        else:
            texts.set_version(self.case, path, lang, text, review=review)
        self._update_row(path, lang)
        self.edited.emit()

    def _update_row(self, path: texts.TextPath, lang: str) -> None:
        assert self.case is not None
        states = {s.path: s.state for s in texts.translation_status(self.case, lang)}
        for item in self.model.items():
            if item.path == path:
                state = self._state(path, lang) if path.kind == "evidence" else states.get(path, "")
                self.model.replace(item, Row(item.path, item.label, item.original, state))
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
