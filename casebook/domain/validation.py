"""Validation of the case model. Each problem names the field it is about."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.domain import vocab
from casebook.domain.countries import is_country
from casebook.domain.model import Case, Event, Organisation, Person, is_valid_time

MAX_TEXT = 200_000
MAX_SHORT = 500


@dataclass(frozen=True)
class FieldError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(ValueError):
    """Raised with every problem found; str() gives one line per problem."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


def _choice(errors: list[FieldError], path: str, value: str, vocabulary: vocab.Vocabulary) -> None:
    if value not in vocabulary:
        allowed = ", ".join(vocabulary)
        errors.append(FieldError(path, f"{value!r} is not one of: {allowed}"))


def _text(errors: list[FieldError], path: str, value: str, limit: int = MAX_TEXT) -> None:
    if len(value) > limit:
        errors.append(FieldError(path, f"is too long ({len(value)} characters, at most {limit})"))


def validate_person(p: Person, path: str = "person") -> list[FieldError]:
    errors: list[FieldError] = []
    if not p.name.strip() and not p.pseudonym.strip():
        errors.append(FieldError(f"{path}.name", "a person needs a name or a pseudonym"))
    _choice(errors, f"{path}.consent", p.consent, vocab.CONSENT)
    _choice(errors, f"{path}.risk", p.risk, vocab.RISK)
    if p.consent == "pseudonym" and not p.pseudonym.strip():
        errors.append(FieldError(f"{path}.pseudonym", "consent is 'pseudonym' but none is given"))
    for name in ("name", "pseudonym", "organisation", "role", "gender"):
        _text(errors, f"{path}.{name}", getattr(p, name), MAX_SHORT)
    return errors


def validate_organisation(o: Organisation, path: str = "organisation") -> list[FieldError]:
    errors: list[FieldError] = []
    if not o.name.strip():
        errors.append(FieldError(f"{path}.name", "is required"))
    _choice(errors, f"{path}.kind", o.kind, vocab.ORG_KIND)
    _text(errors, f"{path}.name", o.name, MAX_SHORT)
    return errors


def validate_event(e: Event, refs: set[str], path: str = "event") -> list[FieldError]:
    errors: list[FieldError] = []
    _choice(errors, f"{path}.type", e.type, vocab.EVENT_TYPE)
    if e.time and not is_valid_time(e.time):
        errors.append(FieldError(f"{path}.time", f"{e.time!r} is not a time like 14:30"))
    _text(errors, f"{path}.description", e.description)
    _text(errors, f"{path}.place", e.place, MAX_SHORT)
    for i, inv in enumerate(e.involved):
        _choice(errors, f"{path}.involved[{i}].role", inv.role, vocab.INVOLVEMENT_ROLE)
        if inv.ref not in refs:
            errors.append(
                FieldError(f"{path}.involved[{i}].ref", f"{inv.ref!r} is no person or organisation")
            )
    return errors


def case_errors(case: Case) -> list[FieldError]:
    errors: list[FieldError] = []
    if not case.title.strip():
        errors.append(FieldError("title", "is required"))
    _text(errors, "title", case.title, MAX_SHORT)
    _choice(errors, "status", case.status, vocab.CASE_STATUS)
    _choice(errors, "sensitivity", case.sensitivity, vocab.SENSITIVITY)
    if case.country and not is_country(case.country):
        errors.append(FieldError("country", f"{case.country!r} is not an ISO 3166 country code"))
    for name in ("summary", "background", "location"):
        _text(errors, name, getattr(case, name))
    for i, tag in enumerate(case.tags):
        if not tag.strip():
            errors.append(FieldError(f"tags[{i}]", "is empty"))
    for i, demand in enumerate(case.demands):
        if not demand.strip():
            errors.append(FieldError(f"demands[{i}]", "is empty"))
    ids: set[str] = set()
    for i, p in enumerate(case.people):
        errors += validate_person(p, f"people[{i}]")
        if p.id in ids:
            errors.append(FieldError(f"people[{i}].id", "is used twice"))
        ids.add(p.id)
    for i, o in enumerate(case.organisations):
        errors += validate_organisation(o, f"organisations[{i}]")
        if o.id in ids:
            errors.append(FieldError(f"organisations[{i}].id", "is used twice"))
        ids.add(o.id)
    for i, e in enumerate(case.events):
        errors += validate_event(e, ids, f"events[{i}]")
    return errors


def validate_case(case: Case) -> None:
    """Raise ValidationError naming every invalid field of `case`."""
    errors = case_errors(case)
    if errors:
        raise ValidationError(errors)
