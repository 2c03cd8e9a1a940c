"""casebook-case/1: the documented shape imports, round trips are lossless, bad input
is rejected with its JSON path and nothing is written."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from casebook.domain import vocab
from casebook.domain.interchange import InterchangeError, case_from_dict, case_to_dict
from casebook.services import cases as svc
from casebook.services.demo import demo_cases
from casebook.vault.cases import count_cases
from casebook.vault.vault import Vault

EXAMPLE: dict[str, Any] = {
    "format": "casebook-case/1", "title": "Event attacked", "status": "open", "country": "KZ",
    "location": "Almaty", "summary": "Summary.", "background": "Background.",
    "sensitivity": "public", "tags": ["assembly"], "demands": ["Investigate", "Protect"],
    "people": [{"ref": "p1", "name": "Aliya N.", "pseudonym": "A.", "consent": "named",
                "organisation": "Feminita-like group", "role": "organiser",
                "profile": "Profile.", "risk": "high"}],
    "organisations": [{"ref": "o1", "name": "Hostile group", "kind": "non_state_group",
                       "description": "Anti-gender group."}],
    "events": [{"date": "2024-10-09", "time": "11:00", "place": "Almaty",
                "type": "event_disruption", "description": "They broke in.",
                "involved": [{"ref": "o1", "role": "perpetrator"},
                             {"ref": "p1", "role": "victim"}]}],
}  # fmt: skip


def test_documented_example_imports(vault: Vault) -> None:
    case = svc.import_case_json(vault, json.dumps(EXAMPLE))
    stored = svc.get_case(vault, case.id)
    assert stored.title == "Event attacked"
    assert stored.people[0].name == "Aliya N."
    event = stored.events[0]
    assert event.date.precision == "day" and event.time == "11:00"
    roles = {stored.party(i.ref).name: i.role for i in event.involved}  # type: ignore[union-attr]
    assert roles == {"Hostile group": "perpetrator", "Aliya N.": "victim"}


@pytest.mark.parametrize("case", demo_cases(), ids=lambda c: c.title[:20])
def test_export_import_is_lossless(vault: Vault, tmp_path, case) -> None:
    svc.save_case(vault, case, touch=False)
    exported = svc.export_case_json(vault, case.id)
    other, _ = Vault.create(tmp_path / "other", "another passphrase here", kdf=_fast())
    try:
        imported = svc.import_case_json(other, exported)
        assert imported.id == case.id
        assert svc.export_case_json(other, case.id) == exported
    finally:
        other.close()
    assert case_to_dict(case_from_dict(json.loads(exported))) == json.loads(exported)


def test_importing_twice_gives_fresh_ids(vault: Vault) -> None:
    a = svc.import_case_json(vault, json.dumps(EXAMPLE))
    b = svc.import_case_json(vault, svc.export_case_json(vault, a.id))
    assert a.id != b.id
    assert count_cases(vault.conn) == 2
    stored = svc.get_case(vault, b.id)
    assert {stored.party(i.ref) is not None for i in stored.events[0].involved} == {True}


def _fast():
    from tests.conftest import FAST_KDF

    return FAST_KDF


def _broken(path: list[Any], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(EXAMPLE)
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


BAD = [
    (["title"], 42, "$.title"),
    (["tags"], "not a list", "$.tags"),
    (["events", 0, "type"], "lynching_party", "$.events[0].type"),
    (["events", 0, "involved", 0, "ref"], "o9", "$.events[0].involved[0].ref"),
    (["events", 0, "date"], "2024-02-30", "$.events[0].date"),
    (["events", 0, "date"], "yesterday", "$.events[0].date"),
    (["events", 0, "time"], "25:99", "$.events[0].time"),
    (["people", 0, "consent"], "maybe", "$.people[0].consent"),
    (["country"], "XX", "$.country"),
    (["status"], "archived", "$.status"),
    (["format"], "casebook-case/3", "$.format"),
    (["people", 0, "ssn"], "123", "$.people[0]"),
]


@pytest.mark.parametrize(("path", "value", "where"), BAD, ids=[b[2] + str(b[1]) for b in BAD])
def test_malformed_input_names_the_path_and_writes_nothing(
    vault: Vault, path: list[Any], value: Any, where: str
) -> None:
    with pytest.raises(InterchangeError) as info:
        svc.import_case_json(vault, json.dumps(_broken(path, value)))
    assert any(e.path.startswith(where) for e in info.value.errors), info.value.errors
    assert count_cases(vault.conn) == 0


def test_not_json_at_all(vault: Vault) -> None:
    with pytest.raises(InterchangeError, match="not valid JSON .line 1"):
        svc.import_case_json(vault, '{"format": "casebook-case/1", "title": ')
    with pytest.raises(InterchangeError, match=r"\$: must be an object|\$"):
        svc.import_case_json(vault, "[1, 2]")
    assert count_cases(vault.conn) == 0


def test_schema_enums_match_vocabularies() -> None:
    schema = svc.case_schema()
    defs = schema["$defs"]
    assert schema["properties"]["status"]["enum"] == list(vocab.CASE_STATUS)
    assert schema["properties"]["sensitivity"]["enum"] == list(vocab.SENSITIVITY)
    assert defs["event"]["properties"]["type"]["enum"] == list(vocab.EVENT_TYPE)
    assert defs["person"]["properties"]["consent"]["enum"] == list(vocab.CONSENT)
    assert defs["organisation"]["properties"]["kind"]["enum"] == list(vocab.ORG_KIND)
    role = defs["event"]["properties"]["involved"]["items"]["properties"]["role"]
    assert role["enum"] == list(vocab.INVOLVEMENT_ROLE)


def test_exports_validate_against_the_published_schema() -> None:
    validator = jsonschema.Draft202012Validator(svc.case_schema())
    for case in demo_cases():
        validator.validate(case_to_dict(case))


def test_event_date_precisions_round_trip() -> None:
    from casebook.domain.model import EventDate

    for text, precision in [("2024-10-09", "day"), ("2024-10", "month"), ("2024", "year"),
                            ("2024-10-01/2024-10-11", "range")]:  # fmt: skip
        d = EventDate.parse(text)
        assert (d.precision, d.text()) == (precision, text)
    with pytest.raises(ValueError, match="must not end before"):
        EventDate.parse("2024-10-11/2024-10-01")
    assert EventDate.parse("2024-02").last_day().isoformat() == "2024-02-29"
