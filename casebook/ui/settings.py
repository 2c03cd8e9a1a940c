"""Settings of the desktop application, declared once, and the dialog that edits them.

Each setting has a key, a type, a default and a translatable label; the dialog is built
from the declarations. Settings live in one INI file under `paths.config_dir()` and hold
preferences and window geometry only: never case data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook import paths
from casebook.ui import i18n

_CONTEXT = "Settings"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str  # source text; shown through QCoreApplication.translate(_CONTEXT, label)
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    # (value, label, translate the label?) for a setting chosen from a list
    choices: tuple[tuple[str, str, bool], ...] = ()

    def get(self) -> Any:
        raw = store().value(self.key, self.default)
        return _coerce(self, raw)

    def set(self, value: Any) -> None:
        store().setValue(self.key, _coerce(self, value))

    def translated_label(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.label)

    def translated_suffix(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.suffix) if self.suffix else ""


def _coerce(setting: Setting, raw: Any) -> Any:
    try:
        if setting.type is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        if setting.type is int:
            value = int(raw)
            return min(max(value, setting.minimum), setting.maximum)
        value = setting.type(raw)
        if setting.choices and value not in [c[0] for c in setting.choices]:
            return setting.default
        return value
    except (TypeError, ValueError):
        return setting.default


AUTOLOCK_MINUTES = Setting(
    "security/autolock_minutes",
    int,
    5,
    str(QT_TRANSLATE_NOOP("Settings", "Lock after this many idle minutes")),
    minimum=1,
    maximum=240,
    suffix=str(QT_TRANSLATE_NOOP("Settings", " min")),
)
LOCK_ON_SESSION_LOCK = Setting(
    "security/lock_on_session_lock",
    bool,
    True,
    str(
        QT_TRANSLATE_NOOP(
            "Settings", "Lock when the screen locks, the screen saver starts or the computer sleeps"
        )
    ),
)
REMEMBER_VAULT = Setting(
    "vault/remember_location",
    bool,
    True,
    str(QT_TRANSLATE_NOOP("Settings", "Remember where the last vault was opened")),
)

LANGUAGE = Setting(
    "ui/language",
    str,
    "",
    str(QT_TRANSLATE_NOOP("Settings", "Language")),
    # Each language by its own name, never translated: whoever cannot read the current
    # language must still find theirs.
    choices=(
        ("", str(QT_TRANSLATE_NOOP("Settings", "System default")), True),
        *((code, name, False) for code, name in i18n.LANGUAGES),
    ),
)

# What the settings dialog shows, in order.
DECLARED: tuple[Setting, ...] = (LANGUAGE, AUTOLOCK_MINUTES, LOCK_ON_SESSION_LOCK, REMEMBER_VAULT)

# Kept in the same file but not shown in the dialog (not case data either).
LAST_VAULT = Setting("vault/last_path", str, "", "")


def settings_file() -> str:
    return str(paths.config_dir() / "casebook.ini")


def store() -> QSettings:
    return QSettings(settings_file(), QSettings.Format.IniFormat)


def remember_vault(path: str) -> None:
    if REMEMBER_VAULT.get():
        LAST_VAULT.set(path)
    else:
        forget_vault()


def forget_vault() -> None:
    store().remove(LAST_VAULT.key)


class SettingsDialog(QDialog):
    """Edits every declared setting; opened with open(), applied on OK."""

    applied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casebook settings"))
        self.editors: dict[str, Callable[[], Any]] = {}
        form = QFormLayout()
        for setting in DECLARED:
            widget, read = _editor_for(setting)
            widget.setObjectName(setting.key)
            self.editors[setting.key] = read
            if isinstance(widget, QCheckBox):
                form.addRow("", widget)
            else:
                form.addRow(setting.translated_label(), widget)
        watcher = getattr(parent, "session_watcher", None)
        if watcher is not None:  # where this system cannot tell, say so under the setting
            session = QLabel(watcher.describe())
            session.setWordWrap(True)
            session.setObjectName("hint")
            form.addRow("", session)
            self.session_note = session
        self.protection_button: QPushButton | None = None
        if getattr(parent, "vault", None) is not None and hasattr(parent, "open_protection"):
            # Settings › Protection: the duress passphrase, the wipe, the panic wipe
            self.protection_button = QPushButton(self.tr("&Protection of this vault…"))
            self.protection_button.clicked.connect(parent.open_protection)  # type: ignore[union-attr]
            form.addRow(self.tr("Protection"), self.protection_button)
        note = QLabel(self.tr("Settings are kept on this computer and never contain case data."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.accepted.connect(self._apply)
        # At least as wide as the layout needs (longer in some languages), and roomy.
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def _apply(self) -> None:
        for setting in DECLARED:
            setting.set(self.editors[setting.key]())
        if not REMEMBER_VAULT.get():
            forget_vault()
        self.applied.emit()


def _editor_for(setting: Setting) -> tuple[QWidget, Callable[[], Any]]:
    if setting.choices:
        combo = QComboBox()
        for value, label, translate in setting.choices:
            combo.addItem(QCoreApplication.translate(_CONTEXT, label) if translate else label,
                          value)  # fmt: skip
        combo.setCurrentIndex(max(0, combo.findData(setting.get())))
        return combo, combo.currentData
    if setting.type is bool:
        box = QCheckBox(setting.translated_label())
        box.setChecked(bool(setting.get()))
        return box, box.isChecked
    if setting.type is int:
        spin = QSpinBox()
        spin.setRange(setting.minimum, setting.maximum)
        spin.setSuffix(setting.translated_suffix())
        spin.setValue(int(setting.get()))
        # As wide as its longest value and unit (in any language), no wider.
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return spin, spin.value
    raise TypeError(f"no editor for settings of type {setting.type.__name__}")
