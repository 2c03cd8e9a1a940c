"""Validation of the case model. Each problem names the field it is about.

Messages are in the current language (casebook.i18n) when they are made; paths are the
field names of the model and stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebook.domain import vocab
from casebook.domain.countries import is_country
from casebook.domain.model import Case, Event, Organisation, Person, is_valid_time
from casebook.i18n import Context, translate

MAX_TEXT = 200_000
MAX_SHORT = 500

validation = Context("validation")


def required() -> str:
    return translate("validation", "is required")


def too_long(length: int, limit: int) -> str:
    return validation.tr("is too long (%n characters, at most {limit})", "", length).format(
        limit=limit
    )


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
        message = translate("validation", "{value!r} is not one of: {allowed}")
        errors.append(FieldError(path, message.format(value=value, allowed=allowed)))


def _text(errors: list[FieldError], path: str, value: str, limit: int = MAX_TEXT) -> None:
    if len(value) > limit:
        errors.append(FieldError(path, too_long(len(value), limit)))


def validate_person(p: Person, path: str = "person") -> list[FieldError]:
    errors: list[FieldError] = []
    if not p.name.strip() and not p.pseudonym.strip():
        message = translate("validation", "a person needs a name or a pseudonym")
        errors.append(FieldError(f"{path}.name", message))
    _choice(errors, f"{path}.consent", p.consent, vocab.CONSENT)
    _choice(errors, f"{path}.risk", p.risk, vocab.RISK)
    if p.consent == "pseudonym" and not p.pseudonym.strip():
        message = translate("validation", "consent is 'pseudonym' but none is given")
        errors.append(FieldError(f"{path}.pseudonym", message))
    for name in ("name", "pseudonym", "organisation", "role", "gender"):
        _text(errors, f"{path}.{name}", getattr(p, name), MAX_SHORT)
    return errors


def validate_organisation(o: Organisation, path: str = "organisation") -> list[FieldError]:
    errors: list[FieldError] = []
    if not o.name.strip():
        errors.append(FieldError(f"{path}.name", required()))
    _choice(errors, f"{path}.kind", o.kind, vocab.ORG_KIND)
    _text(errors, f"{path}.name", o.name, MAX_SHORT)
    return errors


def validate_event(e: Event, refs: set[str], path: str = "event") -> list[FieldError]:
    errors: list[FieldError] = []
    _choice(errors, f"{path}.type", e.type, vocab.EVENT_TYPE)
    if e.time and not is_valid_time(e.time):
        message = translate("validation", "{time!r} is not a time like 14:30")
        errors.append(FieldError(f"{path}.time", message.format(time=e.time)))
    _text(errors, f"{path}.description", e.description)
    _text(errors, f"{path}.place", e.place, MAX_SHORT)
    for i, inv in enumerate(e.involved):
        _choice(errors, f"{path}.involved[{i}].role", inv.role, vocab.INVOLVEMENT_ROLE)
        if inv.ref not in refs:
            message = translate("validation", "{ref!r} is no person or organisation")
            errors.append(FieldError(f"{path}.involved[{i}].ref", message.format(ref=inv.ref)))
    return errors


def case_errors(case: Case) -> list[FieldError]:
    errors: list[FieldError] = []
    if not case.title.strip():
        errors.append(FieldError("title", required()))
    _text(errors, "title", case.title, MAX_SHORT)
    _choice(errors, "status", case.status, vocab.CASE_STATUS)
    _choice(errors, "sensitivity", case.sensitivity, vocab.SENSITIVITY)
    if case.country and not is_country(case.country):
        message = translate("validation", "{code!r} is not an ISO 3166 country code")
        errors.append(FieldError("country", message.format(code=case.country)))
    for name in ("summary", "background", "location"):
        _text(errors, name, getattr(case, name))
    for i, tag in enumerate(case.tags):
        if not tag.strip():
            errors.append(FieldError(f"tags[{i}]", translate("validation", "is empty")))
    for i, demand in enumerate(case.demands):
        if not demand.strip():
            errors.append(FieldError(f"demands[{i}]", translate("validation", "is empty")))
    ids: set[str] = set()
    for i, p in enumerate(case.people):
        errors += validate_person(p, f"people[{i}]")
        if p.id in ids:
            errors.append(FieldError(f"people[{i}].id", translate("validation", "is used twice")))
        ids.add(p.id)
    for i, o in enumerate(case.organisations):
        errors += validate_organisation(o, f"organisations[{i}]")
        if o.id in ids:
            message = translate("validation", "is used twice")
            errors.append(FieldError(f"organisations[{i}].id", message))
        ids.add(o.id)
    for i, e in enumerate(case.events):
        errors += validate_event(e, ids, f"events[{i}]")
    return errors


def validate_case(case: Case) -> None:
    """Raise ValidationError naming every invalid field of `case`."""
    errors = case_errors(case)
    if errors:
        raise ValidationError(errors)
