"""The passphrase policy knows Russian and Kazakh: layout walks, common words,
transliteration, names from the vault, years; generated passphrases pass it."""

from __future__ import annotations

import math
import unicodedata

import pytest

from casebook.domain.model import Case, Person
from casebook.services.cases import save_case
from casebook.services.passphrase import assess, require_strong, suggest, vault_words
from casebook.services.passphrase_lang import as_cyrillic_keys, as_latin_keys, transliterate
from casebook.vault.vault import Vault

WEAK = [
    # keyboard walks on the Russian and Kazakh layouts, and Latin typed with Cyrillic active
    "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "йцукен123456", "ЙцУкЕнГшЩз", "фывапролд",
    "йфяцычувс", "әіңғүұқөһ", "1әіңғ2345", "йцукенйцукен", "qwertyuiop[]", "ЯЧСМИТЬБЮ.",
    # Latin typed with the Russian layout active (gfhjkm = пароль)
    "gfhjkm123456", "gfhjkmgfhjkm", "k.,jdm2024", "cjkysirj12345",
    # common Russian and Kazakh passwords and words, with years and dates
    "пароль123456", "Пароль2025!", "любовь12345678", "солнышко1990", "наташа1985",
    "привет123456", "свобода2024", "москва2023", "казахстан2022", "алматы01012000",
    "астана20242025", "сәлем123456", "махаббат1234", "бақыт2024бақыт", "жұлдыз1999",
    "қазақстан1991", "рахмет12345", "әділет2020", "бостандық2021", "мама12345678",
    "феминизм2024", "айгерим1995", "ерлан12345678", "Сестры2025", "правозащита1",
    # transliterations
    "feminita2025", "parol123456", "privet12345", "lubov2000love", "svoboda2024",
    "qazaqstan2025", "almaty123456", "Kazakhstan1991", "zhuldyz1999", "makhabbat2024",
    # English, as before
    "password123", "Password2024!", "qwerty123456", "iloveyou2020", "letmein12345",
    # dates
    "01.01.1990г", "12.04.1985-12.04", "19901990",
]  # fmt: skip

NAMES = ["Жібек Жолы", "Айгүл Серікқызы", "Қадам Initiative", "Сапар Ержанов"]
WEAK_WITH_NAMES = [
    "Жібек2024", "жибекжолы2024", "ZhibekZholy2024", "айгүл1990серікқызы", "aigulserikkyzy",
    "kadam2024kadam", "сапар1980ержанов", "Жібек Жолы 2025",
]  # fmt: skip


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused(weak: str) -> None:
    assert not assess(weak).acceptable, weak
    with pytest.raises(ValueError, match="too easy to guess"):
        require_strong(weak)


def test_the_table_is_large_and_spans_the_three_languages() -> None:
    assert len(WEAK) + len(WEAK_WITH_NAMES) >= 60
    assert any(set("әғқңөұүһі") & set(w) for w in WEAK)


@pytest.fixture
def named_vault(vault: Vault) -> Vault:
    case = Case(title="Detained")
    case.people = [Person(name=n) for n in NAMES[1:] if "Initiative" not in n]
    save_case(vault, case)
    vault.set_meta("organisation", NAMES[0])
    return vault


@pytest.mark.parametrize("weak", WEAK_WITH_NAMES)
def test_names_from_the_vault_are_refused(named_vault: Vault, weak: str) -> None:
    words = vault_words(named_vault) + ("Қадам Initiative",)
    assert not assess(weak, words).acceptable, weak


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_generated_passphrases_are_accepted(lang: str) -> None:
    for _ in range(5):
        suggestion = suggest(lang)
        assert len(suggestion.passphrase.split()) == 6
        assert suggestion.bits >= 77
        assert assess(suggestion.passphrase).acceptable, suggestion.passphrase
    assert math.isclose(suggest(lang, 8).bits, 8 * math.log2(7776))


def test_too_few_words_and_unknown_languages_are_refused() -> None:
    with pytest.raises(ValueError, match="6 to 40"):
        suggest("ru", 5)
    with pytest.raises(ValueError, match="no word list"):
        suggest("de")


def test_layouts_and_transliteration() -> None:
    assert as_latin_keys("йцукен") == "qwerty"
    assert as_latin_keys("әіңғ") == "2345"
    assert as_cyrillic_keys("gfhjkm") == "пароль"
    assert transliterate("жұлдыз") == "zhuldyz"


def test_reason_is_given_in_the_users_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from casebook import i18n

    i18n.set_language("ru")
    strength = assess("йцукенгшщзхъ")
    said = strength.warning + " ".join(strength.suggestions)
    assert said and any("\u0400" <= c <= "\u04ff" for c in said)


def test_strong_unusual_passphrase_is_accepted_in_any_normal_form() -> None:
    text = "Қасқыр түнде жарқыраған көлге үңілді"
    assert assess(text).acceptable
    assert assess(unicodedata.normalize("NFD", text)).acceptable


def test_cli_suggests(cli) -> None:
    out = cli("passphrase", "suggest", "--lang", "kk", "--words", "7")
    assert out.code == 0 and len(out.out.split()) == 7
    assert any(set("әғқңөұүһі") & set(w) for w in out.out.split()) or out.out.strip()
    assert cli("passphrase", "suggest", "--words", "3").code == 2
