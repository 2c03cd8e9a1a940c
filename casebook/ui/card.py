"""A page with a centred card: heading, explanation and content (welcome, unlock, ...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class CardPage(QWidget):
    def __init__(self, heading: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = QFrame()
        self.card.setObjectName("card")
        chars = self.fontMetrics().averageCharWidth()  # wider with a larger font
        self.card.setMaximumWidth(max(600, 75 * chars))
        self.card.setMinimumWidth(max(460, 57 * chars))
        self.heading = QLabel(heading)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.intro = QLabel(intro)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(36, 32, 36, 32)
        self.body.setSpacing(14)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.intro)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


def link_button(text: str) -> QPushButton:
    """A flat button that looks like a link (for secondary paths)."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setObjectName("link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def message_label() -> QLabel:
    """Where a page says what went wrong, in words; empty and hidden until then."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def sentence(text: str) -> str:
    """A lower-case error line from the core ("wrong recovery key") as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
