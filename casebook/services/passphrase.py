"""Passphrase policy: strength from zxcvbn, the same rule for the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.i18n import translate
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

    result = zxcvbn(passphrase[:100], user_inputs=list(user_inputs))
    feedback = result.get("feedback", {})
    warning = advice(feedback.get("warning") or "")
    suggestions = tuple(advice(s) for s in feedback.get("suggestions") or ())
    score = int(result["score"])
    acceptable = score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH
    if score >= MIN_SCORE and len(passphrase) < MIN_LENGTH:
        warning = translate("passphrase", "Use at least {count} characters.").format(
            count=MIN_LENGTH
        )
    seconds = float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, time_to_guess(seconds))


def require_strong(passphrase: str) -> None:
    strength = assess(passphrase)
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
