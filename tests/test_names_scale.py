"""The name matcher of a whole vault (issue 17, `export uwazi --check`): close spellings
are looked up in a one-letter neighbourhood and address phrases by their first word,
with exactly the answers of reading every name (a matcher per document is small)."""

from __future__ import annotations

import random

import pytest

from casebook.domain.names import Forbidden, Matcher
from casebook.domain.names import matcher as matcher_module

FIRST = ["Айгерим", "Жанар", "Гульнара", "Асель", "Мадина", "Aigerim", "Zhanar", "Dana",
         "Әйгерім", "Бақыт", "Ержан", "Нурлан", "Timur", "Saule", "Дина", "Ляззат"]  # fmt: skip
LAST = ["Абдрахманова", "Серикбаева", "Касымова", "Sadykova", "Nurpeisova", "Ахметов",
        "Жумабаев", "Құрманғалиқызы", "Tokayeva", "Бекова", "Смагулова", "Ismailova"]  # fmt: skip


def people(n: int, seed: int = 3) -> list[Forbidden]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}{'' if i % 3 else chr(1072 + i % 30)}"
        contacts = (f"ул. Абая {i}", f"{rng.choice(['Kazybek bi', 'İstiklal', 'Сейфуллина'])}"
                    f" {i % 50}") if i % 4 == 0 else ()  # fmt: skip
        out.append(Forbidden(f"p{i}", f"[{i}]", (name,), contacts))
    return out


WORDS = ["Абдрахмановаа", "Абдрахмановой", "Серикбаеваа", "Sadykovaa", "Nurpeisovva",
         "Абдрахман", "Tokayev", "Бековаа", "Смагуловой", "Ismailov", "Касымовв", "Жумабаевв",
         "Nothing", "Алматы", "Шымкент"]  # fmt: skip


def test_close_spellings_through_the_neighbourhood_are_the_same(monkeypatch) -> None:
    crowd = people(1500)
    indexed, linear = Matcher(crowd), Matcher(crowd)
    assert len(indexed.exact) > 100
    for word in WORDS:
        key = matcher_module.name_key(word)
        monkeypatch.setattr(matcher_module, "_NEAR_FROM", 0)
        got = indexed._close_to(key)
        monkeypatch.setattr(matcher_module, "_NEAR_FROM", 10**9)
        assert got == linear._close_to(key), word
    assert any(indexed._close_to(matcher_module.name_key(w)) is not None for w in WORDS)


TEXTS = [
    "Она живёт: УЛ. АБАЯ 12, кв 3.",
    "адрес улица Абая 1200 и ещё Абая_4",
    "KAZYBEK BI 7 — the office (Kelvin K: \u212aAZYBEK BI 7)",
    "istiklal 10 and İSTİKLAL 11 and ıstıklal 12",
    "Сейфуллина 3; сейфуллина 33",
    "nothing here at all",
]


@pytest.mark.parametrize("text", TEXTS)
def test_address_phrases_by_their_first_word_are_the_same(monkeypatch, text: str) -> None:
    crowd = people(200)
    fast = Matcher(crowd).find(text)
    monkeypatch.setattr(matcher_module, "_FOLDS", None)  # every phrase on every text
    assert fast == Matcher(crowd).find(text)


def test_an_address_is_still_found() -> None:
    crowd = people(200)
    hits = Matcher(crowd).find("Встреча по адресу улица Абая 12, у дома")
    assert [h.owner for h in hits if h.reason == "contact"] == ["p12"]
