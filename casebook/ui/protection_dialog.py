"""Vault › Protection…: the duress passphrase and the wipe after wrong passphrases,
explained in plain words. Every change asks for the current passphrase; the key
derivation runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casebook.ui import tasks
from casebook.ui.card import message_label, sentence, show_message
from casebook.ui.dialogs import busy_bar, confirm
from casebook.ui.passphrase_fields import ShowAndSuggest, password_field
from casebook.ui.unlock import attempts_left
from casebook.vault import protection
from casebook.vault.errors import WrongPassphrase
from casebook.vault.keys import KdfParams


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


class ProtectionDialog(QDialog):
    changed = Signal()

    def __init__(self, vault: Any, kdf: KdfParams | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protection"))
        self.vault, self.kdf = vault, kdf
        self.current = password_field()
        self.current.setAccessibleName(self.tr("Current passphrase"))
        current_row = QFormLayout()
        current_label = QLabel(self.tr("&Current passphrase"))
        current_label.setBuddy(self.current)
        current_row.addRow(current_label, self.current)

        duress_box = QGroupBox(self.tr("Duress passphrase"))
        self.duress_state = QLabel()
        self.duress = password_field()
        self.duress.setAccessibleName(self.tr("Duress passphrase"))
        self.duress_again = password_field()
        self.duress_again.setAccessibleName(self.tr("Repeat the duress passphrase"))
        self.extras = ShowAndSuggest((self.duress, self.duress_again), self)
        self.show_duress = self.extras.show_box
        self.understood = QCheckBox(
            self.tr("I understand: then only a backup brings the cases back")
        )
        self.set_duress_button = QPushButton(self.tr("&Set duress passphrase"))
        self.remove_duress_button = QPushButton(self.tr("&Remove duress passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Duress passphrase"), self.duress)
        form.addRow(self.tr("Repeat it"), self.duress_again)
        form.addRow("", self.extras.row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_duress_button)
        buttons.addWidget(self.remove_duress_button)
        buttons.addStretch(1)
        box = QVBoxLayout(duress_box)
        box.addWidget(
            _note(
                self.tr(
                    "A second passphrase for when you are forced to open the vault. Typed "
                    "instead of your passphrase, anywhere the passphrase is asked, it "
                    "destroys the keys of this vault at once and opens an empty vault, with "
                    "no message. From then on neither your passphrase nor the recovery key "
                    "opens the cases: only a backup made before and kept somewhere else "
                    "brings them back."
                )
            )
        )
        box.addWidget(self.duress_state)
        box.addLayout(form)
        box.addWidget(self.understood)
        box.addLayout(buttons)

        wipe_box = QGroupBox(self.tr("Wrong passphrases"))
        self.wipe = QComboBox()
        self.wipe.setAccessibleName(self.tr("Destroy the keys after"))
        self.wipe.addItem(self.tr("Never"), 0)
        for n in (5, 10, 20):
            self.wipe.addItem(self.tr("After {n} wrong passphrases in a row").format(n=n), n)
        self.wipe_button = QPushButton(self.tr("&Apply"))
        self.wipe_state = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.wipe, 1)
        row.addWidget(self.wipe_button)
        wipe_layout = QVBoxLayout(wipe_box)
        wipe_layout.addWidget(
            _note(
                self.tr(
                    "Destroy the keys of this vault after several wrong passphrases in a row, "
                    "as if the duress passphrase had been typed. The unlock screen says how "
                    "many tries are left after the first mistake. A good unlock starts the "
                    "count again. Only a backup made before brings the cases back."
                )
            )
        )
        wipe_layout.addWidget(self.wipe_state)
        wipe_layout.addLayout(row)

        panic_box = QGroupBox(self.tr("Panic key"))
        self.panic = QCheckBox(self.tr("The panic key also destroys the keys"))
        self.panic_button = QPushButton(self.tr("A&pply"))
        panic_row = QHBoxLayout()
        panic_row.addWidget(self.panic, 1)
        panic_row.addWidget(self.panic_button)
        panic_layout = QVBoxLayout(panic_box)
        panic_layout.addWidget(
            _note(
                self.tr(
                    "The panic key (Ctrl+Shift+L) hides every window and locks the vault. With "
                    "this on, it "
                    "also destroys the keys, at once and without asking: only a backup made "
                    "before brings the cases back."
                )
            )
        )
        panic_layout.addLayout(panic_row)

        self.busy = busy_bar(self)
        self.message = message_label()
        self.outcome = _note("")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(self.tr("Type the passphrase you use now to change any of these protections."))
        )
        layout.addLayout(current_row)
        boxes = QWidget()
        inner = QVBoxLayout(boxes)
        inner.setContentsMargins(0, 0, 0, 0)
        for group in (duress_box, wipe_box, panic_box):
            inner.addWidget(group)
        scroll = QScrollArea()  # with large fonts the three boxes need more than the height
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(boxes)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self._running = False
        for signal in (self.current.textChanged, self.duress.textChanged,
                       self.duress_again.textChanged, self.understood.toggled,
                       self.wipe.currentIndexChanged, self.panic.toggled):  # fmt: skip
            signal.connect(self._update)
        self.set_duress_button.clicked.connect(self.set_duress)
        self.remove_duress_button.clicked.connect(self.remove_duress)
        self.wipe_button.clicked.connect(self.apply_wipe)
        self.panic_button.clicked.connect(self.apply_panic)
        self._refresh()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        wanted = boxes.heightForWidth(self.minimumWidth()) + 12 * self.fontMetrics().height()
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(self.minimumWidth(), min(wanted, int(screen * 0.9)))

    # --- state ------------------------------------------------------------------------

    def _refresh(self) -> None:
        state = protection.status(self.vault)
        self.state = state
        self.duress_state.setText(
            self.tr("A duress passphrase is set.")
            if state.duress
            else self.tr("No duress passphrase is set.")
        )
        self.wipe.setCurrentIndex(max(0, self.wipe.findData(state.wipe_after)))
        self.panic_on = protection.panic_wipe_enabled(self.vault)
        self.panic.setChecked(self.panic_on)
        self.wipe_state.setText(
            self.tr("Now: the keys are destroyed after {n} wrong passphrases in a row.").format(
                n=state.wipe_after
            )
            if state.wipe_after
            else self.tr("Now: wrong passphrases never destroy the keys.")
        )
        self._update()

    def _update(self, *_: object) -> None:
        idle = not self._running and bool(self.current.text())
        duress = self.duress.text()
        self.set_duress_button.setEnabled(
            idle and bool(duress) and duress == self.duress_again.text()
            and self.understood.isChecked()
        )  # fmt: skip
        self.remove_duress_button.setEnabled(idle and self.state.duress)
        self.wipe_button.setEnabled(idle and self.wipe.currentData() != self.state.wipe_after)
        self.panic_button.setEnabled(idle and self.panic.isChecked() != self.panic_on)

    # --- actions ----------------------------------------------------------------------

    def set_duress(self) -> None:
        vault, kdf, current, duress = self.vault, self.kdf, self.current.text(), self.duress.text()
        self._run(
            lambda: protection.set_duress(vault, current, duress, kdf),
            self.tr("The duress passphrase is set. Keep a backup somewhere else."),
        )

    def remove_duress(self) -> None:
        vault, current = self.vault, self.current.text()
        self._run(
            lambda: protection.remove_duress(vault, current),
            self.tr("The duress passphrase is removed."),
        )

    def apply_wipe(self) -> None:
        vault, current, n = self.vault, self.current.text(), int(self.wipe.currentData())
        self._run(
            lambda: protection.set_wipe_after(vault, current, n),
            self.tr("Saved."),
        )

    def apply_panic(self) -> None:
        vault, current, on = self.vault, self.current.text(), self.panic.isChecked()

        def run() -> None:
            self._run(
                lambda: protection.set_panic_wipe(vault, current, on),
                self.tr("Saved."),
            )

        if not on:
            run()
            return
        confirm(
            self,
            self.tr("Panic wipe"),
            self.tr(
                "From now on the panic key destroys the keys of this vault at once, without "
                "asking. Only a backup made before brings the cases back. Turn it on?"
            ),
            self.tr("Turn on panic wipe"),
            run,
            destructive=True,
        )

    def _run(self, work: Callable[[], object], done: str) -> None:
        if self._running:
            return
        self._set_busy(True)
        show_message(self.message, "")
        self.outcome.setText("")
        tasks.start(
            lambda _p, _c: work(), on_done=lambda _r: self._done(done), on_error=self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        self.busy.setVisible(busy)
        self._update()

    def _done(self, text: str) -> None:
        if not self.isVisible():
            return
        self._set_busy(False)
        self.duress.clear()
        self.duress_again.clear()
        self.understood.setChecked(False)
        self.show_duress.setChecked(False)
        self._refresh()
        self.outcome.setText(text)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if not self.isVisible():
            return
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            text = self.tr("The current passphrase is not right. Nothing was changed.")
            if exc.remaining is not None:  # the vault counts wrong passphrases
                text += " " + attempts_left(exc.remaining)
            self.current.selectAll()
            self.current.setFocus()
        else:
            text = sentence(str(exc)) + " " + self.tr("Nothing was changed.")
        show_message(self.message, text)

    def done(self, result: int) -> None:  # noqa: D102 - also reached by lock's close()
        for field in (self.current, self.duress, self.duress_again):
            field.clear()
        super().done(result)
