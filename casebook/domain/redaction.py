"""Redaction by consent: how each person may appear, and scrubbing of free text.

A person whose consent is "named" appears by name, "pseudonym" by pseudonym only,
"anonymous" by a neutral description (their own `anonymous_description`, or one
derived from role and gender from a fixed table, never from the free-text role).
Every real name that may not appear is replaced wherever it occurs in free text,
as a whole, word by word, and in inflected forms (Бекова -> Бековой).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from casebook.domain.model import Person
from casebook.domain.phrases import Phrases

_FEMALE = {
    "f", "female", "woman", "w", "she", "she/her", "she/they", "her",
    "ж", "жен", "женщина", "женский", "она", "әйел", "қыз",
}  # fmt: skip
_MALE = {"m", "male", "man", "he", "he/him", "he/they", "him", "м", "муж", "мужчина", "он", "ер"}
_FEMALE_ROLE_ENDINGS = ("истка", "ица", "ательница", "тёрка", "терка", "ерка", "woman")
_KINDS = (
    ("journalist", ("journalist", "reporter", "журналист", "репортёр", "репортер", "тілші")),
    ("lawyer", ("lawyer", "attorney", "advocate", "адвокат", "юрист", "заңгер")),
    ("volunteer", ("volunteer", "волонт", "ерікті")),
    ("activist", ("activist", "актив", "белсенд")),
)
_VOWELS = "aeiouyаяоёеэиыуюьйъәіұүө"
_WORD = re.compile(r"\w+")


def gender_of(person: Person) -> str:
    """'f', 'm' or 'n' from the free-text gender field (and Russian role endings)."""
    g = person.gender.strip().casefold()
    if g in _FEMALE or g.startswith(("female", "woman", "жен", "әйел")):
        return "f"
    if g in _MALE or g.startswith(("male", "man", "муж")):
        return "m"
    role = person.role.strip().casefold()
    if any(role.endswith(e) for e in _FEMALE_ROLE_ENDINGS):
        return "f"
    return "n"


def kind_of(person: Person) -> str:
    role = person.role.casefold()
    for kind, words in _KINDS:
        if any(w in role for w in words):
            return kind
    return "defender"


def neutral_description(person: Person, phrases: Phrases) -> str:
    return phrases.anonymous_label(kind_of(person), gender_of(person))


def effective_consent(person: Person) -> str:
    if person.consent == "named" and person.name.strip():
        return "named"
    if person.consent in ("named", "pseudonym") and person.pseudonym.strip():
        return "pseudonym"
    return "anonymous"


def forbidden_strings(person: Person) -> list[str]:
    """What must not be published about `person`: the real name unless named, and the
    pseudonym too when anonymous."""
    consent = effective_consent(person)
    out: list[str] = []
    if consent != "named" and person.name.strip():
        out.append(person.name.strip())
    if consent == "anonymous" and person.pseudonym.strip():
        out.append(person.pseudonym.strip())
    return out


def name_tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text) if len(t) >= 2 and not t.isdigit()]


def _stem(token: str) -> str:
    stem = token
    while len(stem) > 3 and stem[-1].casefold() in _VOWELS:
        stem = stem[:-1]
    return stem


@dataclass
class Scrubber:
    """Replaces forbidden names in text by the public label of their person: whole names
    first (longest first), then single words of them, in one pass over the text."""

    whole: list[tuple[str, str, int]] = field(default_factory=list)  # regex, label, length
    words: list[tuple[str, str]] = field(default_factory=list)  # regex, label
    hits: dict[str, int] = field(default_factory=dict)  # label -> replacements made
    shared: set[str] = field(default_factory=set)  # words left alone (in allowed names)
    _compiled: tuple[re.Pattern[str], list[str]] | None = None

    def add(self, forbidden: Iterable[str], label: str, allowed: Iterable[str]) -> None:
        """Forbid each string of `forbidden` (replaced by `label`), whole and word by word,
        except words that also belong to one of the `allowed` public names."""
        allowed_words = {t.casefold() for a in allowed for t in name_tokens(a)}
        for text in forbidden:
            self.whole.append((r"(?<!\w)" + _loose(text) + r"(?!\w)", label, len(text)))
            for token in name_tokens(text):
                if token.casefold() in allowed_words:
                    self.shared.add(token)
                else:
                    self._add_word(token, label, allowed_words)
        self._compiled = None

    def _add_word(self, token: str, label: str, allowed_words: set[str]) -> None:
        esc = re.escape(token)
        if len(token) >= 4:
            stem = _stem(token)
            # capitalised as names are in running text, or as the name was typed
            head = "[" + re.escape("".join(sorted({stem[0], stem[0].upper()}))) + "]"
            rest = re.escape(stem[1:])
            # inflected forms, but not a word that belongs to a name that may appear
            spare = [re.escape(w) for w in sorted(allowed_words) if w.startswith(stem.casefold())]
            guard = rf"(?!(?i:{'|'.join(spare)})(?!\w))" if spare else ""
            self.words.append((rf"(?<!\w){guard}{head}(?i:{rest})\w*", label))
            self.words.append((rf"(?<!\w)(?i:{esc})(?!\w)", label))
        else:
            self.words.append((rf"(?<!\w){esc}(?!\w)", label))

    def _pattern(self) -> tuple[re.Pattern[str], list[str]] | None:
        if self._compiled is None and (self.whole or self.words):
            rules = [(rx, label) for rx, label, _ in sorted(self.whole, key=lambda r: -r[2])]
            rules += self.words
            alternatives = "|".join(f"(?P<r{i}>{rx})" for i, (rx, _) in enumerate(rules))
            self._compiled = (re.compile(alternatives), [label for _, label in rules])
        return self._compiled

    def scrub(self, text: str) -> str:
        compiled = self._pattern()
        if compiled is None or not text:
            return text
        pattern, labels = compiled

        def replace(match: re.Match[str]) -> str:
            label = labels[int((match.lastgroup or "r0")[1:])]
            self.hits[label] = self.hits.get(label, 0) + 1
            return label

        return pattern.sub(replace, text)


def _loose(text: str) -> str:
    """A regex for the whole of `text`, case-insensitive, with any spaces between its
    words and each longer word also in inflected forms (Сауле Бековой)."""
    parts = []
    for word in text.split():
        if len(word) >= 4 and word.isalpha():
            parts.append(re.escape(_stem(word)) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"(?i:" + r"\s+".join(parts) + ")"


def allowed_names(people: Sequence[Person]) -> list[str]:
    """The names that may be published: real names with consent, chosen pseudonyms."""
    out = []
    for p in people:
        consent = effective_consent(p)
        if consent == "named":
            out.append(p.name.strip())
        elif consent == "pseudonym":
            out.append(p.pseudonym.strip())
    return out


def public_labels(people: Sequence[Person], phrases: Phrases) -> dict[str, str]:
    """Person id -> how the person appears. Equal labels get (A), (B)... so that two
    anonymous people can be told apart."""
    probe = Scrubber()
    allowed = allowed_names(people)
    for p in people:
        probe.add(forbidden_strings(p), "", allowed)
    labels: dict[str, str] = {}
    for p in people:
        consent = effective_consent(p)
        if consent == "named":
            label = p.name.strip()
        elif consent == "pseudonym":
            label = p.pseudonym.strip()
        else:
            label = p.anonymous_description.strip() or neutral_description(p, phrases)
        if consent != "named" and probe.scrub(label) != label:
            label = neutral_description(p, phrases)  # the chosen label gives a name away
        labels[p.id] = label
    return _disambiguate(labels)


def _disambiguate(labels: dict[str, str]) -> dict[str, str]:
    seen: dict[str, list[str]] = {}
    for pid, label in labels.items():
        seen.setdefault(label.casefold(), []).append(pid)
    for ids in seen.values():
        if len(ids) > 1:
            for i, pid in enumerate(ids):
                labels[pid] = f"{labels[pid]} ({chr(ord('A') + i % 26)})"
    return labels


def scrubber_for(
    people: Sequence[Person], labels: dict[str, str], allowed: Sequence[str]
) -> Scrubber:
    """A scrubber that replaces each forbidden name by its person's public label."""
    scrubber = Scrubber()
    for p in people:
        scrubber.add(forbidden_strings(p), labels[p.id], allowed)
    return scrubber
