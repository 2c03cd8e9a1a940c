"""Property-style: for many random cases (names, consents, where the names are mentioned),
no name that may not appear is in any byte of any output format."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import pytest

from casebook.domain.appeal import Addressee, AppealSettings, DemandChoice
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.domain.redaction import name_tokens
from casebook.services.appeals.build import render, suggested_filename
from tests.appeal_util import build, docx_xml, pdf_metadata, pdf_text

# PDF rendering needs a Qt application; the GUI tests need it to be a QApplication,
# so the one of pytest-qt is made first (the CLI makes its own QGuiApplication).
pytestmark = pytest.mark.usefixtures("qapp")

LATIN = (
    "ba be bi bo ka ke ki ko la le li lo ma me mi mo na ne ni ra re ri sa se so ta te tu".split()
)
CYRILLIC = "ба бе ка қа ке ла ле ма мә на не ра ре са сә та те ұл ғы ай ер өз үш".split()
INFLECT = ("", "ой", "у", "ға", "'s", "ы")
CONSENTS = ("named", "pseudonym", "anonymous")
ROLES = ("activist", "journalist", "lawyer", "volunteer", "coordinator", "")
GENDERS = ("she/her", "he/him", "", "ж", "other")
N_CASES = 40


def _word(rng: random.Random) -> str:
    syllables = rng.choice((LATIN, CYRILLIC))
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()


@dataclass
class Generated:
    case: Case
    settings: AppealSettings
    forbidden: list[str] = field(default_factory=list)  # whole strings (names, pseudonyms)
    forbidden_words: list[str] = field(default_factory=list)  # single words, as written
    markers: list[str] = field(default_factory=list)  # private fields


def _mention(rng: random.Random, name: str) -> str:
    words = name.split()
    style = rng.randrange(5)
    if style == 0:
        return name
    if style == 1:
        return name.upper()
    if style == 2:
        return name.lower()
    if style == 3:
        return " ".join(w + rng.choice(INFLECT) for w in words)
    return rng.choice(words) + rng.choice(INFLECT)


def generate(rng: random.Random, index: int) -> Generated:
    people: list[Person] = []
    for i in range(rng.randint(1, 4)):
        consent = rng.choice(CONSENTS)
        name = f"{_word(rng)} {_word(rng)}"
        pseudonym = _word(rng) if consent != "named" or rng.random() < 0.3 else ""
        if consent == "pseudonym" and not pseudonym:
            pseudonym = _word(rng)
        people.append(Person(
            name, consent=consent, pseudonym=pseudonym, role=rng.choice(ROLES),
            gender=rng.choice(GENDERS), organisation=rng.choice(("", "Group X")),
            anonymous_description=rng.choice(("", "a person", f"{name.split()[0]}'s friend")),
            private_notes=f"PRIVNOTE{index}x{i}", contact=f"CONTACTMARK{index}x{i}",
            risk=rng.choice(("low", "medium", "high", "critical")),
        ))  # fmt: skip
    gen = Generated(Case("", country="KZ", sensitivity="public"), AppealSettings())
    named = [p for p in people if p.consent == "named"]
    public = [p.name for p in named] + [p.pseudonym for p in people if p.consent == "pseudonym"]
    allowed_words = {w.casefold() for n in public for w in name_tokens(n)}
    for p in people:
        secret = [p.name] if p.consent != "named" else []
        if p.consent == "anonymous" and p.pseudonym:
            secret.append(p.pseudonym)
        gen.forbidden += secret
        gen.forbidden_words += [w for s in secret for w in name_tokens(s)
                                if w.casefold() not in allowed_words]  # fmt: skip
        gen.markers += [p.private_notes, p.contact]

    def text() -> str:
        mentions = [_mention(rng, rng.choice([p.name, p.pseudonym or p.name])) for p in people]
        return " and ".join(mentions) + f" were seen near the {_word(rng)} building."

    for p in people:
        p.profile = text()
    org = Organisation("Police of " + _word(rng), kind="police", description=text())
    events = [
        Event(
            EventDate.parse(f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"),
            rng.choice(("arrest", "threats", "fine")),
            place=text()[:200],
            description=text(),
            involved=[
                Involvement(p.id, rng.choice(("victim", "victim", "witness", "source")))
                for p in people
            ]
            + [Involvement(org.id, "perpetrator")],
        )  # fmt: skip
        for _ in range(rng.randint(1, 3))
    ]
    gen.case = Case(
        text()[:200], country="KZ", summary=text(), background=text(), people=people,
        organisations=[org], events=events, sensitivity="public",
    )  # fmt: skip
    gen.settings = AppealSettings(
        lang=rng.choice(("en", "ru", "kk")), concern=text(), signoff=text(),
        demands=(DemandChoice("release"), DemandChoice("", text())),
        addressees=(Addressee(text()[:100], text(), "x@example.org"),),
    )  # fmt: skip
    return gen


def _leaks(gen: Generated, haystack: str) -> list[str]:
    """Forbidden names (anywhere), their words (at a word start), private markers."""
    parts = [re.escape(x) for x in gen.forbidden + gen.markers]
    parts += [r"(?<!\w)" + re.escape(w) for w in gen.forbidden_words]
    return re.findall("|".join(parts), haystack, re.IGNORECASE) if parts else []


@pytest.mark.parametrize("seed", range(4))
def test_no_forbidden_name_in_any_output(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for i in range(N_CASES // 4):
        gen = generate(rng, i)
        doc = build(gen.case, gen.settings)
        outputs = {fmt: render(doc, fmt) for fmt in ("pdf", "docx", "html", "md")}
        views = {
            "md": outputs["md"].decode("utf-8"),
            "html": outputs["html"].decode("utf-8"),
            "docx": docx_xml(outputs["docx"]),
            "docx-raw": outputs["docx"].decode("latin-1"),
            "pdf-text": pdf_text(outputs["pdf"]),
            "pdf-meta": pdf_metadata(outputs["pdf"]),
            "pdf-raw": outputs["pdf"].decode("latin-1"),
            "pdf-utf16": outputs["pdf"].decode("utf-16-be", "replace"),
            "names": " ".join(suggested_filename(doc, f) for f in outputs),
        }
        for where, text in views.items():
            assert _leaks(gen, text) == [], (seed, i, where)
        assert "critical" not in views["md"].casefold()
        # the people who may be named are there
        for p in gen.case.people:
            if p.consent == "named" and any(
                inv.ref == p.id and inv.role == "victim"
                for e in gen.case.events
                for inv in e.involved
            ):
                assert p.name in views["md"]
        checked += 1
    assert checked == N_CASES // 4


def test_generator_puts_names_into_the_input() -> None:
    """The property above would be empty if the names never reached the input."""
    rng = random.Random(99)
    gens = [generate(rng, i) for i in range(10)]
    assert sum(bool(g.forbidden) for g in gens) >= 5
    for g in gens:
        raw = repr(g.case) + repr(g.settings)
        assert all(s in raw for s in g.forbidden)
