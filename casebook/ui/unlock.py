"""Unlock with the passphrase, or with the recovery key and a new passphrase.

The key derivation runs off the GUI thread with a busy indicator. After repeated wrong
passphrases the page waits longer and longer before it accepts the next try.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from casebook.ui import dialogs, i18n, tasks
from casebook.ui.card import CardPage, link_button, message_label, sentence, show_message
from casebook.ui.passphrase_fields import NewPassphraseFields, password_field
from casebook.vault import db
from casebook.vault.errors import NotARecoveryKey, NotAVault, VaultError, WrongPassphrase
from casebook.vault.generation import RolledBack
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault


def failure_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 0, 2, 4, 8 … 60."""
    if failures < 2:
        return 0
    return min(2 ** (failures - 1), 60)


def describe_failure(exc: BaseException) -> str:
    # An explicit context, so that pyside6-lupdate files these texts where they are looked up.
    translate = QCoreApplication.translate
    if isinstance(exc, WrongPassphrase):
        return translate(
            "UnlockPage",
            "That passphrase does not open this vault. Check Caps Lock and the keyboard "
            "layout, then try again.",
        )
    if isinstance(exc, NotAVault | VaultError):
        return sentence(str(exc))
    if isinstance(exc, OSError):
        return translate("UnlockPage", "The vault cannot be read: {reason}.").format(
            reason=exc.strerror or type(exc).__name__
        )
    return translate("UnlockPage", "The vault could not be opened ({kind}).").format(
        kind=type(exc).__name__
    )


# Filed for translation by UnlockPage's own tr() below (lupdate sees literals only there).
_ATTEMPTS_LEFT = "%n wrong passphrase(s) more and the keys of this vault are destroyed."


def attempts_left(remaining: int) -> str:
    """What is said after a wrong passphrase where the vault counts them: the unlock page
    and every dialog that asks for the passphrase again say the same."""
    return QCoreApplication.translate("UnlockPage", _ATTEMPTS_LEFT, "", remaining)


def _open(
    path: Path, secret: str, read_only: bool, progress: Callable[[int, int], None] | None = None
) -> Vault:
    if read_only:
        return Vault.unlock(path, secret, read_only=True)
    if progress is None:
        return Vault.unlock(path, secret)
    with db.reporting_upgrade(progress):  # the first opening by a new version
        return Vault.unlock(path, secret)


def status_label() -> QLabel:
    """What the opening is doing when it takes long (an upgrade): a hint, not an error."""
    label = QLabel()
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.hide()
    return label


def show_upgrade(bar: QProgressBar, label: QLabel, done: int, total: int) -> None:
    """The first opening by a new version upgrades the vault: minutes on a large one.
    Say what is going on, and how far it has come, rather than a bar that only moves."""
    bar.setRange(0, total)
    bar.setValue(done)
    show_message(
        label,
        QCoreApplication.translate(
            "UnlockPage",
            "Upgrading this vault for this version of Casebook: step {step} of {total}. "
            "This is done once and can take a few minutes on a large vault. Do not close "
            "Casebook.",
        ).format(step=min(done + 1, total), total=total),
    )


def end_upgrade(bar: QProgressBar, label: QLabel) -> None:
    bar.setRange(0, 0)  # moving, until an upgrade says how far it has come
    show_message(label, "")


