"""Passphrase policy: strength from zxcvbn, the same rule for the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

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
    """How hard `passphrase` is to guess. Only the first 100 characters are scored."""
    if not passphrase:
        return Strength(0, False, "Enter a passphrase.", (), "instantly")
    result = zxcvbn(passphrase[:100], user_inputs=list(user_inputs))
    feedback = result.get("feedback", {})
    warning = feedback.get("warning") or ""
    suggestions = tuple(feedback.get("suggestions") or ())
    score = int(result["score"])
    acceptable = score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH
    if score >= MIN_SCORE and len(passphrase) < MIN_LENGTH:
        warning = f"Use at least {MIN_LENGTH} characters."
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, crack)


def require_strong(passphrase: str) -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        advice = " ".join(x for x in (strength.warning, *strength.suggestions) if x)
        raise ValueError(
            "this passphrase is too easy to guess"
            + (f": {advice}" if advice else "")
            + " Try four or five unrelated words."
        )
