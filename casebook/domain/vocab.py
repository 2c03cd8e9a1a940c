"""Controlled vocabularies with labels in English, Russian and Kazakh.

Each vocabulary is an ordered mapping code -> {lang: label}. Codes are stored;
labels are only shown. Adding a term is one line here.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("en", "ru", "kk")

Vocabulary = Mapping[str, Mapping[str, str]]


def _v(en: str, ru: str, kk: str) -> dict[str, str]:
    return {"en": en, "ru": ru, "kk": kk}


CASE_STATUS: Vocabulary = {
    "open": _v("Open", "Открыто", "Ашық"),
    "monitoring": _v("Monitoring", "Мониторинг", "Бақылауда"),
    "closed": _v("Closed", "Закрыто", "Жабық"),
}

SENSITIVITY: Vocabulary = {
    "internal": _v("Internal only", "Только для своих", "Тек ішкі"),
    "partners": _v("Trusted partners", "Доверенные партнёры", "Сенімді серіктестер"),
    "public": _v("Public", "Публичное", "Жария"),
}

CONSENT: Vocabulary = {
    "named": _v("By name", "Под именем", "Атымен"),
    "pseudonym": _v("Pseudonym only", "Только псевдоним", "Тек бүркеншік атпен"),
    "anonymous": _v("Anonymous", "Анонимно", "Жасырын"),
}

RISK: Vocabulary = {
    "low": _v("Low", "Низкий", "Төмен"),
    "medium": _v("Medium", "Средний", "Орташа"),
    "high": _v("High", "Высокий", "Жоғары"),
    "critical": _v("Critical", "Критический", "Аса жоғары"),
}

ORG_KIND: Vocabulary = {
    "defenders_group": _v("Defenders' group", "Правозащитная группа", "Құқық қорғау тобы"),
    "state_body": _v("State body", "Государственный орган", "Мемлекеттік орган"),
    "police": _v("Police", "Полиция", "Полиция"),
    "court": _v("Court", "Суд", "Сот"),
    "parliament": _v("Parliament", "Парламент", "Парламент"),
    "non_state_group": _v("Non-state group", "Негосударственная группа", "Мемлекеттік емес топ"),
    "media": _v("Media", "СМИ", "БАҚ"),
    "other": _v("Other", "Другое", "Басқа"),
}

INVOLVEMENT_ROLE: Vocabulary = {
    "victim": _v("Victim", "Пострадавший", "Жәбірленуші"),
    "perpetrator": _v("Perpetrator", "Исполнитель нарушения", "Құқық бұзушы"),
    "witness": _v("Witness", "Свидетель", "Куә"),
    "source": _v("Source", "Источник", "Дереккөз"),
    "intervening": _v("Intervening party", "Вмешавшаяся сторона", "Араласқан тарап"),
}

DATE_PRECISION: Vocabulary = {
    "day": _v("Day", "День", "Күн"),
    "month": _v("Month", "Месяц", "Ай"),
    "year": _v("Year", "Год", "Жыл"),
    "range": _v("Date range", "Период", "Кезең"),
}

EVENT_TYPE: Vocabulary = {
    # The police action: «задержание» / «ұстап алу»; a court's arrest is the next entry.
    "arrest": _v("Arrest", "Задержание", "Ұстап алу"),
    "administrative_detention": _v(
        "Administrative detention", "Административный арест", "Әкімшілік қамау"
    ),
    "fine": _v("Fine", "Штраф", "Айыппұл"),
    "judicial_harassment": _v(
        "Judicial harassment", "Судебное преследование", "Сот арқылы қудалау"
    ),
    "physical_attack": _v("Physical attack", "Физическое нападение", "Физикалық шабуыл"),
    "verbal_abuse": _v("Verbal abuse", "Словесные оскорбления", "Ауызша қорлау"),
    "threats": _v("Threats", "Угрозы", "Қоқан-лоқы"),
    "online_harassment": _v("Online harassment", "Травля в интернете", "Интернеттегі қудалау"),
    "doxxing": _v("Doxxing", "Доксинг", "Доксинг"),
    "surveillance": _v("Surveillance", "Слежка", "Аңду"),
    "defamation": _v("Defamation", "Клевета", "Жала жабу"),
    "event_disruption": _v("Event disruption", "Срыв мероприятия", "Іс-шараны бұзу"),
    "venue_cancellation": _v("Venue cancellation", "Отмена площадки", "Өтетін орыннан бас тарту"),
    "raid": _v("Raid", "Обыск / рейд", "Тінту / рейд"),
    "denial_of_registration": _v(
        "Denial of registration", "Отказ в регистрации", "Тіркеуден бас тарту"
    ),
    "travel_ban": _v("Travel ban", "Запрет на выезд", "Шетелге шығуға тыйым"),
    "ill_treatment": _v("Ill-treatment", "Жестокое обращение", "Қатыгездік"),
    "other": _v("Other", "Другое", "Басқа"),
}


def label(vocab: Vocabulary, code: str, lang: str = "en") -> str:
    """Label of `code` in `lang`, falling back to English, then to the code itself."""
    entry = vocab.get(code)
    if entry is None:
        return code
    return entry.get(lang) or entry.get("en") or code


# --- HURIDOCS Events Standard Formats (ESF) ---------------------------------------
#
# Codes of the ESF micro-thesauri (HURIDOCS, "Micro-thesauri: a tool for documenting
# human rights violations", 2001), as HURIDOCS ships them with OpenEvSys
# (schema/mysql-dbpopulate-mt.sql: `huri_code` of list 4 "Types of acts" and list 19
# "Source connection to information"). Each code is given with the ESF term it stands
# for, so a reader can check it against the thesaurus.
#
# A Casebook term is coded only where ESF has a term of the same meaning. Terms that
# ESF lacks are local terms (LOCAL_EVENT_TYPES, LOCAL_ROLES): exports show them as
# "local", never under a borrowed broader code. Every event type and role is in exactly
# one of the two (tests/test_vocab_esf.py).

ESF_TYPES_OF_ACTS = "Types of acts"
ESF_SOURCE_CONNECTION = "Source connection to information"

# event type -> (code in "Types of acts", the ESF term)
ESF_EVENT_TERMS: Mapping[str, tuple[str, str]] = {
    "arrest": ("030101000000", "Arrest"),
    "administrative_detention": ("030102000000", "Detention, imprisonment"),
    "physical_attack": ("020101000000", "Physical assaults, including domestic violence"),
    # Russian edition: «Психологические нападки, оскорбления»
    "verbal_abuse": ("020103000000", "Psychological assault, harassment"),
    "threats": ("020103010000", "Threats (not including death threats)"),
    "surveillance": ("020103030000", "Surveillance"),
    "raid": ("040101000000", "Illegal search / raid"),
    "travel_ban": ("050106000000", "Restriction on travel"),
    "defamation": ("140101000000", "Defamation"),
    "other": ("900000000000", "Other"),
}
ESF_EVENT_TYPE: Mapping[str, str] = {k: code for k, (code, _) in ESF_EVENT_TERMS.items()}

# Not in "Types of acts": it names torture (020111110000) but not ill-treatment short
# of it, no prosecution used to harass, no refusal to register a group (only closure
# of an office and banning of a group), no fines, nothing online, and it puts meetings
# only as banned or limited (not a venue withdrawn or an event broken up).
LOCAL_EVENT_TYPES: frozenset[str] = frozenset(
    {
        "online_harassment", "doxxing", "fine", "venue_cancellation", "event_disruption",
        "judicial_harassment", "ill_treatment", "denial_of_registration",
    }
)  # fmt: skip

# Roles: "Source connection to information" lists the ways of being involved in the
# event (010000000000): the victim him/herself, a witness, the perpetrator. A source
# and an intervening party are ESF record types (Source, Intervention), not terms of
# a micro-thesaurus: local.
ESF_ROLE_TERMS: Mapping[str, tuple[str, str]] = {
    "victim": ("010100000000", "Victim him/herself"),
    "witness": ("010200000000", "Witness"),
    "perpetrator": ("010300000000", "Perpetrator"),
}
ESF_ROLE: Mapping[str, str] = {k: code for k, (code, _) in ESF_ROLE_TERMS.items()}
LOCAL_ROLES: frozenset[str] = frozenset({"source", "intervening"})

LOCAL_MARK = "local"


def esf_code(event_type: str) -> str:
    """The ESF "Types of acts" code of `event_type`, "local" for a Casebook term that
    ESF lacks, "" for a code that is not one of Casebook's terms."""
    if event_type in ESF_EVENT_TYPE:
        return ESF_EVENT_TYPE[event_type]
    return LOCAL_MARK if event_type in LOCAL_EVENT_TYPES else ""


def role_esf_code(role: str) -> str:
    """The ESF "Source connection to information" code of an involvement role, "local"
    for a role that ESF lacks, "" for a code that is not one of Casebook's roles."""
    if role in ESF_ROLE:
        return ESF_ROLE[role]
    return LOCAL_MARK if role in LOCAL_ROLES else ""


def is_local(event_type: str) -> bool:
    return event_type in LOCAL_EVENT_TYPES
