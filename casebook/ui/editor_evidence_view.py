"""Details of one evidence item: what it is, its metadata, its custody log, a preview."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.ui import formats
from casebook.ui.editor_evidence_details import DetailsEditor
from casebook.ui.editor_models import Column, ObjectTableModel, make_proxy
from casebook.ui.editor_preview import Preview
from casebook.ui.forms import QT_TRANSLATE_NOOP
from casebook.ui.retranslate import shows_data


def _details_text(details: Any) -> str:
    if isinstance(details, dict):
        return "; ".join(f"{k}: {_value_text(v)}" for k, v in details.items())
    if isinstance(details, str):
        try:
            return _details_text(json.loads(details)) if details.startswith("{") else details
        except ValueError:
            return details
    return str(details)


def _value_text(value: Any) -> str:
    """A list as words ('source, description'); ids of 36 characters as their first 8."""
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        return value[:8]
    return str(value)


def evidence_model(parent: Any) -> ObjectTableModel:
    return ObjectTableModel(
        [
            Column(QT_TRANSLATE_NOOP("models", "Name"), lambda e: e.original_name),
            Column(QT_TRANSLATE_NOOP("models", "Type"), lambda e: e.media_type),
            Column(
                QT_TRANSLATE_NOOP("models", "Size"),
                lambda e: formats.data_size(e.size),
                sort=lambda e: e.size,
                right=True,
            ),
            Column(QT_TRANSLATE_NOOP("models", "SHA-256"), lambda e: e.sha256[:12]),
            Column(
                QT_TRANSLATE_NOOP("models", "Imported"),
                lambda e: formats.datetime_text(e.imported_at),
                sort=lambda e: e.imported_at,
            ),
        ],
        parent,
    )


def custody_model(parent: Any) -> ObjectTableModel:
    return ObjectTableModel(
        [
            Column(
                QT_TRANSLATE_NOOP("models", "#"),
                lambda c: str(c.seq),
                sort=lambda c: c.seq,
                right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("models", "Time"),
                lambda c: formats.datetime_text(c.time),
                sort=lambda c: c.time,
            ),
            Column(QT_TRANSLATE_NOOP("models", "Action"), lambda c: custody_action(c.action)),
            Column(QT_TRANSLATE_NOOP("models", "By"), lambda c: c.actor),
            Column(QT_TRANSLATE_NOOP("models", "Details"), lambda c: _details_text(c.details)),
        ],
        parent,
    )


# The actions of the custody log (casebook.vault.custody.ACTIONS), in words.
CUSTODY_ACTIONS = {
    "imported": QT_TRANSLATE_NOOP("custody", "imported"),
    "received": QT_TRANSLATE_NOOP("custody", "received from a partner"),
    "described": QT_TRANSLATE_NOOP("custody", "described"),
    "opened": QT_TRANSLATE_NOOP("custody", "opened"),
    "exported": QT_TRANSLATE_NOOP("custody", "exported"),
    "bundled": QT_TRANSLATE_NOOP("custody", "put in a bundle"),
    "deleted": QT_TRANSLATE_NOOP("custody", "deleted"),
}


def custody_action(action: str) -> str:
    """A custody action in the interface language (one not known here as it is)."""
    text = CUSTODY_ACTIONS.get(action)
    return QCoreApplication.translate("custody", text) if text else action


def metadata_model(parent: Any) -> ObjectTableModel:
    return ObjectTableModel(
        [
            Column(QT_TRANSLATE_NOOP("models", "Field"), lambda kv: str(kv[0])),
            Column(QT_TRANSLATE_NOOP("models", "Value"), lambda kv: str(kv[1])),
        ],
        parent,
    )


def read_only_table(
    proxy: QSortFilterProxyModel,
    name: str,
    parent: QWidget,
    *,
    sort: tuple[int, Qt.SortOrder] | None,
) -> QTableView:
    """A read-only table over `proxy`. With `sort` the user may sort it (starting with
    that column and order); without, the model's order stays (metadata: GPS first)."""
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    if sort is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(*sort)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMaximumSectionSize(360)
    return view


