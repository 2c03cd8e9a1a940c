"""Case texts in several languages: the domain type, casebook-case/2, storage, search."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from casebook.domain import texts
from casebook.domain.interchange import InterchangeError, case_from_dict, case_to_dict
from casebook.domain.model import Case, Event, EventDate, Organisation, Person
from casebook.domain.texts import TextPath
from casebook.services import cases as svc
from casebook.services import texts as text_svc
from casebook.vault.cases import count_cases, search
from casebook.vault.vault import Vault
from tests.bundle_support import pair  # noqa: F401 - fixture

SUMMARY = TextPath("case", "summary")
TITLE = TextPath("case", "title")

V1: dict[str, Any] = {
    "format": "casebook-case/1", "title": "Event attacked", "status": "open", "country": "KZ",
    "location": "Almaty", "summary": "They came at noon.", "sensitivity": "public",
    "demands": ["Investigate the attack"],
    "people": [{"ref": "p1", "name": "Aliya N.", "consent": "named", "role": "Co-founder",
                "organisation": "Feminita"}],
    "events": [{"id": "e1", "date": "2024-10-09", "type": "event_disruption",
                "description": "They broke in.", "involved": [{"ref": "p1", "role": "victim"}]}],
}  # fmt: skip


def trilingual() -> dict[str, Any]:
    """A /2 document with every text in en, ru and kk."""
    doc = copy.deepcopy(V1)
    doc.update(
        format="casebook-case/2", language="en",
        title={"en": "Event attacked", "ru": "Нападение на мероприятие",
               "kk": "Іс-шараға шабуыл"},
        location={"en": "Almaty", "ru": "Алматы", "kk": "Алматы"},
        summary={"en": "They came at noon.", "ru": "Они пришли в полдень.",
                 "kk": "Олар түсте келді."},
        demands=[{"en": "Investigate the attack", "ru": "Расследовать нападение",
                  "kk": "Шабуылды тергеу"}],
    )  # fmt: skip
    person = doc["people"][0]
    person["role"] = {"en": "Co-founder", "ru": "Сооснователь", "kk": "Негізін қалаушы"}
    person["organisation"] = {"en": "Feminita", "ru": "Феминита", "kk": "Феминита"}
    doc["events"][0]["description"] = {
        "en": "They broke in.", "ru": "Они ворвались в зал.", "kk": "Олар залға басып кірді.",
    }  # fmt: skip
    return doc


# --- the domain type ----------------------------------------------------------------------


def _case() -> Case:
    case = Case(title="Raid", summary="Police searched the office.", language="en")
    case.people.append(Person("A. B.", role="Lawyer", consent="named"))
    case.organisations.append(Organisation("Akimat", kind="state_body"))
    case.events.append(Event(EventDate.parse("2024-05-01"), "raid", description="Search."))
    return case


def test_text_for_gives_the_version_or_falls_back_to_the_original() -> None:
    case = _case()
    texts.set_version(case, SUMMARY, "ru", "Полиция обыскала офис.")
    assert texts.text_for(case, SUMMARY, "ru") == ("Полиция обыскала офис.", False)
    assert texts.text_for(case, SUMMARY, "kk") == ("Police searched the office.", True)
    assert texts.text_for(case, SUMMARY, "en") == ("Police searched the office.", False)
    # an empty original has nothing to fall back from
    assert texts.text_for(case, TextPath("case", "background"), "kk") == ("", False)
    assert texts.languages(case, SUMMARY) == ["en", "ru"]


def test_a_version_needs_review_once_its_original_changes() -> None:
    case = _case()
    texts.set_version(case, SUMMARY, "ru", "Полиция обыскала офис.")
    assert not texts.needs_review(case, SUMMARY, "ru")
    case.summary = "Police searched the office and took laptops."
    assert texts.needs_review(case, SUMMARY, "ru")
    status = texts.translation_status(case, "ru")
    assert TextPath("case", "summary") in [s.path for s in status if s.state == texts.REVIEW]
    # saving the version again (after review) makes it current
    texts.set_version(case, SUMMARY, "ru", "Полиция обыскала офис и забрала ноутбуки.")
    assert not texts.needs_review(case, SUMMARY, "ru")
    texts.set_version(case, SUMMARY, "ru", "Полиция обыскала офис.", review=True)
    assert texts.needs_review(case, SUMMARY, "ru")


def test_status_lists_missing_fields_of_people_events_and_demands() -> None:
    case = _case()
    case.demands = ["Return the laptops"]
    missing = {(s.path.kind, s.path.field) for s in texts.translation_status(case, "kk")}
    assert missing == {("case", "title"), ("case", "summary"), ("person", "role"),
                       ("organisation", "name"), ("event", "description"),
                       ("demand", "text")}  # fmt: skip
    assert texts.translation_status(case, "en") == []


def test_versions_of_removed_parts_are_dropped_and_duplicates_follow_new_ids(
    vault: Vault,
) -> None:
    case = _case()
    event = case.events[0]
    texts.set_version(case, TextPath("event", "description", event.id), "ru", "Обыск.")
    texts.set_version(case, TextPath("person", "role", case.people[0].id), "ru", "Адвокат")
    svc.save_case(vault, case)
    dup = svc.duplicate_case(vault, case.id)
    stored = svc.get_case(vault, dup.id)
    assert texts.text_for(stored, TextPath("event", "description", stored.events[0].id), "ru") == (
        "Обыск.", False,
    )  # fmt: skip
    assert texts.text_for(stored, TextPath("person", "role", stored.people[0].id), "ru") == (
        "Адвокат", False,
    )  # fmt: skip
    stored.events.clear()
    svc.save_case(vault, stored)
    assert list(svc.get_case(vault, dup.id).translations) == [
        TextPath("person", "role", stored.people[0].id).key
    ]


# --- casebook-case/2 -----------------------------------------------------------------------


def test_v1_imports_and_exports_as_v2_losslessly(vault: Vault, tmp_path: Path) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    assert case.language == "en" and case.translations == {}
    exported = json.loads(svc.export_case_json(vault, case.id))
    assert exported["format"] == "casebook-case/2" and exported["language"] == "en"
    assert exported["summary"] == "They came at noon."
    # /1 -> /2 -> import -> export: the same document
    other, _ = Vault.create(tmp_path / "other", "another passphrase here", kdf=_fast())
    try:
        again = svc.import_case_json(other, json.dumps(exported))
        assert json.loads(svc.export_case_json(other, again.id)) == exported
    finally:
        other.close()


def test_v1_strings_are_in_the_language_it_names() -> None:
    case = case_from_dict({**V1, "language": "ru", "summary": "Они пришли."})
    assert case.language == "ru" and case.summary == "Они пришли."


def test_v2_round_trip_keeps_every_version_and_what_needs_review(vault: Vault) -> None:
    doc = trilingual()
    doc["needs_review"] = ["$.summary.kk"]
    case = svc.import_case_json(vault, json.dumps(doc))
    stored = svc.get_case(vault, case.id)
    assert texts.text_for(stored, SUMMARY, "kk") == ("Олар түсте келді.", False)
    assert texts.needs_review(stored, SUMMARY, "kk")
    assert not texts.needs_review(stored, SUMMARY, "ru")
    exported = json.loads(svc.export_case_json(vault, case.id))
    assert exported["summary"] == doc["summary"]
    assert exported["people"][0]["role"] == doc["people"][0]["role"]
    assert exported["demands"] == doc["demands"]
    assert exported["needs_review"] == ["$.summary.kk"]
    assert case_to_dict(case_from_dict(exported)) == exported
    jsonschema.Draft202012Validator(svc.case_schema()).validate(exported)


def test_an_original_changed_after_import_marks_its_versions_for_review(vault: Vault) -> None:
    case = svc.import_case_json(vault, json.dumps(trilingual()))
    stored = svc.get_case(vault, case.id)
    stored.summary = "They came at noon, twelve of them."
    svc.save_case(vault, stored)
    exported = json.loads(svc.export_case_json(vault, case.id))
    assert exported["needs_review"] == ["$.summary.kk", "$.summary.ru"]
    gaps = text_svc.translation_gaps(svc.get_case(vault, case.id))
    assert [(g.path, g.state) for g in gaps["ru"]] == [(SUMMARY, texts.REVIEW)]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d.update(summary={"en": "x", "xx": "y"}), "$.summary.xx", "ISO 639-1"),
        (lambda d: d.update(summary={"en": "x", "ru": 5}), "$.summary.ru", "must be"),
        (lambda d: d.update(summary={}), "$.summary", "at least one language"),
        (lambda d: d["events"][0].update(description={"ru": "Только по-русски"}),
         "$.events[0].description", "case's language"),
        (lambda d: d["demands"].append({"en": "x", "kk": ["list"]}), "$.demands[1].kk", "must"),
        (lambda d: d["people"][0].update(role={"EN": "x"}), "$.people[0].role.EN", ""),
        (lambda d: d.update(language="english"), "$.language", ""),
        (lambda d: d.update(needs_review=["$.title.ru"]), "$.needs_review[0]", "names no"),
    ],
)  # fmt: skip
def test_malformed_language_maps_are_refused_with_their_path(
    vault: Vault, change: Any, path: str, words: str
) -> None:
    doc = trilingual()
    doc["title"] = "Event attacked"  # only the summary etc. are maps
    change(doc)
    with pytest.raises(InterchangeError) as info:
        svc.import_case_json(vault, json.dumps(doc))
    paths = [e.path for e in info.value.errors]
    assert path in paths, info.value
    assert words in str(info.value)
    assert count_cases(vault.conn) == 0


def test_published_schemas_match_the_documents(vault: Vault) -> None:
    schema2 = svc.case_schema()
    assert schema2["properties"]["format"] == {"const": "casebook-case/2"}
    jsonschema.Draft202012Validator(schema2).validate(trilingual())
    jsonschema.Draft202012Validator(svc.case_schema("casebook-case/1")).validate(V1)
    bad = trilingual()
    bad["summary"] = {"en": "x", "ru": 3}
    assert list(jsonschema.Draft202012Validator(schema2).iter_errors(bad))


# --- storage and search ---------------------------------------------------------------------


def test_versions_are_stored_and_every_language_is_searched(vault: Vault) -> None:
    case = svc.import_case_json(vault, json.dumps(trilingual()))
    svc.import_case_json(vault, json.dumps({**V1, "title": "Unrelated", "summary": "Nothing."}))
    for word in ("полдень", "түсте", "ворвались", "басып", "Нападение", "шабуыл"):
        assert [h.case_id for h in search(vault.conn, word)] == [case.id], word
    stored = svc.get_case(vault, case.id)
    stored.translations.clear()
    svc.save_case(vault, stored)
    assert search(vault.conn, "полдень") == []
    assert vault.conn.execute("SELECT count(*) FROM case_texts").fetchone()[0] == 0


def test_deleting_a_case_deletes_its_versions(vault: Vault) -> None:
    case = svc.import_case_json(vault, json.dumps(trilingual()))
    assert vault.conn.execute("SELECT count(*) FROM case_texts").fetchone()[0] > 0
    svc.delete_case(vault, case.id)
    assert vault.conn.execute("SELECT count(*) FROM case_texts").fetchone()[0] == 0


def test_a_bad_language_code_is_not_saved(vault: Vault) -> None:
    case = _case()
    case.translations[SUMMARY.key] = {"zz": texts.Version("?", "")}
    with pytest.raises(ValueError, match="ISO 639-1"):
        svc.save_case(vault, case)
    assert count_cases(vault.conn) == 0


# --- command line ---------------------------------------------------------------------------


def test_cli_show_in_a_language_marks_fallbacks(cli, vault: Vault, vault_dir: Path) -> None:
    doc = trilingual()
    doc["events"][0]["description"] = {"en": "They broke in.", "ru": "Они ворвались в зал."}
    case = svc.import_case_json(vault, json.dumps(doc))
    vault.close()
    r = cli("--vault", str(vault_dir), "case", "show", case.id[:8], "--lang", "kk")
    assert r.code == 0, r.err
    assert "Іс-шараға шабуыл" in r.out and "Олар түсте келді." in r.out
    assert "[en] They broke in." in r.out
    assert "event 2024-10-09: description" in r.out.splitlines()[-1]
    assert "They came at noon" not in r.out
    r = cli("--vault", str(vault_dir), "case", "show", case.id[:8], "--lang", "kk", "--json")
    shown = {t["field"]: t for t in json.loads(r.out)["texts"]}
    assert shown["event/description/e1"]["fell_back"] is True
    assert shown["case/summary/"] == {
        "field": "case/summary/", "label": "summary", "text": "Олар түсте келді.",
        "lang": "kk", "fell_back": False, "needs_review": False,
    }  # fmt: skip
    with pytest.raises(SystemExit) as exit_info:
        cli("--vault", str(vault_dir), "case", "show", case.id[:8], "--lang", "qq")
    assert exit_info.value.code == 2


def test_cli_translations_lists_missing_and_stale(cli, vault: Vault, vault_dir: Path) -> None:
    doc = trilingual()
    doc["background"] = "Earlier threats."
    doc["needs_review"] = ["$.summary.ru"]
    case = svc.import_case_json(vault, json.dumps(doc))
    vault.close()
    r = cli("--vault", str(vault_dir), "case", "translations", case.id, "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["language"] == "en"
    ru = data["languages"]["ru"]
    assert [m["field"] for m in ru["missing"]] == ["case/background/"]
    assert [m["field"] for m in ru["review"]] == ["case/summary/"]
    assert [m["field"] for m in data["languages"]["kk"]["missing"]] == ["case/background/"]
    assert "en" not in data["languages"]
    r = cli("--vault", str(vault_dir), "case", "translations", case.id)
    assert "ru: 1 missing, 1 to review" in r.out
    assert "background" in r.out


def _fast():  # type: ignore[no-untyped-def]
    from tests.conftest import FAST_KDF

    return FAST_KDF


def test_changing_the_original_language_keeps_every_text() -> None:
    case = _case()
    texts.set_version(case, SUMMARY, "ru", "Полиция обыскала офис.")
    texts.set_version(case, TITLE, "kk", "Тінту")
    texts.set_language(case, "ru")
    assert case.language == "ru"
    assert case.summary == "Полиция обыскала офис."
    assert texts.text_for(case, SUMMARY, "en") == ("Police searched the office.", False)
    assert not texts.needs_review(case, SUMMARY, "en")
    # a text without a Russian version keeps its original (now said to be Russian)
    assert case.title == "Raid" and texts.text_for(case, TITLE, "kk") == ("Тінту", False)
    texts.prune(case)
    assert texts.languages(case, SUMMARY) == ["ru", "en"]


def test_cli_translate_sets_a_version_and_refuses_an_unknown_text(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    vault.close()
    base = ("--vault", str(vault_dir), "case")
    r = cli(*base, "translate", case.id[:8], "case/summary/", "--lang", "kk",
            "--text", "Олар түсте келді.")  # fmt: skip
    assert r.code == 0, r.err
    source = tmp_path / "ru.txt"
    source.write_text("Они ворвались.\n", "utf-8")
    r = cli(*base, "translate", case.id, "event/description/e1", "--lang", "ru",
            "--file", str(source), "--review")  # fmt: skip
    assert r.code == 0, r.err
    r = cli(*base, "translate", case.id, "case/notes/", "--lang", "ru", "--text", "x")
    assert r.code == 1 and "'case/notes/' is not a text of this case" in r.err
    r = cli(*base, "translations", case.id, "--json")
    languages = json.loads(r.out)["languages"]
    assert "case/summary/" not in [m["field"] for m in languages["kk"]["missing"]]
    assert [m["field"] for m in languages["ru"]["review"]] == ["event/description/e1"]
    r = cli(*base, "show", case.id, "--lang", "kk", "--json")
    shown = {t["field"]: t for t in json.loads(r.out)["texts"]}
    assert shown["case/summary/"]["text"] == "Олар түсте келді."
    assert shown["case/title/"]["fell_back"] is True


def test_an_old_vault_migrates_with_each_cases_language_guessed(tmp_path: Path) -> None:
    import shutil

    from tests.test_migrations import DATA, V1_PASSPHRASE

    shutil.copytree(DATA / "vault-v1", tmp_path / "v1")
    with Vault.unlock(tmp_path / "v1", V1_PASSPHRASE) as old:
        languages = {
            row[0]: row[1] for row in old.conn.execute("SELECT title, language FROM cases")
        }
        assert old.conn.execute("SELECT count(*) FROM case_texts").fetchone()[0] == 0
    assert {lang for title, lang in languages.items() if "оштрафована" in title} == {"ru"}
    assert {lang for title, lang in languages.items() if "doxxed" in title} == {"en"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police detained two activists", "en"),
        ("Департамент юстиции отказал в регистрации инициативы «Қыз Жібек»", "ru"),
        ("Белсендінің жеке деректері жарияланды: телефон нөмірі", "kk"),
        ("Police detained the activists near the akimat («задержание»)", "en"),
        ("", "en"),
    ],
)
def test_the_language_of_old_cases_is_guessed_from_their_letters(text: str, lang: str) -> None:
    assert texts.guess_language(text) == lang


def test_a_bundle_carries_every_language_version(pair, tmp_path: Path) -> None:  # noqa: F811
    from casebook.services import bundle

    a, b = pair
    doc = trilingual()
    doc["needs_review"] = ["$.summary.kk"]
    case = svc.import_case_json(a, json.dumps(doc))
    out = tmp_path / "to-b.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    bundle.import_bundle(b, out, plan=bundle.inspect_bundle(b, out))
    received = svc.get_case(b, case.id)
    assert received.translations == svc.get_case(a, case.id).translations
    assert texts.text_for(received, SUMMARY, "kk") == ("Олар түсте келді.", False)
    assert texts.needs_review(received, SUMMARY, "kk")
    assert [h.case_id for h in search(b.conn, "түсте")] == [case.id]


def test_evidence_descriptions_have_versions_too(cli, vault: Vault, vault_dir: Path) -> None:
    import io

    from casebook.services import evidence
    from casebook.vault import custody

    case = svc.import_case_json(vault, json.dumps(V1))
    item = evidence.import_stream(
        vault, case.id, io.BytesIO(b"a statement"), original_name="statement.txt",
        description="Statement of a participant",
    )  # fmt: skip
    key = text_svc.evidence_path(item.id).key
    gaps = text_svc.translation_gaps(svc.get_case(vault, case.id), vault)
    assert [(g.path.key, g.state, g.label) for g in gaps["ru"] if g.path.kind == "evidence"] == [
        (key, texts.MISSING, "evidence 1: description")
    ]
    vault.close()
    r = cli("--vault", str(vault_dir), "case", "translate", case.id, key, "--lang", "ru",
            "--text", "Заявление участницы")  # fmt: skip
    assert r.code == 0, r.err
    r = cli("--vault", str(vault_dir), "case", "translations", case.id, "--json")
    ru = json.loads(r.out)["languages"]["ru"]
    assert key not in [m["field"] for m in ru["missing"] + ru["review"]]
    with Vault.unlock(vault_dir, "correct horse battery staple zebra") as again:
        versions = text_svc.evidence_versions(again, item.id)
        assert versions["ru"].text == "Заявление участницы"
        entries = custody.entries(again.conn, item.id)
        assert entries[-1].action == "described"
        assert entries[-1].details == {"changed": ["description.ru"]}  # never the text
        from casebook.services.verify import verify_vault

        assert verify_vault(again) == []
        evidence.update_evidence_details(again, item.id, description="Statement of a witness")
        gaps = text_svc.translation_gaps(svc.get_case(again, case.id), again)
        assert [g.state for g in gaps["ru"] if g.path.kind == "evidence"] == [texts.REVIEW]
        evidence.delete_evidence(again, item.id)
        count = again.conn.execute("SELECT count(*) FROM evidence_texts").fetchone()[0]
        assert count == 0  # the versions go with the item
