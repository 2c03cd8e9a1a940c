"""A new passphrase typed twice, with a strength meter and the advice of zxcvbn, a
generated passphrase on request and show/hide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
)

if TYPE_CHECKING:
    from casebook.services.passphrase import Strength


SHOW_SHORTCUT = "Ctrl+Shift+H"


def _eye(crossed: bool, colour: QColor) -> QIcon:
    """A small eye (crossed out: the text is shown and can be hidden again)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 2.5)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(3, 9, 26, 14))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(12, 12, 8, 8))
    if crossed:
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


class _ShowHide(QObject):
    """The show/hide button inside a passphrase field (and Ctrl+Shift+H in it). The text
    is hidden again when the field is emptied or hidden (a lock clears it)."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        colour = field.palette().color(field.foregroundRole())
        self._icons = (_eye(False, colour), _eye(True, colour))
        self.action = QAction(field)
        self.action.setCheckable(True)
        # Ctrl+Shift+H is read by the field itself (see eventFilter), not registered as a
        # shortcut: every passphrase field of a window has its own.
        self.action.toggled.connect(self._toggled)
        field.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        field.textChanged.connect(lambda text: None if text else self.action.setChecked(False))
        field.installEventFilter(self)
        self._toggled(False)

    def _toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.action.setIcon(self._icons[1] if shown else self._icons[0])
        self._retranslate()

    def _retranslate(self) -> None:
        shown = self.action.isChecked()
        text = self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        self.action.setText(text)
        native = QKeySequence(SHOW_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{text} ({native})")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == QKeySequence(SHOW_SHORTCUT)
        ):
            self.action.toggle()
            return True
        if event.type() == QEvent.Type.Hide:
            self.action.setChecked(False)
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def show_hide(field: QLineEdit) -> QAction:
    """Give a passphrase field its show/hide button; returns the (checkable) action."""
    found = field.findChild(_ShowHide)
    helper = found if isinstance(found, _ShowHide) else _ShowHide(field)
    return helper.action


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setDragEnabled(False)  # the passphrase is not dragged anywhere
    show_hide(field)
    return field


def suggestion_language() -> str:
    """Generated passphrases are in the language of the interface where there is a word
    list for it, else in English."""
    from casebook.ui import i18n

    code = i18n.lang()
    return code if code in ("en", "ru", "kk") else "en"


class ShowAndSuggest(QObject):
    """A "Suggest a passphrase" button and a "Show" box for one or two password fields."""

    def __init__(self, fields: tuple[QLineEdit, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.suggest_button = QPushButton(self.tr("S&uggest one"))
        self.suggest_button.setToolTip(
            self.tr("Six random words from a list of 7776: about 78 bits. Write them down "
                    "until you know them by heart.")
        )  # fmt: skip
        self.show_box = QCheckBox(self.tr("S&how"))
        self.suggest_button.clicked.connect(self.suggest)
        self.show_box.toggled.connect(self._show)

    def row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addWidget(self.show_box)
        row.addStretch(1)
        return row

    def suggest(self) -> None:
        from casebook.services.passphrase import suggest

        text = suggest(suggestion_language()).passphrase
        for field in self.fields:
            field.setText(text)
        self.show_box.setChecked(True)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self.fields:
            field.setEchoMode(mode)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - reads like a widget's
        self.suggest_button.setEnabled(enabled)
        self.show_box.setEnabled(enabled)


class NewPassphraseFields(QObject):
    """Two fields, a meter and advice; `add_rows(form)` puts them into a page's form so
    its labels line up with the page's other fields. Emits `changed(acceptable)`."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self.tr("Four or five unrelated words work well"))
        self.second = password_field()
        self.meter = QProgressBar()
        self.meter.setObjectName("strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setFormat("")
        self.meter.setMaximumHeight(max(18, self.meter.fontMetrics().height()))  # text fits
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("hint")
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.advice.installEventFilter(self)  # its LanguageChange: advice in new words
        self.extras = ShowAndSuggest((self.first, self.second), self)
        self.user_inputs: tuple[str, ...] = ()  # names a guesser would try (the vault's)
        self._acceptable = False
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.advice and event.type() == QEvent.Type.LanguageChange:
            self._update()
            self._label_texts()
        return False

    def add_rows(self, form: QFormLayout) -> None:
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.first, self.second, self.meter), strict=True):
            label.setBuddy(field)
            if field is self.meter:  # Suggest and Show between the fields and the meter
                form.addRow("", self.extras.row())
            form.addRow(label, field)
        form.addRow("", self.advice)
        self._label_texts()

    def _label_texts(self) -> None:
        """Set here (and again on a language change): the same words are translated in
        other contexts too, so they are not left to the generic retranslation."""
        texts = (self.tr("Passphrase"), self.tr("Repeat it"), self.tr("Strength"))
        for label, text in zip(getattr(self, "labels", []), texts, strict=False):
            label.setText(text)

    def passphrase(self) -> str:
        return self.first.text()

    def set_user_inputs(self, *texts: str) -> None:
        """Names a guesser would try (the organisation's, the vault's people)."""
        self.user_inputs = tuple(t for t in texts if t)
        if self.first.text():
            self._update()

    def acceptable(self) -> bool:
        return self._acceptable

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - reads like a widget's
        self.first.setEnabled(enabled)
        self.second.setEnabled(enabled)
        self.extras.setEnabled(enabled)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.extras.show_box.setChecked(False)

    def _update(self) -> None:
        text = self.first.text()
        if not text:
            hint = self.tr(
                "Choose a passphrase you can remember and nobody can guess. "
                "Without it or the recovery key, nobody can open the vault: not even you."
            )
            self._show(0, "", False, hint)
            return
        # zxcvbn takes a while to import: only once someone starts typing a passphrase.
        from casebook.services.passphrase import assess

        strength = assess(text, self.user_inputs)
        matching = text == self.second.text()
        self._show(strength.score, self._score_name(strength.score), strength.acceptable,
                   self._advice(text, strength), matching)  # fmt: skip

    def _show(self, score: int, name: str, strong: bool, advice: str, match: bool = False) -> None:
        self.meter.setValue(score)
        self.meter.setFormat(name)
        self.meter.setProperty("level", "ok" if strong else "weak")
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.advice.setText(advice)
        self._acceptable = strong and match
        self.changed.emit(self._acceptable)

    def _advice(self, text: str, strength: Strength) -> str:
        # The core gives zxcvbn's advice and the time to guess in the current language.
        lines = [strength.warning] if strength.warning else []
        lines += list(strength.suggestions)
        if not strength.acceptable:
            lines.append(self.tr("This passphrase is too easy to guess."))
        elif self.second.text() and self.second.text() != text:
            lines.append(self.tr("The two entries differ."))
        elif not self.second.text():
            lines.append(self.tr("Good. Now type it again."))
        else:
            lines.append(
                self.tr("Time to guess it offline: {time}.").format(time=strength.crack_time)
            )
        return "\n".join(lines)

    def _score_name(self, score: int) -> str:
        names = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )
        return names[max(0, min(score, 4))]
