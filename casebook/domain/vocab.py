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
# Codes of the ESF micro-thesaurus "Types of acts" (HURIDOCS, 2001) for the event
# types that have a term there. LOCAL_EVENT_TYPES are Casebook terms that ESF lacks;
# exports show them as local terms, never under a borrowed code. An event type in
# neither mapping has no code checked against the thesaurus yet: exports leave its
# code empty rather than guess one.

ESF_TYPES_OF_ACTS = "Types of acts"

ESF_EVENT_TYPE: Mapping[str, str] = {
    "arrest": "030101000000",
    "administrative_detention": "030102000000",  # detention
    "threats": "020103010000",
    "surveillance": "020103030000",
    "raid": "040101000000",  # illegal search
    "travel_ban": "050106000000",  # restriction on travel
    "defamation": "140101000000",
}

LOCAL_EVENT_TYPES: frozenset[str] = frozenset(
    {"online_harassment", "doxxing", "fine", "venue_cancellation", "event_disruption"}
)

# Roles are the ESF record links of an act (victim, perpetrator, source, intervening
# party); "witness" is a local refinement of a source.
ESF_ROLE: Mapping[str, str] = {
    "victim": "victim",
    "perpetrator": "perpetrator",
    "source": "source",
    "intervening": "intervening party",
}
LOCAL_ROLES: frozenset[str] = frozenset({"witness"})

LOCAL_MARK = "local"


def esf_code(event_type: str) -> str:
    """The ESF "Types of acts" code of `event_type`, "local" for a Casebook term that
    ESF lacks, "" for a term without a checked code."""
    if event_type in ESF_EVENT_TYPE:
        return ESF_EVENT_TYPE[event_type]
    return LOCAL_MARK if event_type in LOCAL_EVENT_TYPES else ""


def is_local(event_type: str) -> bool:
    return event_type in LOCAL_EVENT_TYPES
