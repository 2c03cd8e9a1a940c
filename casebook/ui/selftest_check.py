"""The GUI part of `casebook selftest`: Qt widgets start and draw the application icon.

Run before the PDF step, so that the QApplication (not a bare QGuiApplication) is the
one the process keeps. Without a display it uses Qt's offscreen platform, so the check
never aborts the process on a server or in CI.
"""

from __future__ import annotations

import os
import sys

from casebook.resources import resource


def _platform_args() -> list[str]:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    return ["-platform", "offscreen"]


def qt_widgets(_ctx: object) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance()
    if app is None:
        app = QApplication(["casebook", *_platform_args()])
    elif not isinstance(app, QApplication):
        raise RuntimeError("a Qt application without widgets is already running here")
    pixmap = QIcon(str(resource("icons", "casebook.svg"))).pixmap(64, 64)
    if pixmap.isNull() or pixmap.toImage().pixelColor(32, 24).alpha() == 0:
        raise RuntimeError("the SVG icon does not render (is Qt's SVG plugin missing?)")
    label = QLabel("Қазақша · Русский")
    label.setPixmap(pixmap)
    if label.grab().isNull():
        raise RuntimeError("a widget cannot be drawn")
    label.deleteLater()
    return f"Qt {qVersion()} widgets start ({app.platformName()} platform); the icon renders"
