"""Redaction by consent: how each person may appear, and scrubbing of free text.

A person whose consent is "named" appears by name, "pseudonym" by pseudonym only,
"anonymous" by a neutral description (their own `anonymous_description`, or one
derived from role and gender from a fixed table, never from the free-text role).
Every name and contact detail that may not appear is replaced wherever it occurs in
free text, through the one name matcher (casebook.domain.names): whole or word by word,
in any script and word form, with initials; what it replaced or doubted becomes a
`Finding` of the pre-publication check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from casebook.domain.model import Person
from casebook.domain.names import Forbidden, Hit, Matcher, clean, replace_hits
from casebook.domain.phrases import Phrases

_FEMALE = {
    "f", "female", "woman", "w", "she", "she/her", "she/they", "her",
    "ж", "жен", "женщина", "женский", "она", "әйел", "қыз",
}  # fmt: skip
_MALE = {"m", "male", "man", "he", "he/him", "he/they", "him", "м", "муж", "мужчина", "он", "ер"}
_FEMALE_ROLE_ENDINGS = ("истка", "ица", "ательница", "тёрка", "терка", "ерка", "woman")
_OFFICIAL_WORDS = (
    "police", "officer", "official", "investigator", "prosecutor", "judge", "guard",
    "полиц", "следовател", "прокурор", "судь", "офицер", "чиновник", "охранник",
    "надзирател", "сотрудник кнб", "аким", "тергеуші", "әкім",
)  # fmt: skip
_KINDS = (
    ("journalist", ("journalist", "reporter", "журналист", "репортёр", "репортер", "тілші")),
    ("lawyer", ("lawyer", "attorney", "advocate", "адвокат", "юрист", "заңгер")),
    ("volunteer", ("volunteer", "волонт", "ерікті")),
    ("activist", ("activist", "актив", "белсенд")),
    # officers and officials: an anonymous perpetrator is not "a human rights defender"
    ("official", _OFFICIAL_WORDS),
)
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
    """What must not be published about `person`: the real name and every other name
    (aliases) unless named, and the pseudonym too when anonymous."""
    consent = effective_consent(person)
    out: list[str] = []
    if consent != "named":
        out += [n.strip() for n in (person.name, *person.aliases) if n.strip()]
    if consent == "anonymous" and person.pseudonym.strip():
        out.append(person.pseudonym.strip())
    return out


def contact_strings(person: Person, published: Iterable[str] = ()) -> list[str]:
    """The person's contact details (phones, e-mails, handles, address): never published,
    except a named person's details that the user ticked (`published`) for this appeal."""
    chosen = {c.strip().casefold() for c in published}
    out = [c for c in person.all_contacts() if c.strip()]
    if effective_consent(person) == "named":
        out = [c for c in out if c.strip().casefold() not in chosen]
    return out


def name_tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text) if len(t) >= 2 and not t.isdigit()]


@dataclass
class Scrubber:
    """Replaces forbidden names and contacts in text by the public label of their person,
    through the one name matcher (scripts, word forms, initials, invisible characters).

    Spans the matcher is unsure of are replaced too unless `decisions` says "keep" for
    their text; every span found is recorded in `findings` with its context."""

    hits: dict[str, int] = field(default_factory=dict)  # label -> replacements made
    shared: set[str] = field(default_factory=set)  # words left alone (in allowed names)
    decisions: Mapping[str, str] = field(default_factory=dict)  # finding key -> keep/redact
    findings: list[Finding] = field(default_factory=list)
    where: str = ""  # the part of the document being scrubbed, for findings
    public_contacts: list[str] = field(default_factory=list)  # may appear: not reported
    _people: list[Forbidden] = field(default_factory=list)
    _allowed: list[str] = field(default_factory=list)
    _matcher: Matcher | None = None

    def add(
        self, forbidden: Iterable[str], label: str, allowed: Iterable[str], *,
        contacts: Iterable[str] = (), owner: str = "", contact_label: str = "[…]",
    ) -> None:  # fmt: skip
        """Forbid each string of `forbidden` (replaced by `label`), whole and word by word,
        except words that also belong to one of the `allowed` public names; and each of
        `contacts` (replaced by `contact_label`)."""
        names = tuple(forbidden)
        allowed = list(allowed)
        allowed_words = {t.casefold() for a in allowed for t in name_tokens(a)}
        self.shared |= {t for n in names for t in name_tokens(n) if t.casefold() in allowed_words}
        self._allowed += [a for a in allowed if a not in self._allowed]
        owner = owner or f"#{len(self._people)}"
        self._people.append(Forbidden(owner, label, names, tuple(contacts), contact_label))
        self._matcher = None

    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher(self._people, self._allowed, self.public_contacts)
        return self._matcher

    def scrub(self, text: str) -> str:
        if not text or not self._people:
            return text
        hits = self.matcher().find(text)
        if not hits:
            return text
        for hit in hits:
            key = finding_key(hit.text)
            decision = self.decisions.get(key, "")
            self.findings.append(Finding.of(hit, text, self.where, decision))
        done = replace_hits(text, hits, lambda h: self.decisions.get(finding_key(h.text)) != "keep")
        for hit in hits:
            if hit.certain or self.decisions.get(finding_key(hit.text)) != "keep":
                self.hits[hit.label] = self.hits.get(hit.label, 0) + 1
        return done


