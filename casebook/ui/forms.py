"""Declared forms: a page lists its fields, builds its widgets from them, and implements
`load(obj)`, `validate()` and `save()` (after Picard's option pages).

    PERSON_FIELDS = [
        FieldSpec("name", QT_TRANSLATE_NOOP("forms", "Name"), required=True),
        FieldSpec("consent", QT_TRANSLATE_NOOP("forms", "Consent"), "choice", vocab.CONSENT),
    ]
    page = FormPage(PERSON_FIELDS, validator=lambda p: validate_person(p, "person"),
                    prefix="person")

Adding a field is one declaration. Validation rules live in `casebook.domain.validation`;
the page maps each `FieldError.path` to its widget and shows the message in a small red
label under the field, and as the field's accessible description.
"""

from __future__ import annotations

import copy
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.validation import FieldError, required
from casebook.domain.vocab import Vocabulary
from casebook.ui import editor_fields as fields
from casebook.ui.editor_fields import tr_spec

Validator = Callable[[Any], list[FieldError]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark `text` for translation in `context` (found by pyside6-lupdate by this name);
    translated later, when shown. Typed, unlike PySide6's own."""
    return text


ERROR_STYLE = "color: #b00020; font-size: 90%;"
PRIVATE_STYLE = "QPlainTextEdit, QLineEdit { background: #fff8e1; }"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form. `label`, `placeholder` and `help` are source strings marked
    with QT_TRANSLATE_NOOP("forms", ...) and translated when the page is built."""

    name: str  # attribute of the edited object
    label: str
    kind: str = "text"  # a key of KINDS
    vocabulary: Vocabulary | None = None
    required: bool = False
    placeholder: str = ""
    help: str = ""
    private: bool = False  # never published: the field is tinted and says so
    lines: int = 0  # height of multi-line kinds


KINDS: dict[str, Callable[[FieldSpec, QWidget | None], QWidget]] = {
    "text": fields.LineField,
    "multiline": fields.TextField,
    "choice": fields.ChoiceField,
    "country": fields.CountryField,
    "tags": fields.TagsField,
    "list": fields.ListField,
    "eventdate": fields.EventDateField,
}


def register_kind(kind: str, factory: Callable[[FieldSpec, QWidget | None], QWidget]) -> None:
    KINDS[kind] = factory


_FIRST = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*")


def field_of(path: str) -> str:
    """The top-level field a relative error path is about: 'involved[0].role' -> 'involved'."""
    m = _FIRST.match(path)
    return m.group(0) if m else ""


def relative(errors: Iterable[FieldError], prefix: str) -> list[FieldError]:
    """Errors under `prefix` ('people[2]'), with the prefix removed from their paths."""
    if not prefix:
        return list(errors)
    head = prefix + "."
    return [FieldError(e.path[len(head) :], e.message) for e in errors if e.path.startswith(head)]


def message_text(label: str, message: str) -> str:
    """A readable sentence: 'is required' under 'Title' becomes 'Title is required'."""
    if message.startswith("is "):
        template = QCoreApplication.translate("forms", "{field} {problem}")
        return template.format(field=label, problem=message)
    return message[:1].upper() + message[1:]


class FormPage(QWidget):
    """A form built from field specs over one object (a Case, a Person, an Event...)."""

    edited = Signal()  # the user changed a value (already written back when `live`)
    translate_requested = Signal(str)  # a field name: the user wants its language versions

    def __init__(
        self,
        specs: Sequence[FieldSpec],
        *,
        validator: Validator | None = None,
        prefix: str = "",
        live: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self._validator = validator
        self._prefix = prefix
        self._live = live
        self._obj: Any = None
        self._loading = False
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._titles: dict[str, str] = {}
        self._errors: dict[str, QLabel] = {}
        self._shown: list[FieldError] = []
        self._columns: dict[str, QVBoxLayout] = {}
        self._language_buttons: dict[str, QLabel] = {}
        self._language_source: Callable[[Any, str], str] | None = None
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.specs:
            self._add_row(spec)
        self._chain_tab_order()

    # --- building ---------------------------------------------------------------------

    def _add_row(self, spec: FieldSpec) -> None:
        factory = KINDS.get(spec.kind)
        if factory is None:
            raise ValueError(f"unknown field kind {spec.kind!r} for {spec.name!r}")
        widget = factory(spec, self)
        title = tr_spec(spec.label)
        label = QLabel(self._label_html(spec, title), self)
        label.setBuddy(widget.focus_chain()[0])  # type: ignore[attr-defined]
        label.setWordWrap(True)
        error = QLabel(self)
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        if spec.help:
            widget.setToolTip(tr_spec(spec.help))
            widget.setWhatsThis(tr_spec(spec.help))
        if spec.private:
            widget.setStyleSheet(PRIVATE_STYLE)
        widget.setAccessibleName(title)
        widget.edited.connect(self._on_edited)  # type: ignore[attr-defined]
        self._layout.addRow(label, box)
        self._fields[spec.name] = widget
        self._labels[spec.name] = label
        self._titles[spec.name] = title
        self._errors[spec.name] = error
        self._columns[spec.name] = column
        self._base_description(spec.name)

    def set_language_source(self, source: Callable[[Any, str], str], names: Iterable[str]) -> None:
        """Under each field of `names`, a small link naming the languages its text is in
        ('EN · RU'), from `source(obj, name)`; empty hides it. A click emits
        translate_requested(name); from the keyboard, Ctrl+Shift+T in the field does (the
        editor's action), so typing a case stays one Tab per field."""
        self._language_source = source
        for name in names:
            link = QLabel(self)
            link.setObjectName(f"languages_{name}")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            link.linkActivated.connect(lambda _href, n=name: self.translate_requested.emit(n))
            self._columns[name].addWidget(link)
            self._language_buttons[name] = link
        self.refresh_languages()

    def language_text(self, name: str) -> str:
        """The languages shown under a field ('EN · RU'), "" when none are shown."""
        link = self._language_buttons.get(name)
        return link.property("languages") or "" if link is not None else ""

    def refresh_languages(self) -> None:
        tip = QCoreApplication.translate(
            "forms", "Languages of this text: click (or Ctrl+Shift+T in the field) to translate it"
        )
        for name, link in self._language_buttons.items():
            source = self._language_source
            text = source(self._obj, name) if source and self._obj is not None else ""
            link.setProperty("languages", text)
            link.setText(f"<small><a href='#translate'>{html.escape(text)}</a></small>")
            link.setToolTip(tip)
            name_of = QCoreApplication.translate("forms", "Languages of {field}")
            link.setAccessibleName(name_of.replace("{field}", self._titles[name]))
            link.setVisible(bool(text))

    @staticmethod
    def _label_html(spec: FieldSpec, title: str) -> str:
        text = html.escape(title) + (" *" if spec.required else "")
        if spec.private:
            note = html.escape(QCoreApplication.translate("forms", "private, never published"))
            text += f"<br><small style='color:#8a5a00'>{note}</small>"
        return text

    def _chain_tab_order(self) -> None:
        chain = [w for f in self._fields.values() for w in f.focus_chain()]  # type: ignore[attr-defined]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def focus_chain(self) -> list[QWidget]:
        return [w for f in self._fields.values() for w in f.focus_chain()]  # type: ignore[attr-defined]

    def field_with_focus(self) -> str:
        """The name of the field whose widget has the keyboard focus, or ""."""
        focus = QApplication.focusWidget()
        for name, f in self._fields.items():
            if focus is not None and (focus is f or f.isAncestorOf(focus)):
                return name
        return ""

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def label(self, name: str) -> QLabel:
        return self._labels[name]

    def error_label(self, name: str) -> QLabel:
        return self._errors[name]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Labels, names, hints and shown messages again from the field specs, in the
        interface language now in use (the values stay as they are)."""
        for spec in self.specs:
            title = tr_spec(spec.label)
            widget = self._fields[spec.name]
            self._titles[spec.name] = title
            self._labels[spec.name].setText(self._label_html(spec, title))
            widget.setAccessibleName(title)
            if spec.help:
                widget.setToolTip(tr_spec(spec.help))
                widget.setWhatsThis(tr_spec(spec.help))
            if spec.placeholder and isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setPlaceholderText(tr_spec(spec.placeholder))
        self.show_errors(self._shown)
        self.refresh_languages()

    # --- load, save, validate ---------------------------------------------------------

    def load(self, obj: Any) -> None:
        self._obj = obj
        self._loading = True
        try:
            for spec in self.specs:
                self._fields[spec.name].set_value(getattr(obj, spec.name))  # type: ignore[attr-defined]
        finally:
            self._loading = False
        self.show_errors([])
        self.refresh_languages()

    def loaded(self) -> Any:
        return self._obj

    def values(self) -> dict[str, Any]:
        return {name: w.value() for name, w in self._fields.items()}  # type: ignore[attr-defined]

    def save(self) -> Any:
        """Write the shown values back into the loaded object and return it."""
        if self._obj is not None:
            for name, value in self.values().items():
                setattr(self._obj, name, value)
        return self._obj

    def validate(self) -> list[FieldError]:
        """Check the shown values (without writing them), show the messages, return them
        with paths relative to the object ('name', 'involved[0].role')."""
        if self._obj is None:
            return []
        probe = copy.copy(self._obj)
        for name, value in self.values().items():
            setattr(probe, name, value)
        errors = [
            FieldError(name, problem)
            for name, w in self._fields.items()
            for problem in w.problems()  # type: ignore[attr-defined]
        ]
        if self._validator is not None:
            errors += relative(self._validator(probe), self._prefix)
        errors += self._missing_required(probe, errors)
        self.show_errors(errors)
        return errors

    def _missing_required(self, probe: Any, errors: list[FieldError]) -> list[FieldError]:
        reported = {field_of(e.path) for e in errors}
        return [
            FieldError(s.name, required())
            for s in self.specs
            if s.required and s.name not in reported and not str(getattr(probe, s.name)).strip()
        ]

    def show_errors(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """Show messages (relative paths) next to their fields; return those with no field."""
        by_field: dict[str, list[str]] = {}
        unplaced: list[FieldError] = []
        self._shown = errors = list(errors)
        for e in errors:
            name = field_of(e.path)
            if name in self._fields:
                title = self._titles[name]
                by_field.setdefault(name, []).append(message_text(title, e.message))
            else:
                unplaced.append(e)
        for name, error in self._errors.items():
            messages = list(dict.fromkeys(by_field.get(name, [])))
            error.setText("\n".join(messages))
            error.setVisible(bool(messages))
            self._base_description(name, messages)
        return unplaced

    def _base_description(self, name: str, messages: Sequence[str] = ()) -> None:
        spec = next(s for s in self.specs if s.name == name)
        parts = [QCoreApplication.translate("forms", "Required.")] if spec.required else []
        if spec.private:
            parts.append(QCoreApplication.translate("forms", "Private: never published."))
        parts += list(messages)
        self._fields[name].setAccessibleDescription(" ".join(parts))

    def has_errors(self) -> bool:
        return any(not e.isHidden() for e in self._errors.values())

    def first_error_field(self) -> QWidget | None:
        for name, error in self._errors.items():
            if not error.isHidden():
                return self._fields[name].focus_chain()[0]  # type: ignore[attr-defined,no-any-return]
        return None

    def clear(self) -> None:
        """Forget the object and every shown value (and its undo history)."""
        self._obj = None
        self._loading = True
        try:
            for w in self._fields.values():
                w.clear_value()  # type: ignore[attr-defined]
        finally:
            self._loading = False
        self.show_errors([])
        self.refresh_languages()

    def _on_edited(self) -> None:
        if self._loading or self._obj is None:
            return
        if self._live:
            self.save()
            self.refresh_languages()
        if self.has_errors():
            self.validate()  # a fixed field loses its message as soon as it is right
        self.edited.emit()
