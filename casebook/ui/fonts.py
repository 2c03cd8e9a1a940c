"""Sizes that follow the interface font. Casebook is laid out for a 10 pt font; when the
font is larger (a user who needs large text sets it so in the system), sizes given in
points or pixels in style sheets scale with it, so headings stay larger than text and
the appeal preview stays readable."""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication

DESIGN_POINTS = 10.0  # the interface font size the fixed sizes were chosen for
_LENGTH = re.compile(r"\b(\d+(?:\.\d+)?)(pt|px)\b")


def font_scale() -> float:
    """The interface font size relative to the one Casebook was laid out for (>= 1)."""
    points = QGuiApplication.font().pointSizeF()
    return max(1.0, points / DESIGN_POINTS) if points > 0 else 1.0


def scale_lengths(css: str, scale: float, units: tuple[str, ...] = ("pt",)) -> str:
    """`css` with every length in `units` multiplied by `scale`."""
    if abs(scale - 1) < 0.01:
        return css

    def scaled(m: re.Match[str]) -> str:
        if m.group(2) not in units:
            return m.group(0)
        return f"{float(m.group(1)) * scale:.1f}{m.group(2)}"

    return _LENGTH.sub(scaled, css)


def scale_style_block(html: str, scale: float) -> str:
    """An HTML document with the lengths of its <style> block scaled (not its content)."""
    start, end = html.find("<style>"), html.find("</style>")
    if start < 0 or end < start or abs(scale - 1) < 0.01:
        return html
    css = scale_lengths(html[start:end], scale, ("pt", "px"))
    return html[:start] + css + html[end:]
