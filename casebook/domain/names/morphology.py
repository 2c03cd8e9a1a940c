"""Russian word forms of a name from pymorphy3's dictionary (Павел -> Павла, Лев -> Льва,
Любовь -> Любови), and whether a name is also a common word (Вера, Роза, Надежда).

The dictionary ships inside the pymorphy3-dicts-ru package (read-only package data, no
network). Without it the matcher still works from its suffix rules alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NAME_TAGS = ("Name", "Surn", "Patr")
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    try:
        import pymorphy3
        import pymorphy3_dicts_ru
    except ImportError:  # pragma: no cover - the dependency is declared
        return None
    try:  # the path given, not found through entry points (absent in a frozen build)
        return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    except Exception:  # pragma: no cover - a broken dictionary must not stop redaction
        return None


def available() -> bool:
    return _analyzer() is not None


@lru_cache(maxsize=4096)
def word_forms(word: str) -> tuple[str, ...]:
    """Every form of the Russian name `word` (lower case) that the dictionary knows:
    from the parses tagged as first name, surname or patronymic."""
    morph = _analyzer()
    if morph is None or not _CYRILLIC.search(word) or _KAZAKH.search(word):
        return ()
    parses = [p for p in morph.parse(word.lower()) if any(t in p.tag for t in _NAME_TAGS)]
    # the name as written in the record is in the nominative: Ержанов is not "of Ержаны"
    nominative = [p for p in parses if "nomn" in p.tag and "sing" in p.tag]
    forms: set[str] = set()
    for parse in nominative:
        forms.update(f.word for f in parse.lexeme)
    return tuple(sorted(forms))


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """True when the Russian `word` is also an ordinary word (вера, роза, лев), so that a
    lone capitalised match is only a guess."""
    morph = _analyzer()
    if morph is None or not _CYRILLIC.search(word):
        return False
    for parse in morph.parse(word.lower()):
        if (
            parse.score >= 0.05
            and parse.is_known
            and not any(t in parse.tag for t in (*_NAME_TAGS, "Poss", "Geox"))
            and parse.tag.POS not in (None, "PREP", "CONJ", "PRCL")
        ):
            return True
    return False
