"""Pseudo-localisation: every string of the interface made about 40% longer, with
accented letters, so layouts can be checked for clipped words before real translations
arrive (Russian and Kazakh run long). Placeholders (%1, %n, %L1, {name}), accelerators
(&File), HTML tags and entities stay intact, so the strings still work.

    CASEBOOK_LANGUAGE=pseudo casebook gui     (or i18n.switch("pseudo"))
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

GROWTH = 0.4
_ACCENTS = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÛûŴŵÝýŽž",
)
# Pieces kept as they are: tags and entities, %-placeholders, {format} fields, file
# name patterns of file dialogs "(*.pdf)", an accelerator with its letter, a literal &&.
_KEEP = re.compile(
    r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d+|%n|%Ln|\{[^{}]*\}|\([^()]*\*[^()]*\)|&&|&.",
)
# Qt's own strings that are settings, not words.
_UNTOUCHED_CONTEXTS = ("QGuiApplication", "QShortcut", "QKeySequence")


def pseudo(text: str) -> str:
    """`text` with accented letters and padding, ~40% longer in visible characters."""
    if not text.strip():
        return text
    core = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return lead + _longer(core) + trail


def _longer(text: str) -> str:
    parts: list[str] = []
    visible = 0
    last = 0
    for match in _KEEP.finditer(text):
        plain = text[last : match.start()]
        parts += [plain.translate(_ACCENTS), match.group(0)]
        visible += len(plain) + (1 if match.group(0).startswith("&") else 0)
        last = match.end()
    tail = text[last:]
    parts.append(tail.translate(_ACCENTS))
    visible += len(tail)
    padding = max(2, math.ceil(visible * GROWTH) - 2)
    return "[" + "".join(parts) + " " + "·" * (padding - 1) + "]"


class PseudoTranslator(QTranslator):
    """A translator that answers every question with the pseudo-localised source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context in _UNTOUCHED_CONTEXTS or not source:
            return None
        return pseudo(source)
