"""Render the application icon (resources/icons/casebook.svg) to PNG with Qt.

The SVG is the only source; the PNGs are build products (like the .qm translations),
written to DEST/hicolor/NxN/apps/APP_ID.png in the freedesktop icon theme layout:

    python packaging/render_icons.py build/icons
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "org.casebook.Casebook"
SIZES = (48, 128, 256)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "casebook.svg"


def render(svg: Path, size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out


def png_path(dest: Path, size: int) -> Path:
    return dest / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_all(dest: Path, svg: Path = SOURCE) -> dict[int, Path]:
    """PNGs of every size in SIZES under `dest`; returns {size: path}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt set up
    return {size: render(svg, size, png_path(dest, size)) for size in SIZES}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    for size, path in render_all(target).items():
        print(f"{size}x{size}: {path}")
