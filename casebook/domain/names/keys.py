"""A word's "name key": one spelling for the same name in any script.

Both the forbidden names and every word of a text are reduced to keys, so that
"Секербаева", "Sekerbayeva", "Sekerbaeva" and "SEKERBAEVA" meet. The key is lossy on
purpose (й/y/i, ж/zh/j, х/kh/h, қ/q/k, ғ/gh/g, ң/ng/n, ы/і/y/i, ә/ä/a, double letters
all collapse); a few spellings that cannot be told apart by a single rule (Latin "x",
"j", "ae") give a word more than one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# characters that may hide inside a word without showing: removed before anything else
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u034f"
_INVISIBLE_RE = re.compile("[" + INVISIBLE + "]")

# Latin letters that look like Cyrillic ones, and back
_LAT_TO_CYR = str.maketrans("aAeEoOpPcCyxXkKmMTBHiI", "аАеЕоОрРсСухХкКмМТВНіІ")
_CYR_TO_LAT = str.maketrans("аАеЕоОрРсСухХкКмМТВНіІ", "aAeEoOpPcCyxXkKmMTBHiI")

_DIGRAPHS = (
    ("shch", "sh"),
    ("kh", "h"),
    ("zh", "j"),
    ("gh", "g"),
    ("ng", "n"),
    ("ts", "c"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
)
_VOWELS = "aeiou"
_DOUBLE = re.compile(r"(.)\1+")
_I_BEFORE_E = re.compile(r"(?:(?<=[aeiou])|^)i(?=e)")  # Sekerbayeva, Yevgeniya
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def clean(text: str) -> str:
    """`text` without invisible characters, in NFC."""
    return unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", text))


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def unify_script(word: str) -> str:
    """A word written mostly in one script, with look-alike letters of the other script
    turned into that script ("Aйгерим" with a Latin A -> "Айгерим")."""
    cyr = sum(1 for ch in word if _is_cyrillic(ch))
    lat = sum(1 for ch in word if ch.isascii() and ch.isalpha())
    if cyr and lat:
        return word.translate(_LAT_TO_CYR if cyr >= lat else _CYR_TO_LAT)
    return word


def _latin(word: str) -> str:
    low = anyascii(unify_script(clean(word)).replace("ё", "е").replace("Ё", "Е")).lower()
    return _NOT_ALNUM.sub("", low)


def _reduce(latin: str) -> str:
    for a, b in _DIGRAPHS:
        latin = latin.replace(a, b)
    latin = _I_BEFORE_E.sub("", latin)
    return _DOUBLE.sub(r"\1", latin)


@lru_cache(maxsize=65536)
def name_keys(word: str) -> tuple[str, ...]:
    """The keys of one word: the first is the main one, others are alternatives for
    Latin spellings with more than one reading (Alexey/Алексей, Julia/Юлия, Aelikhan)."""
    latin = _latin(word)
    keys = [_reduce(latin)]
    written_in_latin = not any(_is_cyrillic(ch) for ch in word)
    if written_in_latin and any(s in latin for s in ("x", "j", "ae", "ue", "oe")):
        alt = latin.replace("x", "ks").replace("j", "y")
        for a, b in (("ae", "a"), ("ue", "u"), ("oe", "o")):
            alt = alt.replace(a, b)
        keys.append(_reduce(alt))
    return tuple(dict.fromkeys(k for k in keys if k))


def mixed_script_keys(word: str) -> tuple[str, ...]:
    """For a word that mixes scripts, the keys of reading it all in Cyrillic and all in
    Latin ("CEKEPБAEBA": Latin look-alikes around one Cyrillic letter is still a
    Cyrillic name); nothing for a word in one script. The matcher looks these up too."""
    word = clean(word)
    if not any(_is_cyrillic(ch) for ch in word) or not any(
        ch.isascii() and ch.isalpha() for ch in word
    ):
        return ()
    keys = []
    for table in (_LAT_TO_CYR, _CYR_TO_LAT):
        text = word.translate(table).replace("ё", "е").replace("Ё", "Е")
        keys.append(_reduce(_NOT_ALNUM.sub("", anyascii(text).lower())))
    return tuple(dict.fromkeys(k for k in keys if k))


def name_key(word: str) -> str:
    keys = name_keys(word)
    return keys[0] if keys else ""


def stem_of(key: str) -> str:
    """A key without its final vowels (bekova -> bekov, aiana -> aian)."""
    stem = key
    while len(stem) > 3 and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return stem


def _keys_of(words: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in words.split())


# Russian case endings of names and adjective-like surnames (-ский, -ая), as keys
RU_ENDINGS = _keys_of(
    "а я у ю е и ы о ой ою ей ею ом ем ым им ов ев ых их ам ям ами ями ах ях "
    "ого его ому ему ую ая ий ий ые ие ыми ими ин ина ину ине иной иным ины ых"
)
# after a short stem (Дана -> Дан-ой) only the singular endings of names in -а/-я
SHORT_STEM_ENDINGS = _keys_of("ы и е у ю ой ою ей ею ией ию")
# Kazakh case and possessive suffixes, as keys: vowel harmony collapses in keys
_KZ_CASE = (
    "ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те "
    "нда нде дан ден тан тен нан нен мен бен пен ша ше"
)
_KZ_POSSESSIVE = "ы і сы сі ым ім м ың ің ң ымыз іміз мыз міз ыңыз іңіз ңыз ңіз"
KZ_SUFFIXES = _keys_of(_KZ_CASE) | _keys_of(_KZ_POSSESSIVE)
KZ_CHAINS = KZ_SUFFIXES | frozenset(
    p + c for p in _keys_of(_KZ_POSSESSIVE) for c in _keys_of(_KZ_CASE)
)
# English possessive written without an apostrophe, plural
EN_ENDINGS = frozenset({"s", "es"})
# after the whole name that ends in a vowel: Kazakh suffixes, and Russian endings added to
# it as typed (Аянаой); not -я, which makes another name (Дана -> Даная)
SUFFIXES = KZ_CHAINS | EN_ENDINGS | (RU_ENDINGS - _keys_of("я а"))
ENDINGS = RU_ENDINGS | SUFFIXES  # after a name that ends in a consonant
MAX_ENDING = max(len(e) for e in ENDINGS)