class UnlockPage(CardPage):
    started = Signal()  # the key derivation began
    unlocked = Signal(object)  # the Vault
    forgotRequested = Signal()
    otherVaultRequested = Signal()
    travelEndRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock Casebook"), "", parent)
        self.path: Path | None = None
        self._note = ""
        self.where = QLabel()
        self.where.setObjectName("hint")
        self.where.setWordWrap(True)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.busy = dialogs.busy_bar()
        self.status = status_label()
        self.error = message_label()
        # Shown when the database is older than its header (an old copy put back): the
        # vault can still be looked at, with nothing written and nothing tidied away.
        self.read_only_button = QPushButton(self.tr("Open read-only"))
        self.read_only_button.setToolTip(
            self.tr("Look at this copy without changing anything in it")
        )
        self.read_only_button.hide()
        self.read_only_button.clicked.connect(lambda: self.unlock(read_only=True))
        forgot = link_button(self.tr("Forgot the passphrase?"))
        other = link_button(self.tr("Open another vault…"))
        back = link_button(self.tr("End travel mode…"))
        links = QHBoxLayout()
        links.addWidget(forgot)
        links.addStretch(1)
        links.addWidget(other)
        self.body.addWidget(self.where)
        self.body.addLayout(row)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        self.body.addWidget(self.read_only_button)
        self.body.addLayout(links)
        travel = QHBoxLayout()
        travel.addWidget(back)
        travel.addStretch(1)
        self.body.addLayout(travel)
        self.failures = 0
        self._running = False
        self._attempt = 0
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.passphrase.returnPressed.connect(self.unlock)
        forgot.clicked.connect(self.forgotRequested)
        other.clicked.connect(self.otherVaultRequested)
        back.clicked.connect(self.travelEndRequested)

    def set_vault_path(self, path: Path, note: str = "") -> None:
        self.path = path
        self._note = note
        self._show_where()
        self.passphrase.clear()
        show_message(self.error, "")

    def show_note(self, text: str) -> None:
        show_message(self.error, "")
        self._note = text
        self._show_where()

    def _show_where(self) -> None:
        text = self.tr("Vault: {path}").format(path=self.path) if self.path else ""
        self.where.setText(text + ("\n" + self._note if self._note else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.path is not None:
            self._note = i18n.again(self._note)
            self._show_where()
        super().changeEvent(event)

    def focus(self) -> None:
        self.passphrase.setFocus()

    def waiting(self) -> bool:
        return self._wait_left > 0

    def unlock(self, read_only: bool = False) -> None:
        if self._running or self.waiting() or self.path is None:
            return
        secret = self.passphrase.text()
        if not secret:
            show_message(self.error, self.tr("Enter the passphrase of this vault."))
            return
        path = self.path
        self._set_busy(True)
        show_message(self.error, "")
        self._attempt += 1
        attempt = self._attempt
        self.started.emit()
        self.read_only_button.hide()
        tasks.start(
            lambda p, _c: _open(path, secret, read_only, p),
            on_done=lambda vault: self._done(vault, attempt),
            on_error=lambda exc: self._failed(exc, attempt),
            on_progress=lambda done, total: self._upgrading(done, total, attempt),
        )

    def _upgrading(self, done: int, total: int, attempt: int) -> None:
        if attempt == self._attempt:
            show_upgrade(self.busy, self.status, done, total)

    def abandon(self) -> None:
        """Forget an unlock under way (panic, quit): its vault is closed when it arrives."""
        self._attempt += 1
        self._set_busy(False)
        self.passphrase.clear()

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        end_upgrade(self.busy, self.status)
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy and not self.waiting())
        self.unlock_button.setEnabled(not busy and not self.waiting())

    def _done(self, vault: Vault, attempt: int) -> None:
        if attempt != self._attempt:
            vault.close()
            return
        self._set_busy(False)
        self.failures = 0
        self.passphrase.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException, attempt: int) -> None:
        if attempt != self._attempt:
            return
        self._set_busy(False)
        text = describe_failure(exc)
        if isinstance(exc, WrongPassphrase) and exc.remaining is not None:
            text += " " + self.tr(
                "%n wrong passphrase(s) more and the keys of this vault are destroyed.",
                "",
                exc.remaining,
            )
        self.read_only_button.setVisible(isinstance(exc, RolledBack))
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            self.passphrase.selectAll()
            delay = failure_delay(self.failures)
            if delay:
                self._start_wait(delay)
        show_message(self.error, text)
        self.passphrase.setFocus()

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self._set_busy(False)
        self._show_wait()
        self._wait_timer.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self._wait_left = 0
            self._set_busy(False)
            self.unlock_button.setText(self.tr("Unlock"))
            self.passphrase.setFocus()
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        self.unlock_button.setText(self.tr("Wait {seconds} s").format(seconds=self._wait_left))