class FitImage(QLabel):
    """An image shown whole: scaled down to the space it has, never up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(64, 64)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_image(self, pixmap: QPixmap) -> None:
        self.source = pixmap
        self._fit()

    def clear_image(self) -> None:
        self.source = QPixmap()
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.source.isNull():
            self.clear()
            return
        box = self.source.size().boundedTo(self.size())
        self.setPixmap(
            self.source.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


class EvidenceDetails(QWidget):
    """What the tab shows about the chosen item. Holds no bytes after `clear()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: Any = None
        self.values: dict[str, QLabel | QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, title in (
            ("name", self.tr("Name")),
            ("type", self.tr("Type")),
            ("size", self.tr("Size")),
            ("sha256", self.tr("SHA-256")),
            ("imported", self.tr("Imported")),
        ):
            value: QLabel | QLineEdit
            if key == "sha256":  # one long word: scrolls and copies whole
                value = QLineEdit(self)
                value.setReadOnly(True)
                value.setFrame(False)
                value.setAccessibleName(title)
                form.addRow(self._buddy(title, value), value)
                self.values[key] = value
                continue
            value = QLabel(self)
            shows_data(value)
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            form.addRow(self._buddy(title, value), value)
            self.values[key] = value
        self.editor = DetailsEditor(self)
        self.preview_button = QPushButton(self.tr("Show preview"), self)
        self.preview_button.setToolTip(self.tr("Decrypts the file in memory; logged as viewed."))
        self.preview_image = FitImage(self)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.preview_text.hide()
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        self.metadata = metadata_model(self)
        self.custody = custody_model(self)
        self._build(form)

    def _buddy(self, title: str, value: QWidget) -> QLabel:
        label = QLabel(title, self)
        label.setObjectName("fact")
        label.setBuddy(value)
        return label

    def _build(self, form: QFormLayout) -> None:
        preview = QWidget(self)
        column = QVBoxLayout(preview)
        column.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.preview_image, 1)
        column.addWidget(self.preview_text, 1)
        column.addWidget(self.preview_note)
        self.sub_tabs = QTabWidget(self)
        self.sub_tabs.tabBar().setUsesScrollButtons(False)  # every tab stays in view
        self.sub_tabs.addTab(preview, self.tr("Preview"))
        self.sub_tabs.addTab(
            read_only_table(make_proxy(self.metadata, self), self.tr("Metadata"), self, sort=None),
            self.tr("Metadata"),
        )
        self.sub_tabs.addTab(
            read_only_table(
                make_proxy(self.custody, self),
                self.tr("Custody log"),
                self,
                sort=(0, Qt.SortOrder.AscendingOrder),
            ),
            self.tr("Custody log"),
        )
        QWidget.setTabOrder(self.sub_tabs, self.preview_button)  # the tabs are above it
        self.content = QWidget(self)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.editor)
        self._align_labels()
        inner.addWidget(self.sub_tabs, 1)
        self.nothing = QLabel(
            self.tr("Choose an item to see its details, preview and custody log.")
        )
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.nothing, 1)

    def _align_labels(self) -> None:
        """The facts above and the editable details below share one column of labels."""
        labels = self.findChildren(QLabel, "fact") + self.editor.labels()
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def show_item(
        self,
        item: Any,
        events: dict[str, str],
        custody: list[Any],
        metadata: list[tuple[str, str]],
    ) -> None:
        self.clear_preview()
        self._item = item
        self.content.setVisible(item is not None)
        self.nothing.setVisible(item is None)
        self.editor.set_events(events)
        if item is None:
            for value in self.values.values():
                value.setText("")
            self.editor.forget()
            self.metadata.set_items([])
            self.custody.set_items([])
            return
        self.values["name"].setText(item.original_name)
        self.values["type"].setText(item.media_type)
        sha = self.values["sha256"]
        sha.setText(item.sha256)
        if isinstance(sha, QLineEdit):
            sha.setCursorPosition(0)  # the hash shown from its start
        self._write_facts(item)
        if not (self.editor.is_dirty() and self.editor.item.id == item.id):
            self.editor.load(item)  # (pending edits of this very item stay, as on a reload)
        self.metadata.set_items(list(metadata))
        self.custody.set_items(list(custody))

    def retranslate(self, events: dict[str, str]) -> None:
        """What is written in the interface language: size, time, the events' names (the
        edited details stay as they are), and labels as wide as the new words."""
        self.editor.set_events(events)
        self._align_labels()
        if self._item is not None:
            self._write_facts(self._item)

    def _write_facts(self, item: Any) -> None:
        self.values["size"].setText(
            self.tr("{0} ({1} bytes)").format(
                formats.data_size(item.size), formats.number(item.size)
            )
            if item.size >= 1024
            else formats.data_size(item.size)  # "5 bytes (5 bytes)" says it twice
        )
        by = f" — {item.imported_by}" if item.imported_by else ""
        self.values["imported"].setText(formats.datetime_text(item.imported_at) + by)

    def set_custody(self, custody: list[Any]) -> None:
        self.custody.set_items(list(custody))

    def show_preview(self, preview: Preview) -> None:
        self.clear_preview()
        if preview.kind == "image" and preview.image is not None:
            pixmap = QPixmap.fromImage(preview.image)
            self.preview_image.set_image(pixmap)
            self.preview_image.setAccessibleName(self.tr("Preview image"))
        elif preview.kind == "text":
            self.preview_text.setPlainText(preview.text)
            self.preview_text.show()
        self.preview_note.setText(preview.note)
        self.sub_tabs.setCurrentIndex(0)

    def clear_preview(self) -> None:
        self.preview_image.clear_image()
        self.preview_image.setAccessibleName("")
        self.preview_text.setPlainText("")
        self.preview_text.hide()
        self.preview_note.setText("")

    def has_preview(self) -> bool:
        has_image = not self.preview_image.source.isNull()
        return has_image or bool(self.preview_text.toPlainText())
