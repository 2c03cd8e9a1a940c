"""Quick intake: the short form of a common incident becomes a normal, valid case."""

from __future__ import annotations

import pytest

from casebook.domain.intake import (
    Incident,
    IntakePerson,
    Perpetrator,
    build_case,
    default_title,
    validate_incident,
)
from casebook.domain.model import EventDate
from casebook.domain.validation import ValidationError, validate_case
from casebook.services.cases import get_case, save_case
from casebook.services.demo import case_administrative_detention
from casebook.services.intake import create_incident, known_organisations, known_people
from casebook.vault import cases as repo


def detention() -> Incident:
    return Incident(
        kind="detention",
        date=EventDate.parse("2025-03-03"),
        time="10:30",
        place="Almaty, Republic Square",
        what="Detained during a single-person picket.",
        people=[
            IntakePerson("Aigerim Sadykova", consent="named"),
            IntakePerson("Daniyar Omarov", consent="pseudonym", pseudonym="D. O."),
        ],
        perpetrators=[
            Perpetrator("Almaty city police", "police"),
            Perpetrator("Akimat", "state_body"),
        ],
        police_station="Almalinsky district police department",
        lawyer="Galym Ageleuov",
        hearing_date=EventDate.parse("2025-03-04"),
        legal_article="Article 488 of the Code of Administrative Offences",
        term="10 days",
        demands=["Release them", "Drop the charges", "Guarantee peaceful assembly"],
    )


def test_a_detention_becomes_a_case_with_people_perpetrators_and_two_events() -> None:
    case = build_case(detention())
    validate_case(case)
    names = [p.name for p in case.people]
    assert names == ["Aigerim Sadykova", "Daniyar Omarov", "Galym Ageleuov"]
    assert [p.consent for p in case.people] == ["named", "pseudonym", "named"]
    assert [(o.name, o.kind) for o in case.organisations] == [
        ("Almaty city police", "police"),
        ("Akimat", "state_body"),
        ("Almalinsky district police department", "police"),
    ]
    arrest, hearing = case.events_in_order()
    assert (arrest.type, arrest.date.text(), arrest.time) == ("arrest", "2025-03-03", "10:30")
    assert "Almalinsky district police department" in arrest.description
    roles = {(case.party(i.ref).name, i.role) for i in arrest.involved}
    assert ("Aigerim Sadykova", "victim") in roles and ("Akimat", "perpetrator") in roles
    assert (hearing.type, hearing.date.text()) == ("administrative_detention", "2025-03-04")
    assert "10 days" in hearing.description and "Article 488" in hearing.description
    lawyer = case.people[2]
    assert any(i.ref == lawyer.id and i.role == "intervening" for i in hearing.involved)
    assert case.sensitivity == "internal" and case.location == "Almaty"
    assert len(case.demands) == 3


def test_the_title_names_only_people_published_with_consent() -> None:
    incident = detention()
    assert default_title(incident) == "Aigerim Sadykova and D. O. detained in Almaty"
    incident.people.append(IntakePerson("Secret Person", consent="anonymous"))
    title = default_title(incident)
    assert "Secret" not in title and "Aigerim" not in title and title.endswith("in Almaty")
    incident.title = "My own title"
    assert build_case(incident).title == "My own title"


@pytest.mark.parametrize("kind", ["attack", "fine", "threats", "cancellation"])
def test_every_kind_gives_a_valid_case(kind: str) -> None:
    incident = Incident(kind=kind, date=EventDate.parse("2025-03"), people=[IntakePerson("A")])
    case = build_case(incident)
    validate_case(case)
    assert len(case.events) == 1 and case.events[0].date.text() == "2025-03"


def test_bad_forms_are_refused_with_the_field_named(vault) -> None:
    bad = Incident(kind="party", date=EventDate.parse("2025-03-03"), time="25:00")
    paths = {e.path for e in validate_incident(bad)}
    assert {"kind", "people", "time"} <= paths
    late = detention()
    late.hearing_date = EventDate.parse("2025-03-01")
    assert [e.path for e in validate_incident(late)] == ["hearing_date"]
    with pytest.raises(ValidationError):
        create_incident(vault, late)
    assert repo.count_cases(vault.conn) == 0  # nothing stored


def test_create_incident_stores_it_and_known_people_can_be_picked(vault) -> None:
    save_case(vault, case_administrative_detention())
    case = create_incident(vault, detention())
    stored = get_case(vault, case.id)
    assert stored.title == case.title and len(stored.events) == 2
    people = {p.name: p for p in known_people(vault)}
    assert people["Marat Zhunusov"].consent == "named"
    assert "Aigerim Sadykova" in people
    orgs = dict(known_organisations(vault))
    assert orgs["Almaty city police"] == "police"
