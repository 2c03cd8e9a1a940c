"""The appeal document: phrases, dates, the 'urges' sentence, consent, private fields."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from casebook.domain.appeal import AppealDocument, AppealSettings, DemandChoice
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.domain.phrases import APPEAL_LANGS, Phrases, PhraseTableError
from casebook.domain.redaction import Scrubber
from casebook.domain.validation import ValidationError
from casebook.resources import resource
from casebook.services.appeals.build import default_settings
from casebook.services.appeals.library import choice_for, demands_library, phrases
from casebook.services.demo import case_administrative_detention, case_disrupted_event
from tests.appeal_util import build


@pytest.mark.parametrize("lang", APPEAL_LANGS)
def test_phrase_tables_are_complete(lang: str) -> None:
    table = phrases(lang)
    assert table.lang == lang
    broken = dict(json.loads(resource("appeals", f"{lang}.json").read_text("utf-8")))
    del broken["heading.concern"]
    with pytest.raises(PhraseTableError, match="heading.concern"):
        Phrases.from_dict(broken)


def test_demands_library_has_every_demand_in_three_languages() -> None:
    library = demands_library()
    keys = {d.key for d in library}
    assert len(library) >= 13
    assert {"release", "investigate", "protect", "end_judicial_harassment", "condemn",
            "no_defamation", "register", "assembly", "no_reprisals"} <= keys  # fmt: skip
    for d in library:
        assert all(d.texts[lang].strip() for lang in APPEAL_LANGS)
        assert len({d.texts[lang] for lang in APPEAL_LANGS}) == 3, d.key


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "2024-10-09", "9 October 2024"),
        ("ru", "2024-10-09", "9 октября 2024 г."),
        ("kk", "2024-10-09", "2024 жылғы 9 қазан"),
        ("en", "2024-02", "February 2024"),
        ("ru", "2024-02", "февраль 2024 г."),
        ("kk", "2024-02", "2024 жылғы ақпан"),
        ("en", "2023", "2023"),
        ("ru", "2023", "2023 г."),
        ("kk", "2023", "2023 жыл"),
        ("en", "2024-06-14/2024-06-20", "14–20 June 2024"),
        ("ru", "2024-06-14/2024-06-20", "14–20 июня 2024 г."),
        ("kk", "2024-06-14/2024-06-20", "2024 жылғы 14–20 маусым"),
        ("en", "2024-05-28/2024-06-03", "28 May – 3 June 2024"),
        ("ru", "2024-05-28/2024-06-03", "28 мая – 3 июня 2024 г."),
        ("kk", "2023-12-30/2024-01-02", "2023 жылғы 30 желтоқсан – 2024 жылғы 2 қаңтар"),
    ],
)
def test_dates_at_each_precision(lang: str, text: str, expected: str) -> None:
    assert phrases(lang).event_date(EventDate.parse(text)) == expected


@pytest.mark.parametrize(
    ("lang", "country", "expected"),
    [
        ("en", "KZ", "Org urges the authorities of Kazakhstan to:"),
        ("en", "RU", "Org urges the authorities of the Russian Federation to:"),
        ("ru", "KZ", "Org призывает власти Казахстана:"),
        ("ru", "KG", "Org призывает власти Кыргызстана:"),
        ("ru", "FR", "Org призывает органы власти (Франция):"),
        ("kk", "KZ", "Org Қазақстанның билік органдарын төмендегі шараларды қабылдауға шақырады:"),
        ("kk", "", "Org билік органдарын төмендегі шараларды қабылдауға шақырады:"),
        ("en", "", "Org urges the authorities to:"),
    ],
)
def test_urge_sentence_declines_the_country(lang: str, country: str, expected: str) -> None:
    assert phrases(lang).urge("Org", country) == expected


def _person(name: str, consent: str, **kw: str) -> Person:
    return Person(name, consent=consent, **kw)


def _case(*people: Person) -> Case:
    event = Event(EventDate.parse("2024-01-02"), "arrest",
                  involved=[Involvement(p.id, "victim") for p in people])  # fmt: skip
    return Case("T", country="KZ", people=list(people), events=[event], sensitivity="public")


def test_each_consent_shows_what_it_allows() -> None:
    named = _person("Aliya Named", "named", organisation="Org A", profile="Profile of Aliya.")
    pseud = _person("Bota Realname", "pseudonym", pseudonym="B. R.", organisation="Org B")
    anon = _person("Saule Hidden", "anonymous", anonymous_description="a young woman activist")
    derived = _person("Roza Derived", "anonymous", role="journalist", gender="she/her")
    doc = build(_case(named, pseud, anon, derived))
    labels = [d.label for d in doc.defenders]
    assert labels == ["Aliya Named", "B. R.", "A young woman activist", "A woman journalist"]
    assert doc.defenders[1].note == "pseudonym"
    assert doc.defenders[2].organisation == "" and doc.defenders[2].profile == ()
    assert doc.narrative[0].involved[0].parties == (
        "Aliya Named, B. R., a young woman activist, a woman journalist"
    )
    ru = build(_case(derived), lang="ru")
    assert ru.defenders[0].label == "Журналистка"
    kk = build(_case(replace(derived, gender="", role="activist")), lang="kk")
    assert kk.defenders[0].label == "Белсенді"


def test_names_in_free_text_are_replaced_also_when_inflected() -> None:
    anon = _person("Сауле Бекова", "anonymous", anonymous_description="активистка")
    named = _person("Марат Бек", "named")
    case = _case(anon, named)
    case.summary = "Сауле Бековой угрожали. Бекову вызвали в суд; САУЛЕ отказалась. Марат Бек тоже."
    doc = build(case, lang="ru")
    text = doc.situation[0]
    assert "Сауле" not in text and "Беков" not in text and "САУЛЕ" not in text
    assert "Марат Бек" in text
    assert {n.label: n.count for n in doc.notes}["активистка"] == 3


def test_a_description_that_gives_the_name_away_is_not_used() -> None:
    anon = _person(
        "Dina Secret", "anonymous", anonymous_description="Dina, a lawyer", role="lawyer"
    )
    doc = build(_case(anon))
    assert doc.defenders[0].label == "A lawyer"


def test_two_anonymous_people_with_the_same_label_are_told_apart() -> None:
    a = _person("Ann One", "anonymous")
    b = _person("Bea Two", "anonymous")
    doc = build(_case(a, b))
    assert [d.label for d in doc.defenders] == [
        "A human rights defender (A)", "A human rights defender (B)",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "role", "label"),
    [("en", "police officer", "an official"), ("ru", "следователь", "должностное лицо"),
     ("kk", "тергеуші", "лауазымды тұлға")],
)  # fmt: skip
def test_an_anonymous_perpetrator_is_not_called_a_human_rights_defender(
    lang: str, role: str, label: str
) -> None:
    victim = _person("Aliya Named", "named")
    officer = _person("Marat Ospanov", "anonymous", role=role)
    case = _case(victim, officer)
    case.events[0].involved[1] = Involvement(officer.id, "perpetrator")
    case.events[0].description = "Witnesses say Marat Ospanov led the arrest."
    doc = build(case, lang=lang)
    assert doc.narrative[0].text == (f"Witnesses say {label} led the arrest.",)
    assert "Ospanov" not in json.dumps(doc.to_dict(), ensure_ascii=False)


def test_private_fields_never_reach_the_document() -> None:
    case = case_administrative_detention()
    for p in case.people:
        p.private_notes = "PRIVATE-NOTE-MARKER"
        p.contact = "CONTACT-MARKER"
        p.risk = "critical"
    dumped = json.dumps(build(case).to_dict(), ensure_ascii=False)
    assert "PRIVATE-NOTE-MARKER" not in dumped and "CONTACT-MARKER" not in dumped
    assert "critical" not in dumped.casefold() and "Saule" not in dumped


def test_witnesses_and_sources_are_not_shown() -> None:
    source = _person("Src Person", "named")
    victim = _person("Vic Person", "named")
    involved = [Involvement(victim.id, "victim"), Involvement(source.id, "source")]
    event = Event(EventDate.parse("2024-01-02"), "threats", involved=involved)
    doc = build(Case("T", people=[source, victim], events=[event]))
    assert [d.label for d in doc.defenders] == ["Vic Person"]
    assert "Src Person" not in json.dumps(doc.to_dict())


def test_demands_follow_the_language_unless_edited() -> None:
    settings = AppealSettings(
        lang="kk", demands=(DemandChoice("release"), DemandChoice("protect", "Edited text"),
                            DemandChoice("", "Our own demand")),
    )  # fmt: skip
    doc = build(case_disrupted_event(), settings)
    release = next(d for d in demands_library() if d.key == "release")
    assert doc.demands == (release.texts["kk"], "Edited text", "Our own demand")


def test_default_settings_recognise_library_demands_and_language() -> None:
    case = case_administrative_detention()
    settings = default_settings(case)
    assert settings.lang == "en"
    assert settings.demands[0] == DemandChoice("release")
    assert settings.demands[1] == DemandChoice("", "Guarantee freedom of peaceful assembly")
    assert choice_for("Немедленно и безоговорочно освободить правозащитников.").key == "release"
    case.title = "Қыз Жібек ісі"
    assert default_settings(case).lang == "kk"


def test_event_selection_and_title_override() -> None:
    case = case_disrupted_event()
    first = case.events_in_order()[0]
    doc = build(case, AppealSettings(events=(first.id,), title="Our title"))
    assert doc.title == "Our title"
    assert len(doc.narrative) == 1 and doc.narrative[0].when == "9 October 2024, 11:00"


def test_settings_round_trip_and_bad_input_is_named() -> None:
    settings = AppealSettings(lang="ru", demands=(DemandChoice("release"),), events=("e1",))
    assert AppealSettings.from_dict(settings.to_dict()) == settings
    with pytest.raises(ValidationError) as info:
        AppealSettings.from_dict({"lang": "de", "demands": [{"key": 3}], "colour": "red"})
    paths = {e.path for e in info.value.errors}
    assert paths == {"lang", "demands[0].key", "colour"}


def test_document_round_trips_through_json() -> None:
    case = case_disrupted_event()
    doc = build(case, default_settings(case))
    again = AppealDocument.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc
    assert doc.sections() == ["situation", "defenders", "narrative", "background", "concern",
                              "demands", "signoff"]  # fmt: skip


def test_scrubber_leaves_words_of_allowed_names_alone() -> None:
    scrubber = Scrubber()
    scrubber.add(["Dana Ermekova"], "D.", allowed=["Dana E.", "Ermekov Ali"])
    out = scrubber.scrub("Dana Ermekova met Ermekov Ali; Ermekovoy called Dana.")
    assert out == "D. met Ermekov Ali; D. called Dana."
    assert scrubber.shared == {"Dana"}


def test_organisations_appear_by_name() -> None:
    org = Organisation("City Court", kind="court")
    anon = _person("Hidden Name", "anonymous")
    event = Event(EventDate.parse("2024-01-02"), "fine", involved=[
        Involvement(org.id, "perpetrator"), Involvement(anon.id, "victim")])  # fmt: skip
    doc = build(Case("T", people=[anon], organisations=[org], events=[event]))
    assert doc.narrative[0].involved[1].parties == "City Court"
    assert doc.issued == "12 October 2024" and date(2024, 10, 12)