class ForgotPage(CardPage):
    """Unlock with the recovery key, then set a new passphrase before going on."""

    unlocked = Signal(object)
    back = Signal()

    def __init__(self, kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reset the passphrase"),
            self.tr(
                "Enter the recovery key you were given when the vault was created, and "
                "choose a new passphrase. The recovery key stays the same."
            ),
            parent,
        )
        self.kdf = kdf
        self.path: Path | None = None
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setObjectName("recoveryInput")
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.recovery)
        self.passphrase = NewPassphraseFields(self)
        self.passphrase.add_rows(form)
        self.body.addLayout(form)
        self.busy = dialogs.busy_bar()
        self.status = status_label()
        self.error = message_label()
        self.reset_button = QPushButton(self.tr("Unlock and set the new passphrase"))
        self.reset_button.setObjectName("primary")
        self.reset_button.setEnabled(False)
        back = link_button(self.tr("Back"))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self._running = False
        self._attempt = 0
        self.passphrase.changed.connect(self._update)
        self.recovery.textChanged.connect(self._update)
        self.reset_button.clicked.connect(self.reset)
        back.clicked.connect(self._back)

    def set_vault_path(self, path: Path) -> None:
        self.path = path
        self.clear()

    def clear(self) -> None:
        self.recovery.clear()
        self.passphrase.clear()
        show_message(self.error, "")

    def _back(self) -> None:
        self.clear()
        self.back.emit()

    def _update(self, *_: object) -> None:
        ready = self.passphrase.acceptable() and bool(self.recovery.text().strip())
        self.reset_button.setEnabled(ready and not self._running)

    def reset(self) -> None:
        if self._running or self.path is None or not self.reset_button.isEnabled():
            return
        path, key, kdf = self.path, self.recovery.text(), self.kdf
        new = self.passphrase.passphrase()
        self._set_busy(True)
        show_message(self.error, "")
        self._attempt += 1
        attempt = self._attempt
        tasks.start(
            lambda p, _c: _recover(path, key, new, kdf, p),
            on_done=lambda vault: self._done(vault, attempt),
            on_error=lambda exc: self._failed(exc, attempt),
            on_progress=lambda done, total: self._upgrading(done, total, attempt),
        )

    def _upgrading(self, done: int, total: int, attempt: int) -> None:
        if attempt == self._attempt:
            show_upgrade(self.busy, self.status, done, total)

    def abandon(self) -> None:
        """Forget a reset under way; the new passphrase is set, its vault closed."""
        self._attempt += 1
        self._set_busy(False)
        self.clear()

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        end_upgrade(self.busy, self.status)
        self.busy.setVisible(busy)
        self.recovery.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self._update()

    def _done(self, vault: Vault, attempt: int) -> None:
        if attempt != self._attempt:
            vault.close()
            return
        self._set_busy(False)
        self.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException, attempt: int) -> None:
        if attempt != self._attempt:
            return
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            text = sentence(str(exc)) if isinstance(exc, NotARecoveryKey) else self.tr(
                "That recovery key does not open this vault.")  # fmt: skip
        else:
            text = describe_failure(exc)
        show_message(self.error, text)


def _recover(
    path: Path,
    key: str,
    new_passphrase: str,
    kdf: KdfParams | None,
    progress: Callable[[int, int], None] | None = None,
) -> Vault:
    if progress is None:
        vault = Vault.unlock_with_recovery(path, key)
    else:
        with db.reporting_upgrade(progress):  # the first opening by a new version
            vault = Vault.unlock_with_recovery(path, key)
    try:
        vault.change_passphrase(new_passphrase, kdf)
    except BaseException:
        vault.close()
        raise
    return vault
