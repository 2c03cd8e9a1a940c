"""Dates as people type them: ISO, 03.03.2025, 3 March 2025, 3 марта 2025, 3 наурыз 2025.

`parse_typed_date` never completes a date silently: what is typed is the whole date or a
clear error. A year is always four digits (no "25" meaning 2025), a day and a month
written with digits are read day first (03.04.2025 is 3 April, as in Kazakhstan and
Russia), and text that is not fully understood is refused rather than guessed.

`date_doubts` names what is unusual about a date (the future, before 1991) so the
interface can ask before it is kept.
"""

from __future__ import annotations

import re
from datetime import date

from casebook.domain.model import EventDate
from casebook.i18n import translate

EARLIEST_USUAL_YEAR = 1991  # independence: earlier dates are usually typing mistakes

_EN = (
    "january february march april may june july august september october november december"
).split()
_RU_NOMINATIVE = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
).split()
_RU_GENITIVE = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
_RU_PREPOSITIONAL = (
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
).split()
_KK = ("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан").split()
_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip

MONTHS: dict[str, int] = {
    name: number
    for names in (_EN, _RU_NOMINATIVE, _RU_GENITIVE, _RU_PREPOSITIONAL, _KK)
    for number, name in enumerate(names, start=1)
}
MONTHS.update(_ABBREVIATIONS)

# Words around a date that carry no part of it: "2025 г.", "2025 года", "2025 жылғы".
_FILLER = {
    "г",
    "года",
    "год",
    "гг",
    "ж",
    "жыл",
    "жылы",
    "жылғы",
    "of",
    "the",
    "th",
    "st",
    "nd",
    "rd",
}

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d+)$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_NUMERIC_MONTH = re.compile(r"^(\d{1,2})[./](\d+)$")
_YEAR = re.compile(r"^\d{4}$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)


def _month_of(word: str) -> int | None:
    """The month a word names, in English, Russian or Kazakh; Kazakh case endings
    ("наурызда", "наурыздың") are allowed after a full Kazakh month name."""
    word = word.casefold()
    if word in MONTHS:
        return MONTHS[word]
    for number, name in enumerate(_KK, start=1):
        if word.startswith(name) and len(word) - len(name) <= 4:
            return number
    return None


def _not_a_date(text: str) -> ValueError:
    message = translate(
        "dates",
        "{text!r} is not a date: type it like 2025-03-03, 03.03.2025 or 3 March 2025",
    )
    return ValueError(message.format(text=text))


def _year(text: str, digits: str) -> int:
    if len(digits) != 4:
        message = translate("dates", "{text!r}: write the year with four digits, like 2025")
        raise ValueError(message.format(text=text))
    return int(digits)


def _build(text: str, precision: str, year: int, month: int = 1, day: int = 1) -> EventDate:
    try:
        return EventDate(precision, date(year, month, day))
    except ValueError:
        message = translate("dates", "{text!r} is not a real date (no such month or day)")
        raise ValueError(message.format(text=text)) from None


def parse_typed_date(text: str) -> EventDate:
    """A day, a month or a year exactly as typed, as an `EventDate` of that precision.

    Raises ValueError with a message naming the text when it is empty, partial
    ("03.03", "2025-03-"), ambiguous or not a real date."""
    raw = text
    text = " ".join(text.split())
    if not text:
        raise ValueError(translate("dates", "no date typed"))
    if m := _ISO_DAY.match(text):
        return _build(raw, "day", int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT_DAY.match(text):
        return _build(raw, "day", int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DAY.match(text):
        return _build(raw, "day", _year(raw, m[3]), int(m[2]), int(m[1]))
    if m := _ISO_MONTH.match(text):
        return _build(raw, "month", int(m[1]), int(m[2]))
    if m := _NUMERIC_MONTH.match(text):
        return _build(raw, "month", _year(raw, m[2]), int(m[1]))
    if _YEAR.match(text):
        return _build(raw, "year", int(text))
    return _worded(raw, text)


def _worded(raw: str, text: str) -> EventDate:
    """'3 March 2025', 'March 3, 2025', '3 марта 2025 г.', '2025 жылғы 3 наурыз',
    'март 2025': exactly one month name, one four-digit year, at most one day."""
    numbers: list[str] = []
    months: list[int] = []
    for token in _TOKEN.findall(text):
        if token.isdigit():
            numbers.append(token)
        elif (month := _month_of(token)) is not None:
            months.append(month)
        elif token.casefold() not in _FILLER:
            raise _not_a_date(raw)
    leftover = _TOKEN.sub("", text)
    if len(months) != 1 or re.search(r"[^\s.,\-–/]", leftover):
        raise _not_a_date(raw)
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) > 1 or len(years) + len(days) != len(numbers):
        if not years and numbers:
            message = translate("dates", "{text!r}: write the year with four digits, like 2025")
            raise ValueError(message.format(text=raw))
        raise _not_a_date(raw)
    if not days:
        return _build(raw, "month", int(years[0]), months[0])
    return _build(raw, "day", int(years[0]), months[0], int(days[0]))


def parse_typed_event_date(text: str, precision: str) -> EventDate:
    """What is typed into a date field of `precision` ("day", "month", "year"): a full
    day for a day, at least a month for a month, at least a year for a year."""
    value = parse_typed_date(text)
    rank = {"year": 0, "month": 1, "day": 2}
    if rank[value.precision] < rank.get(precision, 2):
        if precision == "month":
            message = translate("dates", "{text!r} is not complete: type a month and a year")
        else:
            message = translate("dates", "{text!r} is not complete: type a day, month and year")
        raise ValueError(message.format(text=text.strip()))
    start = value.start
    if precision == "month":
        return EventDate("month", start.replace(day=1))
    if precision == "year":
        return EventDate("year", date(start.year, 1, 1))
    return EventDate("day", start)


def date_doubts(value: date, today: date | None = None) -> list[str]:
    """What may be a typing mistake about a date: later than today, or before 1991."""
    today = today or date.today()
    doubts = []
    if value > today:
        doubts.append(translate("dates", "it is in the future"))
    if value.year < EARLIEST_USUAL_YEAR:
        doubts.append(translate("dates", "it is before 1991"))
    return doubts
