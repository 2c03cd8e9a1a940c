"""The recovery key, shown once after a vault is created.

Copy puts it on the clipboard and clears the clipboard again after 30 seconds. Save as
PDF writes the one file the user asked for (rendered here with QtGui). The user must
confirm that the key is stored before going on.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from casebook.paths import documents_dir, removable_media, synced_service
from casebook.ui import dialogs
from casebook.ui.card import CardPage, message_label, show_message
from casebook.vault.fsutil import atomic_write

CLIPBOARD_SECONDS = 30


class RecoveryKeyPage(CardPage):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your recovery key"),
            self.tr(
                "If you forget the passphrase, this key is the only way back into the vault. "
                "It is shown only now. Write it on paper or save it as a PDF on a USB stick, "
                "and keep it apart from this computer: anyone who has it can open the vault."
            ),
            parent,
        )
        self._key = ""
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        self.status = message_label()
        self.pdf_dialog: QWidget | None = None
        self.synced_warning: QWidget | None = None
        self.status.setObjectName("hint")
        self.stored = QCheckBox(self.tr("I have stored the recovery key in a safe place"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.setEnabled(False)
        end = QHBoxLayout()  # the check box on a line of its own: long in some languages
        end.addStretch(1)
        end.addWidget(self.continue_button)
        for item in (self.key_label, row, self.status, self.stored, end):
            if isinstance(item, QWidget):
                self.body.addWidget(item)
            else:
                self.body.addLayout(item)
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clipboard_timer.timeout.connect(self.clear_clipboard)
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def set_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(two_lines(key))
        self.stored.setChecked(False)
        show_message(self.status, "")

    def clear(self) -> None:
        """Forget the key (after Continue, and when the vault is locked)."""
        self.clear_clipboard()
        self.clipboard_timer.stop()
        self._key = ""
        self.key_label.clear()
        self.stored.setChecked(False)
        show_message(self.status, "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.clipboard_timer.start()
        show_message(
            self.status,
            self.tr("Copied. The clipboard will be cleared in {seconds} seconds.").format(
                seconds=CLIPBOARD_SECONDS
            ),
        )

    def clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._key and clipboard.text() == self._key:
            clipboard.clear()

    def ask_pdf_path(self) -> None:
        """The dialog opens on a USB stick when one is connected (the key belongs on
        paper or removable media, apart from the laptop), else in Documents."""
        media = removable_media()
        start = media[0] if media else documents_dir()
        if media:
            show_message(self.status, self.tr("A removable drive is connected: {path}.").format(
                path=str(media[0])))  # fmt: skip
        dialog = dialogs.qt_file_dialog(
            self,
            self.tr("Save the recovery key as PDF"),
            mode="save",
            name_filter=self.tr("PDF documents (*.pdf)"),
            directory=str(start / "recovery-key.pdf"),
            default_suffix="pdf",
        )
        dialog.selectFile(str(start / "recovery-key.pdf"))
        dialog.fileSelected.connect(self.check_pdf_path)
        self.pdf_dialog = dialog
        dialog.open()

    def check_pdf_path(self, path: str) -> None:
        """A folder that a service copies to the internet is no place for the key: ask."""
        service = synced_service(path)
        if not service:
            self.save_pdf(path)
            return
        self.synced_warning = dialogs.confirm(
            self,
            self.tr("Synchronised folder"),
            self.tr(
                "{path} is in a folder synchronised with {service}: the recovery key would "
                "be copied to its servers, where anyone who gets into that account can "
                "read it. Save it on a USB stick or print it instead."
            ).format(path=path, service=service),
            self.tr("Save there anyway"),
            lambda: self.save_pdf(path),
            destructive=True,
        )

    def save_pdf(self, path: str) -> None:
        try:
            write_recovery_pdf(path, self._key, self._pdf_texts())
        except OSError as exc:
            show_message(self.status, self.tr("The PDF could not be saved: {reason}.").format(
                reason=exc.strerror or type(exc).__name__))  # fmt: skip
            return
        show_message(self.status, self.tr("Saved to {path}.").format(path=path))

    def _pdf_texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Casebook recovery key"),
            "created": self.tr("Created on {day}").format(day=date.today().isoformat()),
            "use": self.tr(
                "If the passphrase of the vault is forgotten, choose “Forgot the passphrase?” "
                "on the unlock screen and enter this key to set a new passphrase."
            ),
            "keep": self.tr(
                "Keep this page apart from the computer. Anyone who has this key can open "
                "the vault."
            ),
        }

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.clear()
            self.confirmed.emit()


def two_lines(key: str) -> str:
    """Eight groups of four on two lines of four: easier to copy by hand, and it fits."""
    groups = key.split("-")
    if len(groups) < 2:
        return key
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


def write_recovery_pdf(path: str, key: str, texts: dict[str, str]) -> None:
    """One A4 page with the key in large monospaced letters, rendered in memory and
    written atomically, readable by the user only. Raises OSError when the file cannot
    be written (QPdfWriter on a file name would fail silently)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _render_recovery_pdf(buffer, key, texts)
    buffer.close()
    atomic_write(Path(path), bytes(buffer.data().data()), mode=0o600)


def _render_recovery_pdf(buffer: QBuffer, key: str, texts: dict[str, str]) -> None:
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(texts["title"])
    writer.setCreator("Casebook")
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    e = {k: html.escape(v) for k, v in texts.items()}
    doc.setHtml(
        f"<h1>{e['title']}</h1><p>{e['created']}</p>"
        f"<p style='font-family: DejaVu Sans Mono, monospace; font-size: 16pt; white-space: pre;'>"
        f"<b>{html.escape(key)}</b></p><p>{e['use']}</p><p>{e['keep']}</p>"
    )
    doc.print_(writer)
