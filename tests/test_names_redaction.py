"""A case whose non-named people are mentioned in every form the matcher knows (word
forms, Kazakh suffixes, other scripts, initials, look-alike letters, invisible
characters, aliases, phones, e-mails) exports in every format and language with none of
them: checked on the extracted text and on the raw bytes. Aliases and contacts travel
through the vault and the interchange format."""

from __future__ import annotations

import pytest

from casebook.domain.appeal import AppealSettings
from casebook.domain.interchange import case_from_dict, case_to_dict
from casebook.domain.model import Case, Event, EventDate, Involvement, Person
from casebook.domain.names import clean
from casebook.services import cases as svc
from casebook.services.appeals.build import render
from casebook.vault.vault import Vault
from tests.appeal_util import build, docx_parts, docx_xml, html_parts, pdf_text

pytestmark = pytest.mark.usefixtures("qapp")

MENTIONS = [
    "Аяна", "Аяну", "Аяной", "Бековой", "Аянаның", "Аянаға", "А. Бекова", "Ayana Bekova",
    "Бeковой", "Бек\u200bовой", "Аяша", "@ayasha_b", "+7 701 123 45 67", "8(701)1234567",
    "87011234567", "aya.bek@mail.kz", "Aigerim Sadykova", "Садыковой", "Айгерімнің",
    "Айгерімге", "Sekerbaeva", "Sekerbayeva", "Секербаевой", "Sekerbayeva Zh.",
    "Ж. Секербаева", "Жанарға", "Жанаре",
]  # fmt: skip
# what must not be found in any output: the visible letters of each mention
NEEDLES = sorted({clean(m).replace("\u200b", "") for m in MENTIONS}, key=len, reverse=True)


def _case() -> Case:
    ayana = Person("Аяна Бекова", consent="anonymous", gender="f", role="activist",
                   aliases=["Аяша", "@ayasha_b", "Ayana Bekova"],
                   contacts=["+7 701 123 45 67", "aya.bek@mail.kz"])  # fmt: skip
    aigerim = Person("Айгерим Садыкова", consent="pseudonym", pseudonym="Тұмар", gender="f")
    zhanar = Person("Жанар Sekerbayeva", consent="anonymous", role="journalist", gender="f")
    named = Person("Сауле Нурланова", consent="named", role="lawyer",
                   contacts=["+7 777 000 11 22"],
                   profile="Сауле Нурланова защищала Аяну и Жанар в суде.")  # fmt: skip
    text = ". ".join(f"Свидетель {m} сообщила о задержании" for m in MENTIONS)
    events = [
        Event(
            EventDate.parse("2024-03-0" + str(i + 1)),
            "arrest",
            description=text,
            place="Алматы",
            involved=[Involvement(p.id, "victim")],
        )  # fmt: skip
        for i, p in enumerate((ayana, aigerim, zhanar, named))
    ]
    return Case(
        "Задержание активисток", country="KZ", summary=text, background=text,
        people=[ayana, aigerim, zhanar, named], events=events, sensitivity="public",
    )  # fmt: skip


def _leaks(haystack: str) -> list[str]:
    folded = clean(haystack).casefold()
    return [n for n in NEEDLES if n.casefold() in folded]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_no_mention_of_a_non_named_person_in_any_format(lang: str) -> None:
    doc = build(_case(), AppealSettings(lang=lang))
    outputs = {fmt: render(doc, fmt) for fmt in ("pdf", "docx", "html", "md")}
    views = {
        "pdf-text": pdf_text(outputs["pdf"]),
        "pdf-raw": outputs["pdf"].decode("latin-1"),
        "pdf-utf16": outputs["pdf"].decode("utf-16-be", "replace"),
        "docx-text": docx_parts(outputs["docx"]).text,
        "docx-xml": docx_xml(outputs["docx"]),
        "html-text": "".join(html_parts(outputs["html"]).text),
        "html-raw": outputs["html"].decode("utf-8"),
        "md": outputs["md"].decode("utf-8"),
    }
    for where, text in views.items():
        assert _leaks(text) == [], where
    # the named person stays, and the text around the names is not destroyed
    assert "Сауле Нурланова" in views["md"]
    assert views["md"].count("сообщила о задержании") >= len(MENTIONS)
    # a named person's own contacts are not published either unless ticked
    assert "777 000 11 22" not in views["md"]


def test_a_named_persons_ticked_contact_is_published() -> None:
    case = _case()
    case.people[3].profile = "Телефон для связи: +7 777 000 11 22."
    hidden = render(build(case, AppealSettings(lang="ru")), "md").decode()
    assert "+7 777 000 11 22" not in hidden
    shown = build(case, AppealSettings(lang="ru", contacts=("+7 777 000 11 22",)))
    assert "+7 777 000 11 22" in render(shown, "md").decode()


def test_aliases_and_contacts_survive_the_vault_and_the_interchange(vault: Vault) -> None:
    case = _case()
    svc.save_case(vault, case)
    again = svc.get_case(vault, case.id)
    assert again.people[0].aliases == ["Аяша", "@ayasha_b", "Ayana Bekova"]
    assert again.people[0].contacts == ["+7 701 123 45 67", "aya.bek@mail.kz"]
    data = case_to_dict(again)
    assert data["people"][0]["aliases"] == ["Аяша", "@ayasha_b", "Ayana Bekova"]
    assert data["people"][0]["contacts"] == ["+7 701 123 45 67", "aya.bek@mail.kz"]
    assert case_from_dict(data).people[0].contacts == again.people[0].contacts
    # a casebook-case/1 file without the new keys still imports, its contact still read
    del data["people"][0]["aliases"], data["people"][0]["contacts"]
    data["people"][0]["contact"] = "+7 701 999 88 77"
    old = case_from_dict(data).people[0]
    assert old.aliases == [] and old.all_contacts() == ["+7 701 999 88 77"]


def test_contact_from_the_old_free_text_field_is_redacted() -> None:
    person = Person("Дана Ким", consent="anonymous", contact="+7 705 111 22 33; dana@x.kz")
    case = Case("T", people=[person], summary="Звоните 87051112233 или dana@x.kz.")
    md = render(build(case, AppealSettings(lang="ru")), "md").decode()
    assert "87051112233" not in md and "dana@x.kz" not in md
