"""Passphrase policy: strength from zxcvbn, taught Russian and Kazakh (keyboard layouts,
transliteration, common words; see passphrase_lang.py), the same rule for the CLI and the
GUI. A passphrase is scored as its weakest form."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache
from typing import Any

from casebook.i18n import translate
from casebook.services.passphrase_lang import (
    as_cyrillic_keys,
    as_latin_keys,
    common_words,
    fewest_words,
    forms,
    nfc,
    word_list,
)
from casebook.services.passphrase_words import advice, time_to_guess

MIN_SCORE = 3
MIN_LENGTH = 10


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    warning: str
    suggestions: tuple[str, ...]
    crack_time: str


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """How hard `passphrase` is to guess. Only the first 100 characters are scored.
    The advice and the time are in the current language (casebook.i18n)."""
    if not passphrase:
        return Strength(
            0, False, translate("passphrase", "Enter a passphrase."), (), time_to_guess(0)
        )
    from zxcvbn import zxcvbn  # imported here: 17 ms of start-up for every command

    _teach_zxcvbn()
    inputs = _inputs(user_inputs)
    results = [(zxcvbn(form[:100], user_inputs=inputs), form) for form in forms(passphrase)]
    result, weakest = min(results, key=lambda r: (r[0]["score"], r[0]["guesses"]))
    if not (result.get("feedback") or {}).get("warning"):  # say why in another form
        tied = [r for r in results if r[0]["score"] == result["score"] and r[1] != weakest]
        weakest = tied[0][1] if tied else weakest
    feedback = result.get("feedback", {})
    warning = advice(feedback.get("warning") or "")
    if weakest != nfc(passphrase) and int(result["score"]) < MIN_SCORE:
        warning = _other_form_warning(passphrase, weakest)
    suggestions = tuple(advice(s) for s in feedback.get("suggestions") or ())
    score = int(result["score"])
    few = _few_words(passphrase, frozenset(inputs))
    if few and score >= MIN_SCORE:
        score = MIN_SCORE - 1
        warning = translate(
            "passphrase", "One or two words with digits or signs added are easy to guess."
        )
    acceptable = score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH
    if score >= MIN_SCORE and len(passphrase) < MIN_LENGTH:
        warning = translate("passphrase", "Use at least {count} characters.").format(
            count=MIN_LENGTH
        )
    seconds = float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, time_to_guess(seconds))


def _few_words(passphrase: str, extra: frozenset[str]) -> bool:
    """True when the letters of some form are one or two known words (or none at all:
    digits and signs only)."""
    for form in forms(passphrase):
        if not any(c.isalpha() for c in form):
            return True
        n = fewest_words(form, extra)
        if n is not None and n <= 2:
            return True
    return False


def _inputs(user_inputs: tuple[str, ...]) -> list[str]:
    """Words a guesser tries first, most likely first (zxcvbn ranks by position)."""
    names = [f for text in user_inputs for word in text.split() for f in forms(word)]
    names += [f for text in user_inputs for f in forms(text.replace(" ", ""))]
    return list(dict.fromkeys(w.lower() for w in names if len(w) >= 3))


@cache
def _teach_zxcvbn() -> None:
    """Add the common Russian and Kazakh words (first, in every form) and the two word
    lists to zxcvbn's ranked dictionaries, once."""
    from zxcvbn.matching import add_frequency_lists

    common = [w.lower() for w in common_words()]
    words = [*common, *word_list("ru"), *word_list("kk")]
    add_frequency_lists({"casebook_ru_kk": list(dict.fromkeys(words))})


def _other_form_warning(passphrase: str, weakest: str) -> str:
    if weakest == as_latin_keys(nfc(passphrase)):
        return translate(
            "passphrase", "Typed on the keyboard, this is an easy pattern or a common word."
        )
    if weakest == as_cyrillic_keys(nfc(passphrase)):
        return translate(
            "passphrase", "With a Russian or Kazakh layout, these keys type a common word."
        )
    return translate("passphrase", "Written in Latin letters, this is a common word or name.")


def require_strong(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        said = " ".join(x for x in (strength.warning, *strength.suggestions) if x)
        if said:
            message = translate(
                "passphrase",
                "this passphrase is too easy to guess: {advice} Try four or five unrelated words.",
            ).format(advice=said)
        else:
            message = translate(
                "passphrase",
                "this passphrase is too easy to guess. Try four or five unrelated words.",
            )
        raise ValueError(message)


def vault_words(vault: Any, limit: int = 2000) -> tuple[str, ...]:
    """Names a guesser who knows the group would try: its organisation and the people
    and organisations in its cases. Held in memory only, for the strength check."""
    from casebook.vault import db

    if not vault.is_open:  # locked while a change waited: the check goes on without them
        return ()
    conn = vault.conn
    try:
        rows = [vault.get_meta("organisation")]
        for sql in (
            "SELECT name FROM people LIMIT ?",
            "SELECT pseudonym FROM people LIMIT ?",
            "SELECT name FROM organisations LIMIT ?",
        ):
            rows += [r[0] for r in conn.execute(sql, (limit,))]
    except db.DatabaseError:
        return ()
    return tuple(dict.fromkeys(r for r in rows if r))


MIN_WORDS = 6
MIN_BITS = 77.0
LANGS = ("en", "ru", "kk")


@dataclass(frozen=True)
class Suggestion:
    passphrase: str
    bits: float


def suggest(lang: str = "en", words: int = MIN_WORDS) -> Suggestion:
    """A passphrase of `words` words drawn at random (secrets) from a list of 7776 words
    in `lang`: 12.9 bits a word, at least 77 bits."""
    if lang not in LANGS:
        raise ValueError(
            translate("passphrase", "no word list for {lang!r}; choose one of {langs}").format(
                lang=lang, langs=", ".join(LANGS)
            )
        )
    pool = word_list(lang)
    bits = words * math.log2(len(pool))
    if words < MIN_WORDS or bits < MIN_BITS or words > 40:
        raise ValueError(
            translate("passphrase", "a generated passphrase has {low} to 40 words, not {n}").format(
                low=MIN_WORDS, n=words
            )
        )
    chosen = [secrets.choice(pool) for _ in range(words)]
    return Suggestion(" ".join(chosen), bits)
