"""Writes the word lists of generated passphrases (en.txt, ru.txt, kk.txt), 7776 words each
(12.9 bits a word; six words are 77.5 bits). Run once; the lists are committed.

Sources (see README.md here for their licences):
- en: the EFF large word list, as shipped in the `xkcdpass` package (static/eff-long).
- ru: the stems of the Russian Hunspell dictionary (Debian package hunspell-ru, by
  Alexander I. Lebedev).
- kk: the stems of the Kazakh Hunspell dictionary (Debian package hunspell-kk, by Akmaral
  Mussayeva, László Németh, Rail Aliev).

    python resources/wordlists/make_wordlists.py EFF_LONG /usr/share/hunspell
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

SIZE = 7776
HERE = Path(__file__).parent
# Roots of obscene or insulting words that a generated passphrase must never contain.
BLOCKED = (
    "хуй", "хуе", "хуё", "пизд", "еба", "ебл", "ебн", "ебу", "ёб", "бляд", "блят", "муда",
    "мудо", "сука", "суки", "сучк", "жоп", "срат", "сран", "дерьм", "говн", "пидор", "педик",
    "шлюх", "гомик", "дебил", "урод", "нацик", "негр", "жид", "хохол", "чурк", "убий", "труп",
    "смерт", "насил", "қотақ", "амың", "сігу", "шешең",
)  # fmt: skip


def stems(dic: Path, alphabet: str) -> list[str]:
    pattern = re.compile(f"^[{alphabet}]{{5,8}}$")
    words = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word = unicodedata.normalize("NFC", line.split("/")[0].strip().lstrip("\ufeff"))
        if pattern.match(word) and not any(b in word for b in BLOCKED):
            words.add(word)
    return sorted(words)


def spread(words: list[str]) -> list[str]:
    """SIZE words taken evenly over the sorted list (every letter keeps its share)."""
    if len(words) < SIZE:
        raise SystemExit(f"only {len(words)} words")
    step = len(words) / SIZE
    return [words[int(i * step)] for i in range(SIZE)]


def main() -> None:
    eff, hunspell = Path(sys.argv[1]), Path(sys.argv[2])
    en = [line.split()[-1] for line in eff.read_text().splitlines() if line.strip()]
    ru = spread(stems(hunspell / "ru_RU.dic", "абвгдежзийклмнопрстуфхцчшщьэюя"))
    kk = spread(stems(hunspell / "kk_KZ.dic", "абвгдежзийклмнопрстуфхцчшщьэюяәғқңөұүһі"))
    for name, words in (("en", en), ("ru", ru), ("kk", kk)):
        assert len(words) == len(set(words)) == SIZE, name
        (HERE / f"{name}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
