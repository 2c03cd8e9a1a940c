"""First start: create a vault, open an existing one, or try the demo vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casebook import paths
from casebook.ui import dialogs, tasks
from casebook.ui.card import CardPage, link_button, message_label, sentence, show_message
from casebook.ui.passphrase_fields import NewPassphraseFields
from casebook.vault.errors import VaultError
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault, is_vault


class WelcomePage(CardPage):
    createRequested = Signal()
    openRequested = Signal(str)  # path of an existing vault
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome to Casebook"),
            self.tr(
                "Casebook keeps your cases and evidence in an encrypted vault on this "
                "computer. Nothing readable is written anywhere else unless you export it."
            ),
            parent,
        )
        self.create_button = QPushButton(self.tr("Create a new vault"))
        self.create_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("Open an existing vault…"))
        self.demo_button = QPushButton(self.tr("Try the demo vault (fictional cases)"))
        self.error = message_label()
        self.busy = dialogs.busy_bar()
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(38)
            self.body.addWidget(button)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.error)
        self.create_button.clicked.connect(self.createRequested)
        self.open_button.clicked.connect(self._choose_vault)
        self.demo_button.clicked.connect(self.demoRequested)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        show_message(self.error, text)

    def _choose_vault(self) -> None:
        show_message(self.error, "")
        dialogs.file_dialog(
            self, self.tr("Open a Casebook vault"), self.open_path, mode="directory"
        )

    def open_path(self, path: str) -> None:
        if is_vault(Path(path)):
            self.openRequested.emit(path)
        else:
            show_message(
                self.error,
                self.tr("{path} is not a Casebook vault (it has no header file).").format(
                    path=path
                ),
            )


class CreateVaultPage(CardPage):
    """Location and passphrase; the vault is created off the GUI thread."""

    created = Signal(object, str)  # the unlocked Vault, the recovery key
    back = Signal()

    def __init__(self, kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Create a vault"),
            self.tr(
                "Pick where the vault lives and a passphrase to lock it. You will get a "
                "recovery key next: keep it apart from this computer."
            ),
            parent,
        )
        self.kdf = kdf  # None: calibrated on this computer, never below the floor
        self.location = QLineEdit(str(paths.default_vault()))
        choose = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(choose)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(
            self.tr("Optional; shown to partners you send cases to")
        )
        form = QFormLayout()
        location = QLabel(self.tr("Location"))
        location.setBuddy(self.location)
        form.addRow(location, row)
        form.addRow(self.tr("Organisation"), self.organisation)
        self.passphrase = NewPassphraseFields(self)
        self.passphrase.add_rows(form)
        self.organisation.textChanged.connect(self.passphrase.set_user_inputs)
        self.body.addLayout(form)
        self.busy = dialogs.busy_bar()
        self.error = message_label()
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setObjectName("primary")
        self.create_button.setEnabled(False)
        back = link_button(self.tr("Back"))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        choose.clicked.connect(self._choose_location)
        back.clicked.connect(self.back)
        self.passphrase.changed.connect(self.create_button.setEnabled)
        self.create_button.clicked.connect(self.create_vault)
        self.passphrase.second.returnPressed.connect(self.create_vault)
        self._running = False

    def set_location(self, path: Path) -> None:
        self.location.setText(str(path))

    def _choose_location(self) -> None:
        dialogs.file_dialog(
            self, self.tr("Where should the vault be?"), self._picked, mode="directory"
        )

    def _picked(self, path: str) -> None:
        chosen = Path(path)
        if chosen.is_dir() and any(chosen.iterdir()):
            chosen = chosen / paths.NEUTRAL_DIR  # a name that does not say what it holds
        self.location.setText(str(chosen))

    def _problem(self, path: Path) -> str:
        if not str(path).strip():
            return self.tr("Enter the folder where the vault should be created.")
        if is_vault(path):
            return self.tr("There is already a vault in {path}. Open it instead.").format(path=path)
        if path.exists() and not path.is_dir():
            return self.tr("{path} is a file, not a folder.").format(path=path)
        if path.is_dir() and any(path.iterdir()):
            return self.tr("{path} is not empty. Choose an empty or new folder.").format(path=path)
        return ""

    def create_vault(self) -> None:
        if self._running or not self.passphrase.acceptable():
            return
        path = Path(self.location.text().strip()).expanduser()
        problem = self._problem(path)
        show_message(self.error, problem)
        if problem:
            return
        secret, org, kdf = self.passphrase.passphrase(), self.organisation.text().strip(), self.kdf
        self._set_busy(True)
        tasks.start(
            lambda _p, _c: Vault.create(path, secret, kdf=kdf, organisation=org),
            on_done=self._done,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        self.busy.setVisible(busy)
        for widget in (self.location, self.organisation, self.create_button):
            widget.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if not busy:
            self.create_button.setEnabled(self.passphrase.acceptable())

    def _done(self, result: tuple[Vault, str]) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.organisation.clear()
        vault, recovery = result
        self.created.emit(vault, recovery)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, VaultError):
            text = sentence(str(exc))
        elif isinstance(exc, OSError):
            text = self.tr("The vault cannot be created there: {reason}.").format(
                reason=exc.strerror or type(exc).__name__
            )
        else:
            text = self.tr("The vault could not be created ({kind}).").format(
                kind=type(exc).__name__
            )
        show_message(self.error, text)
