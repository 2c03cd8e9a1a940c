"""Start the desktop application: `casebook`, `casebook gui` and `make run` end up here."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from casebook import paths
from casebook.process import harden_process
from casebook.resources import resources_dir
from casebook.ui import i18n
from casebook.ui.fonts import DESIGN_POINTS, scale_lengths


def private_settings_paths() -> None:
    """Qt's own settings (the file dialog's) go to Casebook's config dir, not to a file
    shared with every other Qt program."""
    config = paths.config_dir()
    config.mkdir(parents=True, exist_ok=True, mode=0o700)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))


def stylesheet(font_points: float = DESIGN_POINTS) -> str:
    """The application's style sheet, its font sizes scaled to the interface font (a
    heading stays larger than the text when the system font is made larger)."""
    path = resources_dir() / "style" / "casebook.qss"
    text = path.read_text("utf-8") if path.is_file() else ""
    return scale_lengths(text, max(1.0, font_points / DESIGN_POINTS))


def interface_language() -> str:
    """The language chosen in the settings ("": the system's); CASEBOOK_LANGUAGE overrides
    it for one run (a language code, or "pseudo" for pseudo-localised screenshots)."""
    from casebook.ui import settings

    return os.environ.get("CASEBOOK_LANGUAGE") or str(settings.LANGUAGE.get())


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or ["casebook"])
    app.setApplicationName("Casebook")
    app.setOrganizationName("Casebook")
    private_settings_paths()
    i18n.install(app, interface_language())
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), DESIGN_POINTS))
    app.setFont(font)
    icon = resources_dir() / "icons" / "casebook.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style = stylesheet(font.pointSizeF())
    if app.styleSheet() != style:  # setting it again would restyle every widget
        app.setStyleSheet(style)
    return app


def run_gui(args: argparse.Namespace) -> int:
    harden_process()
    app = make_application(sys.argv[:1])
    from casebook.ui.main_window import MainWindow

    vault = getattr(args, "vault", None)
    window = MainWindow(Path(vault).expanduser() if vault else None)
    window.show()
    _close_on_signals(window)
    return int(app.exec())


def _close_on_signals(window: QApplication | object) -> None:
    """Ctrl+C or SIGTERM lock the vault and quit, as closing the window does."""

    def handler(_signum: int, _frame: object) -> None:
        close = getattr(window, "close", None)
        if close:
            close()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
    timer = QTimer(QApplication.instance())
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers
    timer.start(500)
