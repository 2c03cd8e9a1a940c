"""What the strength check must know about passphrases typed in Russian and Kazakh.

zxcvbn knows English words and the QWERTY keyboard. A passphrase is also scored in the
forms a guesser tries: the keys it was typed with (йцукен is qwerty on the Russian and
Kazakh layouts, әіңғ is 2345 on the Kazakh one), the Cyrillic that Latin keys give with a
Cyrillic layout active (gfhjkm is пароль), and a Latin transliteration; and against common
Russian and Kazakh passwords and words, in the same forms, and the names the caller gives.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from casebook.resources import resource

_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_RU_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюё"
_KK_DIGITS = {"ә": "2", "і": "3", "ң": "4", "ғ": "5", "ү": "8", "ұ": "9", "қ": "0",
              "ө": "-", "һ": "="}  # fmt: skip

_TO_LATIN_KEYS = {c: latin for c, latin in zip(_RU_KEYS, _LATIN_KEYS, strict=True)}
_TO_LATIN_KEYS.update(_KK_DIGITS)
_TO_CYRILLIC_KEYS = {latin: c for c, latin in zip(_RU_KEYS, _LATIN_KEYS, strict=True)}

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}  # fmt: skip
# The other common way (passports, phones without Kazakh letters): й i, х h, қ k, ғ g.
_TRANSLIT_SIMPLE = {**_TRANSLIT, "й": "i", "х": "h", "қ": "k", "ғ": "g", "ң": "n"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def as_latin_keys(text: str) -> str:
    """The keys pressed to type `text` on the Russian or Kazakh layout (йцукен -> qwerty)."""
    return "".join(_TO_LATIN_KEYS.get(c, _TO_LATIN_KEYS.get(c.lower(), c)) for c in text)


def as_cyrillic_keys(text: str) -> str:
    """What Latin keys give with the Russian layout active (gfhjkm -> пароль)."""
    return "".join(_TO_CYRILLIC_KEYS.get(c.lower(), c) for c in text)


def transliterate(text: str, table: dict[str, str] = _TRANSLIT) -> str:
    return "".join(table.get(c, table.get(c.lower(), c)) for c in text)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def forms(text: str) -> list[str]:
    """`text` and the forms of it a guesser tries, without repeats."""
    text = nfc(text)
    out = [text]
    if has_cyrillic(text):
        out += [as_latin_keys(text), transliterate(text), transliterate(text, _TRANSLIT_SIMPLE)]
    if any("a" <= c.lower() <= "z" for c in text):
        out.append(as_cyrillic_keys(text))
    return list(dict.fromkeys(out))


@cache
def common_words() -> tuple[str, ...]:
    """Common Russian and Kazakh passwords and words, each in every form."""
    text = resource("wordlists", "common-ru-kk.txt").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip()]
    return tuple(dict.fromkeys(f for w in words for f in forms(w)))


@cache
def word_list(lang: str) -> tuple[str, ...]:
    text = resource("wordlists", f"{lang}.txt").read_text(encoding="utf-8")
    return tuple(w for w in (line.strip() for line in text.splitlines()) if w)


@cache
def known_words() -> frozenset[str]:
    """Words a guesser combines: the common list, the three word lists, and zxcvbn's
    English words, passwords and names (the most frequent of each)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    words = {w.lower() for w in common_words()}
    for lang in ("en", "ru", "kk"):
        words.update(word_list(lang))
    for name, ranked in FREQUENCY_LISTS.items():
        words.update(w for w in ranked[:20000] if len(w) >= 3 or name == "passwords")
    return frozenset(w for w in words if len(w) >= 3)


def fewest_words(text: str, extra: frozenset[str] = frozenset()) -> int | None:
    """Fewest known words the letters of `text` are made of (digits, spaces and signs
    left out), or None when they are not made of known words."""
    letters = "".join(c for c in text.lower() if c.isalpha())
    if not letters:
        return None
    known = known_words()
    best: list[int | None] = [0] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 24), end):
            before = best[start]
            piece = letters[start:end]
            if before is not None and (piece in known or piece in extra):
                if best[end] is None or before + 1 < best[end]:  # type: ignore[operator]
                    best[end] = before + 1
    return best[-1]
