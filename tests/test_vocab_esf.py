"""ESF codes of the vocabulary (issue 17): every event type and role has a 12-digit code
of its ESF micro-thesaurus or is marked local, and the issue's examples hold exactly."""

from __future__ import annotations

import re

import pytest

from casebook.domain import vocab

TWELVE = re.compile(r"^\d{12}$")

# The examples of the issue, "Types of acts": Casebook type -> code.
ISSUE_CODES = {
    "arrest": "030101000000",  # arrest
    "administrative_detention": "030102000000",  # detention
    "threats": "020103010000",  # threats
    "surveillance": "020103030000",  # surveillance
    "raid": "040101000000",  # illegal search / raid
    "travel_ban": "050106000000",  # restriction on travel
    "defamation": "140101000000",  # defamation
}
ISSUE_LOCAL = ("online_harassment", "doxxing", "fine", "venue_cancellation", "event_disruption")


@pytest.mark.parametrize("event_type", list(vocab.EVENT_TYPE))
def test_every_event_type_has_a_code_or_is_local(event_type: str) -> None:
    code = vocab.esf_code(event_type)
    coded, local = event_type in vocab.ESF_EVENT_TYPE, event_type in vocab.LOCAL_EVENT_TYPES
    assert coded != local, f"{event_type}: coded and local at once, or neither"
    assert TWELVE.match(code) if coded else code == "local"
    assert vocab.is_local(event_type) == local


@pytest.mark.parametrize("role", list(vocab.INVOLVEMENT_ROLE))
def test_every_role_has_a_code_or_is_local(role: str) -> None:
    code = vocab.role_esf_code(role)
    coded, local = role in vocab.ESF_ROLE, role in vocab.LOCAL_ROLES
    assert coded != local, f"{role}: coded and local at once, or neither"
    assert TWELVE.match(code) if coded else code == "local"


def test_the_issue_examples_exactly() -> None:
    assert {t: vocab.esf_code(t) for t in ISSUE_CODES} == ISSUE_CODES
    assert all(vocab.esf_code(t) == "local" for t in ISSUE_LOCAL)


def test_the_codes_found_in_the_thesauri() -> None:
    """The terms filled in from HURIDOCS' micro-thesauri (OpenEvSys's copy)."""
    assert {t: vocab.esf_code(t) for t in ("physical_attack", "verbal_abuse", "other")} == {
        "physical_attack": "020101000000",  # Physical assaults, including domestic violence
        "verbal_abuse": "020103000000",  # Psychological assault, harassment
        "other": "900000000000",  # Other
    }
    for local in ("judicial_harassment", "ill_treatment", "denial_of_registration"):
        assert vocab.esf_code(local) == "local"
    assert {r: vocab.role_esf_code(r) for r in vocab.INVOLVEMENT_ROLE} == {
        "victim": "010100000000",  # Victim him/herself
        "perpetrator": "010300000000",  # Perpetrator
        "witness": "010200000000",  # Witness
        "source": "local",
        "intervening": "local",
    }


def test_codes_are_one_per_term_and_unknown_codes_get_none() -> None:
    codes = list(vocab.ESF_EVENT_TYPE.values())
    assert len(codes) == len(set(codes))
    assert set(vocab.ESF_EVENT_TYPE) <= set(vocab.EVENT_TYPE)
    assert set(vocab.LOCAL_EVENT_TYPES) <= set(vocab.EVENT_TYPE)
    assert {*vocab.ESF_ROLE, *vocab.LOCAL_ROLES} == set(vocab.INVOLVEMENT_ROLE)
    assert vocab.esf_code("no_such_type") == "" and vocab.role_esf_code("no_such_role") == ""
    # every code is a term of its level: the digits after its level are zeros
    for code, _term in vocab.ESF_EVENT_TERMS.values():
        pairs = [code[i : i + 2] for i in range(0, 12, 2)]
        depth = max(i for i, p in enumerate(pairs) if p != "00")
        assert all(p == "00" for p in pairs[depth + 1 :])
