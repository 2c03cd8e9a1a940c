"""zxcvbn's English words (passphrase advice, time to guess) in the interface language.

zxcvbn builds its advice from a fixed set of sentences (zxcvbn/feedback.py) and says how
long a guess takes as "<n> <unit>s", "less than a second" or "centuries". The sentences
are declared here so that pyside6-lupdate puts them in the catalogues (context "zxcvbn",
translated where passphrase_fields shows them); `tests/test_translations.py` checks the
list against the installed zxcvbn.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

_DECLARED = (
    QT_TRANSLATE_NOOP("zxcvbn", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("zxcvbn", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("zxcvbn", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("zxcvbn", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "zxcvbn", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid sequences."),
    QT_TRANSLATE_NOOP("zxcvbn", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid recent years."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a very common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("zxcvbn", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("zxcvbn", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("zxcvbn", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "zxcvbn", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
    # casebook.services.passphrase's own words (MIN_LENGTH is 10)
    QT_TRANSLATE_NOOP("zxcvbn", "Use at least 10 characters."),
    QT_TRANSLATE_NOOP("zxcvbn", "Enter a passphrase."),
)
ADVICE: tuple[str, ...] = tuple(str(text) for text in _DECLARED)

_COUNTED = re.compile(r"(\d+) (second|minute|hour|day|month|year)s?")


def guess_time(display: str) -> str:
    """zxcvbn's "3 hours", "less than a second" or "centuries", translated."""
    counted = _COUNTED.fullmatch(display)
    if counted is None:
        return GuessTime().fixed(display)
    return GuessTime().counted(int(counted.group(1)), counted.group(2))


class GuessTime(QObject):
    """Plural forms need tr() with a number, which lupdate reads only in a class."""

    def fixed(self, display: str) -> str:
        if display == "less than a second":
            return self.tr("less than a second")
        if display == "centuries":
            return self.tr("centuries")
        return display

    def counted(self, n: int, unit: str) -> str:
        texts = {
            "second": lambda: self.tr("%n second(s)", "", n),
            "minute": lambda: self.tr("%n minute(s)", "", n),
            "hour": lambda: self.tr("%n hour(s)", "", n),
            "day": lambda: self.tr("%n day(s)", "", n),
            "month": lambda: self.tr("%n month(s)", "", n),
            "year": lambda: self.tr("%n year(s)", "", n),
        }
        text = texts[unit]()
        if text == f"{n} {unit}(s)":  # no catalogue: zxcvbn's own English
            return f"{n} {unit}" + ("" if n == 1 else "s")
        return text
