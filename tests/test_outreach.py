"""Issue 16, the facts of outreach: actions taken, detentions and their release dates, UN
consent answers, the address book, the outreach log and the reminders (injected clock)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from casebook.domain.interchange import InterchangeError, case_from_dict, case_to_dict
from casebook.domain.model import Case, Event, EventDate, Person
from casebook.domain.outreach import ActionTaken, Detention, UnConsent
from casebook.services import outreach as svc
from casebook.services.cases import duplicate_case, get_case, save_case
from casebook.vault.vault import Vault
from tests import bundle_support
from tests.conftest import snapshot_files

pair = bundle_support.pair

ADDRESS_BOOK = [
    {
        "name": "UN SR on human rights defenders",
        "function": "Special Rapporteur",
        "organisation": "OHCHR",
        "country": "CH",
        "language": "en",
        "email": "hrc-sr-defenders@example.org",
        "salutation": "Dear Special Rapporteur,",
    },
    {"name": "Prosecutor General of Kazakhstan", "language": "ru", "post": "Astana"},
]


def detention_case(start: str = "2025-03-01", term: int = 10) -> Case:
    person = Person(name="Айгерим Садыкова", consent="anonymous")
    person.un_consent = UnConsent(send_to_government=True, public_report=False)
    event = Event(date=EventDate.parse(start), type="administrative_detention")
    event.detention = Detention("Almaty special detention centre", "Art. 488 CoAO", start, term)
    case = Case(title="Detention after 8 March march", people=[person], events=[event])
    case.actions_taken = [
        ActionTaken(
            "2025-03-02",
            "Almaty city court",
            "appeal against the sentence",
            "3-17/25",
            "dismissed",
            [event.id],
        )  # fmt: skip
    ]
    return case


def test_release_date_counts_the_first_day() -> None:
    assert Detention(start="2025-03-01", term_days=10).release_date() == date(2025, 3, 10)
    assert Detention(start="2025-03-01", term_days=0).release_date() is None
    assert Detention(start="", term_days=10).release_date() is None


def test_interchange_round_trip_keeps_outreach_facts() -> None:
    case = detention_case()
    data = case_to_dict(case)
    assert data["actions_taken"][0]["reference"] == "3-17/25"
    assert data["events"][0]["detention"]["term_days"] == 10
    assert data["people"][0]["un_consent"] == {"send_to_government": True, "public_report": False}
    again = case_from_dict(json.loads(json.dumps(data)))
    assert case_to_dict(again) == data


def test_a_case_without_them_exports_as_before() -> None:
    data = case_to_dict(Case(title="t", people=[Person(name="x")]))
    assert "actions_taken" not in data and "outreach" not in data
    assert "un_consent" not in data["people"][0]


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["events"][0]["detention"].update(term_days=-1), "detention.term_days"),
        (lambda d: d["events"][0]["detention"].update(term_days="10"), "detention.term_days"),
        (lambda d: d["events"][0]["detention"].update(start="1.3.2025"), "detention.start"),
        (lambda d: d["events"][0]["detention"].update(cell=4), "detention.cell"),
        (lambda d: d["people"][0]["un_consent"].update(public_report="no"), "public_report"),
        (lambda d: d["actions_taken"][0].update(events=["nope"]), "actions_taken[0].events[0]"),
        (lambda d: d["actions_taken"][0].update(date="2025-02-30"), "actions_taken[0].date"),
    ],
)
def test_malformed_outreach_facts_are_named(mutate, path: str) -> None:
    data = case_to_dict(detention_case())
    mutate(data)
    with pytest.raises(InterchangeError) as err:
        case_from_dict(data)
    assert any(path in e.path for e in err.value.errors), err.value.errors


def test_the_vault_keeps_them(vault: Vault) -> None:
    case = detention_case()
    save_case(vault, case)
    back = get_case(vault, case.id)
    assert back.actions_taken == case.actions_taken
    assert back.events[0].detention == case.events[0].detention
    assert back.people[0].un_consent == UnConsent(True, False)
    back.events[0].detention = None  # removing the detention facts removes them
    save_case(vault, back)
    assert get_case(vault, case.id).events[0].detention is None


def test_duplicate_links_actions_to_the_new_events(vault: Vault) -> None:
    case = detention_case()
    save_case(vault, case)
    dup = duplicate_case(vault, case.id)
    assert dup.actions_taken[0].events == [dup.events[0].id]
    assert get_case(vault, dup.id).events[0].detention is not None


def test_release_reminder_from_the_day_before(vault: Vault) -> None:
    save_case(vault, detention_case("2025-03-01", 10))  # ends 10 March
    assert svc.reminders(vault, date(2025, 3, 8)) == []
    on_9th = svc.reminders(vault, date(2025, 3, 9))
    assert [(r.kind, r.due) for r in on_9th] == [("release", "2025-03-10")]
    assert "10-day detention ends 2025-03-10: check release" in on_9th[0].text
    assert len(svc.reminders(vault, date(2025, 3, 10))) == 1
    assert svc.reminders(vault, date(2025, 3, 30)) == []


def test_address_book_import_is_all_or_nothing(vault: Vault) -> None:
    added, updated = svc.import_addressees(vault, json.dumps(ADDRESS_BOOK))
    assert (added, updated) == (2, 0)
    again = [dict(ADDRESS_BOOK[0], email="new@example.org")]
    assert svc.import_addressees(vault, json.dumps(again)) == (0, 1)
    names = [a.name for a in svc.list_addressees(vault)]
    assert names == ["Prosecutor General of Kazakhstan", "UN SR on human rights defenders"]
    bad = [{"name": "Embassy"}, {"name": 3}, {"function": "no name"}, {"name": "E", "lang": "x"}]
    with pytest.raises(Exception) as err:
        svc.import_addressees(vault, json.dumps(bad))
    text = str(err.value.errors)  # type: ignore[attr-defined]
    assert "$[1].name" in text and "$[2].name" in text and "$[3].lang" in text
    assert len(svc.list_addressees(vault)) == 2  # the good first entry was not added either


def _kept_appeal(vault: Vault, tmp_path: Path, case: Case) -> str:
    from casebook.services import appeals

    result = appeals.export_appeal(
        vault, case.id, "md", tmp_path / "a.md", today=date(2025, 3, 3), confirmed=True
    )
    return result.reference


@pytest.mark.usefixtures("qapp")
def test_outreach_log_and_follow_ups(vault: Vault, tmp_path: Path) -> None:
    case = detention_case()
    save_case(vault, case)
    ref = _kept_appeal(vault, tmp_path, case)
    svc.import_addressees(vault, json.dumps(ADDRESS_BOOK))
    entry, _ = svc.add_entry(
        vault, ref, to="un sr on human rights defenders", via="email", on="2025-03-03",
        by="Zh.", follow_up="2025-03-17",
    )  # fmt: skip
    assert entry.addressee == "UN SR on human rights defenders" and entry.addressee_id
    assert [r.kind for r in svc.reminders(vault, date(2025, 3, 16))] == ["release"]
    due = svc.reminders(vault, date(2025, 3, 18))  # the release is more than a week past
    assert [(r.kind, r.ref) for r in due] == [("follow_up", entry.id)]
    svc.respond(vault, entry.id[:8], on="2025-03-20", summary="Acknowledged receipt")
    assert svc.reminders(vault, date(2025, 3, 21)) == []
    log = get_case(vault, case.id).outreach
    assert [(e.reference, e.response_summary) for e in log] == [(ref, "Acknowledged receipt")]
    with pytest.raises(Exception, match="YYYY-MM-DD"):
        svc.add_entry(vault, ref, to="x", via="email", on="3.3.2025")
    with pytest.raises(Exception, match="one of"):
        svc.add_entry(vault, ref, to="x", via="pigeon", on="2025-03-03")


@pytest.mark.usefixtures("qapp")
def test_outreach_log_travels_in_the_interchange(vault: Vault, tmp_path: Path) -> None:
    from casebook.services.cases import export_case_json, import_case_json

    case = detention_case()
    save_case(vault, case)
    ref = _kept_appeal(vault, tmp_path, case)
    entry, _ = svc.add_entry(vault, ref, to="Embassy", via="hand", on="2025-03-04")
    text = export_case_json(vault, case.id)
    assert json.loads(text)["outreach"][0]["reference"] == ref
    other, _ = Vault.create(tmp_path / "other", "another passphrase for the partner vault",
                            kdf=vault_kdf())  # fmt: skip
    with other:
        imported = import_case_json(other, text)
        log = get_case(other, imported.id).outreach
        assert [(e.id, e.reference, e.addressee, e.via) for e in log] == [
            (entry.id, ref, "Embassy", "hand")
        ]
        # Saving the case again (an editor holding an older copy) removes nothing.
        stale = get_case(other, imported.id)
        stale.outreach = []
        save_case(other, stale)
        assert len(get_case(other, imported.id).outreach) == 1


def vault_kdf():
    from tests.conftest import FAST_KDF

    return FAST_KDF


def test_cli_addressees_outreach_reminders(cli, vault: Vault, tmp_path: Path, qapp) -> None:
    case = detention_case()
    save_case(vault, case)
    ref = _kept_appeal(vault, tmp_path, case)
    path = str(vault.path)
    vault.close()
    book = tmp_path / "book.json"
    book.write_text(json.dumps(ADDRESS_BOOK), encoding="utf-8")
    r = cli("--vault", path, "addressees", "import", str(book))
    assert r.code == 0, r.err
    assert "2 added, 0 updated" in r.out
    r = cli("--vault", path, "addressees", "list", "--json")
    assert [a["name"] for a in json.loads(r.out)][1] == "UN SR on human rights defenders"
    before = snapshot_files(Path(path))
    bad = tmp_path / "bad.json"
    bad.write_text('[{"name": "x", "email": 4}]', encoding="utf-8")
    r = cli("--vault", path, "addressees", "import", str(bad))
    assert r.code == 1 and "$[0].email" in r.err
    assert snapshot_files(Path(path)) == before
    r = cli(
        "--vault", path, "outreach", "add", ref, "--to", "Prosecutor General of Kazakhstan",
        "--via", "post", "--on", "2025-03-05", "--follow-up", "2025-03-19", "--json",
    )  # fmt: skip
    assert r.code == 0, r.err
    entry_id = json.loads(r.out)["id"]
    r = cli("--vault", path, "outreach", "list", "--due", "--today", "2025-03-19", "--json")
    assert [e["id"] for e in json.loads(r.out)] == [entry_id]
    r = cli("--vault", path, "reminders", "--today", "2025-03-09", "--json")
    assert [x["kind"] for x in json.loads(r.out)] == ["release"]
    r = cli("--vault", path, "reminders", "--today", "2025-03-19")
    assert "follow up on " + ref in r.out
    r = cli("--vault", path, "outreach", "respond", entry_id, "--on", "2025-03-25",
            "--summary", "Complaint registered")  # fmt: skip
    assert r.code == 0, r.err
    r = cli("--vault", path, "outreach", "list", "--due", "--today", "2025-03-26", "--json")
    assert json.loads(r.out) == []
    r = cli("--vault", path, "reminders", "--today", "March 9")
    assert r.code == 2 and "YYYY-MM-DD" in r.err


@pytest.mark.usefixtures("qapp")
def test_outreach_log_travels_in_a_bundle(pair, tmp_path: Path) -> None:
    from casebook.services import bundle

    a, b = pair
    case = detention_case()
    case.sensitivity = "partners"
    save_case(a, case)
    ref = _kept_appeal(a, tmp_path, case)
    entry, _ = svc.add_entry(a, ref, to="Embassy of Sweden", via="email", on="2025-03-04",
                             follow_up="2025-03-11")  # fmt: skip
    svc.respond(a, entry.id, on="2025-03-06", summary="Raised with the MFA")
    out = tmp_path / "to-b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    bundle.import_bundle(b, out)
    got = get_case(b, case.id)
    assert [(e.id, e.reference, e.addressee, e.response_summary) for e in got.outreach] == [
        (entry.id, ref, "Embassy of Sweden", "Raised with the MFA")
    ]
    assert got.events[0].detention == case.events[0].detention
    assert got.actions_taken == case.actions_taken
    assert got.people[0].un_consent == UnConsent(True, False)
