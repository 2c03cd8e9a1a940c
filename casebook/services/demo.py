"""A demo vault with fictional cases modelled on what such groups face.

Every name, organisation and detail here is invented.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from casebook.domain import texts
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.services.cases import save_case
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault

DEMO_ORGANISATION = "Steppe Feminist Initiative (demo)"

_WORDS = (
    "apple steppe river willow amber falcon lantern meadow copper orchard harbor "
    "thistle granite juniper saffron cobalt walnut pebble tundra maple"
).split()


def demo_passphrase() -> str:
    """Five different words: a throwaway passphrase for fictional cases, easy to type."""
    return "-".join(secrets.SystemRandom().sample(_WORDS, 5))


def _inv(party: Person | Organisation, role: str) -> Involvement:
    return Involvement(party.id, role)


def case_disrupted_event() -> Case:
    aigerim = Person(
        "Aigerim Sadykova", consent="named", organisation="Steppe Feminist Initiative",
        role="coordinator", risk="high", gender="she/her",
        profile="Aigerim Sadykova is a feminist activist and coordinator of the Steppe Feminist "
        "Initiative in Almaty. She has organised community discussions on gender-based "
        "violence since 2019.",
        private_notes="Prefers contact through the group's Signal number only.",
    )  # fmt: skip
    dana = Person(
        "Dana Ermekova", pseudonym="Dana E.", consent="pseudonym",
        organisation="Steppe Feminist Initiative", role="volunteer", risk="medium",
        profile="A volunteer who helps with the group's community events.",
    )  # fmt: skip
    group = Organisation(
        "Guardians of Tradition",
        kind="non_state_group",
        description="An anti-gender group that campaigns against feminist and LGBT+ events.",
    )
    police = Organisation("Almaly District Police Department", kind="police")
    return Case(
        title="Community event disrupted; organisers detained instead of attackers",
        status="open", country="KZ", location="Almaty", sensitivity="public",
        tags=["event disruption", "anti-gender groups", "police"],
        summary="On 9 October 2024 about twenty members of an anti-gender group forced their "
        "way into a community discussion on domestic violence organised by the Steppe "
        "Feminist Initiative in Almaty. They shouted insults, filmed participants and "
        "threatened them. Police officers who arrived did not stop the attackers but took "
        "the two organisers to the district police station.",
        background="Since spring 2024 anti-gender groups have disrupted at least six "
        "feminist and LGBT+ events in Almaty and Astana. None of the attackers has been "
        "charged.",
        demands=[
            "Carry out an immediate, thorough and impartial investigation into the attack "
            "and bring those responsible to justice",
            "Drop all charges against the organisers",
            "Guarantee freedom of peaceful assembly for women's rights groups",
        ],
        people=[aigerim, dana], organisations=[group, police],
        events=[
            Event(EventDate.parse("2024-10-09"), "event_disruption", time="11:00",
                  place="Almaty, rented hall on Abay Avenue",
                  description="About twenty men entered the hall during the discussion, "
                  "shouted insults, filmed participants' faces and tore down posters.",
                  involved=[_inv(group, "perpetrator"), _inv(aigerim, "victim"),
                            _inv(dana, "victim")]),
            Event(EventDate.parse("2024-10-09"), "arrest", time="12:15",
                  place="Almaly District Police Department",
                  description="Police officers detained the two organisers for three hours "
                  "for 'holding an unauthorised gathering'. The attackers were not questioned.",
                  involved=[_inv(police, "perpetrator"), _inv(aigerim, "victim"),
                            _inv(dana, "victim")]),
            Event(EventDate.parse("2024-10-10"), "online_harassment",
                  description="Videos of the participants were posted on a Telegram channel "
                  "with calls to 'find them'.",
                  involved=[_inv(group, "perpetrator"), _inv(aigerim, "victim")]),
        ],
    )  # fmt: skip


def case_administrative_detention() -> Case:
    marat = Person(
        "Marat Zhunusov", consent="named", organisation="Youth for Equality",
        role="activist", risk="high",
        profile="Marat Zhunusov is a 24-year-old activist who campaigns for equal rights "
        "and against violence against women.",
    )  # fmt: skip
    anon = Person(
        "Saule Bekova", consent="anonymous", role="activist", risk="critical",
        anonymous_description="a young woman activist",
        private_notes="Family does not know about her activism; never publish her name.",
    )  # fmt: skip
    court = Organisation("Specialised Inter-district Administrative Court of Astana", kind="court")
    return Case(
        title="Two activists given 10 days of administrative detention after peaceful protest",
        status="monitoring", country="KZ", location="Astana", sensitivity="partners",
        tags=["peaceful assembly", "administrative detention"],
        summary="Two young activists held single-person pickets in front of the akimat "
        "with posters calling for a law on domestic violence. They were detained within "
        "minutes and sentenced the next day to 10 days of administrative detention for "
        "violating the procedure for holding peaceful assemblies.",
        background="Kazakhstan's 2020 law on peaceful assemblies requires prior "
        "notification even for single pickets, and notifications are routinely refused.",
        demands=["Release the defenders immediately and unconditionally",
                 "Guarantee freedom of peaceful assembly"],
        people=[marat, anon], organisations=[court],
        events=[
            Event(EventDate.parse("2024-03-08"), "arrest", time="10:30",
                  place="Astana, square in front of the city akimat",
                  description="Both activists were detained by police officers in plain "
                  "clothes a few minutes after unrolling their posters.",
                  involved=[_inv(marat, "victim"), _inv(anon, "victim")]),
            Event(EventDate.parse("2024-03-09"), "administrative_detention",
                  place="Astana", description="The court sentenced both to 10 days of "
                  "administrative detention under Article 488 of the Code of Administrative "
                  "Offences. The hearing lasted twenty minutes; their lawyer was not admitted.",
                  involved=[_inv(court, "perpetrator"), _inv(marat, "victim"),
                            _inv(anon, "victim")]),
        ],
    )  # fmt: skip


def case_unregistered_organisation() -> Case:
    founder = Person(
        "Гульнара Ахметова", pseudonym="Г. А.", consent="named",
        organisation="Феминистская инициатива «Қыз Жібек»", role="основательница", risk="medium",
        profile="Гульнара Ахметова — основательница феминистской инициативы «Қыз Жібек» в "
        "Шымкенте, работает с женщинами, пострадавшими от домашнего насилия.",
    )  # fmt: skip
    justice = Organisation("Департамент юстиции города Шымкент", kind="state_body")
    return Case(
        title="Основательница оштрафована за руководство незарегистрированной организацией",
        status="open", country="KZ", location="Шымкент", sensitivity="public",
        tags=["регистрация", "штраф", "свобода объединений"],
        summary="Департамент юстиции трижды отказал в регистрации феминистской инициативы "
        "«Қыз Жібек». После третьего отказа основательницу оштрафовали за руководство "
        "незарегистрированным общественным объединением.",
        background="Отказы обоснованы мелкими формальными замечаниями к уставу, которые "
        "каждый раз исправлялись.",
        demands=["Зарегистрировать организацию", "Отменить штраф"],
        people=[founder], organisations=[justice],
        events=[
            Event(EventDate.parse("2023-02"), "denial_of_registration", place="Шымкент",
                  description="Первый отказ в регистрации: «несоответствие устава».",
                  involved=[_inv(justice, "perpetrator"), _inv(founder, "victim")]),
            Event(EventDate.parse("2023-07"), "denial_of_registration", place="Шымкент",
                  description="Второй отказ в регистрации.",
                  involved=[_inv(justice, "perpetrator"), _inv(founder, "victim")]),
            Event(EventDate.parse("2024-01-15"), "denial_of_registration", place="Шымкент",
                  description="Третий отказ в регистрации.",
                  involved=[_inv(justice, "perpetrator"), _inv(founder, "victim")]),
            Event(EventDate.parse("2024-04-02"), "fine", place="Шымкент",
                  description="Административный суд назначил штраф в размере 100 МРП за "
                  "руководство незарегистрированным объединением (ст. 489 КоАП).",
                  involved=[_inv(founder, "victim")]),
        ],
    )  # fmt: skip


def case_doxxing() -> Case:
    victim = Person(
        "Zhanna Omarova", pseudonym="Zh. O.", consent="pseudonym", role="LGBT+ activist",
        organisation="Rainbow Steppe", risk="critical",
        profile="An LGBT+ rights activist who runs a peer-support group.",
        contact="Only via the group's secure e-mail.",
    )  # fmt: skip
    channel = Organisation(
        "Anonymous Telegram channel 'Clean Nation'",
        kind="non_state_group",
        description="Publishes personal data of LGBT+ people and feminists.",
    )
    return Case(
        title="Activist doxxed: phone number published, hundreds of threats",
        status="open", country="KZ", location="Karaganda", sensitivity="internal",
        tags=["doxxing", "online harassment", "threats"],
        summary="An anonymous Telegram channel published the activist's phone number, home "
        "district and photographs. Within two days she received more than 400 threatening "
        "messages and calls, including threats of rape and murder.",
        background="The same channel has published data of at least 30 activists since "
        "2023. Police have refused to open criminal cases.",
        demands=["Investigate the threats and identify those responsible",
                 "Guarantee the physical and psychological integrity and security of the defender"],
        people=[victim], organisations=[channel],
        events=[
            Event(EventDate.parse("2024-06-14"), "doxxing",
                  description="Personal data, including her phone number and photographs, "
                  "published with the caption 'you know what to do'.",
                  involved=[_inv(channel, "perpetrator"), _inv(victim, "victim")]),
            Event(EventDate.parse("2024-06-14/2024-06-20"), "threats",
                  description="More than 400 threatening messages and calls.",
                  involved=[_inv(victim, "victim")]),
            Event(EventDate.parse("2024-06-21"), "judicial_harassment", place="Karaganda",
                  description="Police refused to register her complaint, saying "
                  "'you provoked it yourself'.",
                  involved=[_inv(victim, "victim")]),
        ],
    )  # fmt: skip


def demo_cases() -> list[Case]:
    cases = [
        case_disrupted_event(),
        case_administrative_detention(),
        case_unregistered_organisation(),
        case_doxxing(),
    ]
    for case in cases:
        case.language = texts.guess_language(case.title + case.summary)
    _translate_doxxing(cases[3])
    return cases


def _translate_doxxing(case: Case) -> None:
    """Russian versions of every text of the doxxing case, Kazakh ones of a few: the
    Translations tab then shows both what is done and what is missing."""
    person, channel = case.people[0], case.organisations[0]
    ru = {
        ("case", "title", ""): "Активистку «доксили»: опубликован номер телефона, сотни угроз",
        ("case", "location", ""): "Караганда",
        ("case", "summary", ""): "Анонимный Telegram-канал опубликовал номер телефона "
        "активистки, район, где она живёт, и её фотографии. За два дня она получила более "
        "400 сообщений и звонков с угрозами, в том числе угрозами изнасилования и убийства.",
        ("case", "background", ""): "Тот же канал с 2023 года опубликовал данные как минимум "
        "30 активисток и активистов. Полиция отказывается возбуждать уголовные дела.",
        ("demand", "text", "0"): "Расследовать угрозы и установить виновных",
        ("demand", "text", "1"): "Гарантировать физическую и психологическую "
        "неприкосновенность и безопасность правозащитницы",
        ("person", "role", person.id): "ЛГБТ+ активистка",
        ("person", "profile", person.id): "ЛГБТ+ активистка, которая ведёт группу "
        "взаимной поддержки.",
        ("organisation", "name", channel.id): "Анонимный Telegram-канал «Чистая нация»",
        ("organisation", "description", channel.id): "Публикует личные данные ЛГБТ+ людей "
        "и феминисток.",
        ("event", "description", case.events[0].id): "Личные данные, в том числе номер "
        "телефона и фотографии, опубликованы с подписью «вы знаете, что делать».",
        ("event", "description", case.events[1].id): "Более 400 сообщений и звонков с угрозами.",
        ("event", "place", case.events[2].id): "Караганда",
        ("event", "description", case.events[2].id): "Полиция отказалась зарегистрировать её "
        "заявление, заявив: «вы сами это спровоцировали».",
    }  # fmt: skip
    kk = {
        ("case", "title", ""): "Белсендінің жеке деректері жарияланды: телефон нөмірі, "
        "жүздеген қоқан-лоқы",
        ("case", "location", ""): "Қарағанды",
        ("case", "summary", ""): "Жасырын Telegram арнасы белсендінің телефон нөмірін, "
        "тұратын ауданын және суреттерін жариялады. Екі күн ішінде ол 400-ден астам "
        "қоқан-лоқы хабарламасы мен қоңырау алды, соның ішінде зорлау және өлтіру "
        "қоқан-лоқылары.",
        ("demand", "text", "0"): "Қоқан-лоқыларды тергеп, кінәлілерді анықтау",
    }  # fmt: skip
    for lang, versions in (("ru", ru), ("kk", kk)):
        for (kind, field, ident), text in versions.items():
            texts.set_version(case, texts.TextPath(kind, field, ident), lang, text)


def create_demo_vault(path: Path, *, kdf: KdfParams | None = None) -> tuple[Vault, str, str]:
    """A new vault full of fictional cases; returns (vault, passphrase, recovery key)."""
    passphrase = demo_passphrase()
    vault, recovery = Vault.create(path, passphrase, kdf=kdf, organisation=DEMO_ORGANISATION)
    for case in demo_cases():
        save_case(vault, case, touch=False)
    return vault, passphrase, recovery
