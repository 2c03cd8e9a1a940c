"""Quick intake ("New incident"): the case built from the short form is checked and
stored like any other case (`casebook.domain.intake` builds it)."""

from __future__ import annotations

from casebook.domain.intake import Incident, IntakePerson, build_case, validate_incident
from casebook.domain.model import Case
from casebook.domain.validation import ValidationError
from casebook.services.cases import save_case
from casebook.vault import cases as repo
from casebook.vault.vault import Vault

KNOWN_LIMIT = 2000


def create_incident(vault: Vault, incident: Incident) -> Case:
    """Build the case of `incident` and store it; ValidationError (nothing stored) when
    the form or the case built from it is not valid."""
    errors = validate_incident(incident)
    if errors:
        raise ValidationError(errors)
    case = build_case(incident)
    save_case(vault, case)
    return case


def known_people(vault: Vault) -> list[IntakePerson]:
    """People of the other cases (name, pseudonym, consent, organisation, role), once
    each, to pick from instead of typing them again; the consent is theirs as recorded."""
    seen: dict[tuple[str, str], IntakePerson] = {}
    for name, pseudonym, consent, organisation, role in repo.known_people(vault.conn, KNOWN_LIMIT):
        key = (name.casefold(), pseudonym.casefold())
        if key not in seen:
            seen[key] = IntakePerson(name, consent, pseudonym, organisation, role)
    return list(seen.values())


def known_organisations(vault: Vault) -> list[tuple[str, str]]:
    """(name, kind) of the organisations of every case, once each by name."""
    seen: dict[str, tuple[str, str]] = {}
    for name, kind in repo.known_organisations(vault.conn, KNOWN_LIMIT):
        seen.setdefault(name.casefold(), (name, kind))
    return list(seen.values())
