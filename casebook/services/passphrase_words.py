"""zxcvbn's advice and the time to guess a passphrase, in the current language.

zxcvbn gives its advice in English; each sentence it can give is declared here for
translation (context "zxcvbn") and looked up when it is shown.
"""

from __future__ import annotations

from casebook.i18n import QT_TRANSLATE_NOOP, Context, translate

passphrase = Context("passphrase")

ADVICE = (
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
)


def advice(text: str) -> str:
    return translate("zxcvbn", text) if text else text


_MINUTE, _HOUR, _DAY = 60, 3600, 86400
_MONTH = 31 * _DAY  # as zxcvbn counts
_YEAR = 12 * _MONTH


def time_to_guess(seconds: float) -> str:
    """Like zxcvbn's display_time ("3 hours", "centuries"), with plural forms."""
    if seconds < 1:
        return translate("passphrase", "less than a second")
    if seconds < _MINUTE:
        return passphrase.tr("%n second(s)", "", round(seconds))
    if seconds < _HOUR:
        return passphrase.tr("%n minute(s)", "", round(seconds / _MINUTE))
    if seconds < _DAY:
        return passphrase.tr("%n hour(s)", "", round(seconds / _HOUR))
    if seconds < _MONTH:
        return passphrase.tr("%n day(s)", "", round(seconds / _DAY))
    if seconds < _YEAR:
        return passphrase.tr("%n month(s)", "", round(seconds / _MONTH))
    if seconds < 100 * _YEAR:
        return passphrase.tr("%n year(s)", "", round(seconds / _YEAR))
    return translate("passphrase", "centuries")