def finding_key(text: str) -> str:
    """What a decision is remembered by: the found text, cleaned and case-folded."""
    return " ".join(clean(text).casefold().split())


@dataclass(frozen=True)
class Finding:
    """One span the pre-publication check found: replaced for certain (`certain`), or a
    guess the user decides on (`decision`: "" while unresolved, "redact" or "keep")."""

    text: str
    context: str
    label: str
    reason: str
    certain: bool
    decision: str = ""
    where: str = ""

    @property
    def key(self) -> str:
        return finding_key(self.text)

    @property
    def unresolved(self) -> bool:
        return not self.certain and self.decision not in ("keep", "redact")

    @classmethod
    def of(cls, hit: Hit, text: str, where: str, decision: str) -> Finding:
        start, end = max(0, hit.start - 40), min(len(text), hit.end + 40)
        context = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
        return cls(hit.text, " ".join(context.split()), hit.label, hit.reason, hit.certain,
                   decision, where)  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "context": self.context, "label": self.label,
                "reason": self.reason, "certain": self.certain, "decision": self.decision,
                "where": self.where, "unresolved": self.unresolved}  # fmt: skip


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
    people: Sequence[Person], labels: dict[str, str], allowed: Sequence[str], *,
    published_contacts: Iterable[str] = (), decisions: Mapping[str, str] | None = None,
    contact_label: str = "[…]", public_texts: Iterable[str] = (),
) -> Scrubber:  # fmt: skip
    """A scrubber that replaces each forbidden name by its person's public label, and
    each contact detail that may not be published by `contact_label`. Phones and e-mails
    in `public_texts` (the issuer's sign-off, addressees) are the issuer's own."""
    published = list(published_contacts)
    scrubber = Scrubber(
        decisions=dict(decisions or {}), public_contacts=[*published, *public_texts]
    )
    for p in people:
        contacts = contact_strings(p, published)
        scrubber.add(
            forbidden_strings(p), labels[p.id], allowed, owner=p.id, contacts=contacts,
            contact_label=contact_label,
        )  # fmt: skip
    return scrubber


def unique_findings(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per found text and reason (the first place it occurs)."""
    seen: dict[tuple[str, str], Finding] = {}
    for f in findings:
        seen.setdefault((f.key, f.reason), f)
    return list(seen.values())


# words by which a named person's profile can identify someone who is not named
_RELATIONS = re.compile(
    r"(?<!\w)(?:(?:sister|brother|mother|father|daughter|son|wife|husband|partner|lawyer|"
    r"attorney|colleague|cousin|aunt|uncle|niece|nephew|girlfriend|boyfriend)s?|"
    r"(?:сестр|брат|мать|матер|мам|отц|отец|дочь|дочер|сын|жен|муж|"
    r"адвокат|подруг|коллег|тёт|тет|дяд|племянн|"
    r"әпке|сіңлі|қарындас|аға|іні|бауыр|ана|әке|әйел|күйеу|заңгер|құрбы|жиен)\w{0,2})(?!\w)",
    re.IGNORECASE,
)


def relationship_hints(people: Sequence[Person]) -> list[Finding]:
    """Hints, not blocking: a named person's public profile mentions a relationship
    ("her sister", "его адвокат") while someone in the case is not named."""
    if all(effective_consent(p) == "named" for p in people):
        return []
    hints = []
    for p in people:
        if effective_consent(p) != "named":
            continue
        for m in _RELATIONS.finditer(p.profile):
            hit = Hit(m.start(), m.end(), m.group(), p.id, "", False, "relationship")
            hints.append(Finding.of(hit, p.profile, "defenders", "keep"))
    return hints
