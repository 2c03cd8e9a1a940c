"""Dates, times, numbers and sizes as the interface language writes them (the default
QLocale, which `casebook.ui.i18n` sets with the language).

Years are always written in full. An English interface on a computer whose own locale
is not English (or no locale at all) shows dates as 2024-10-09: an English default would
pick the American month/day order, which readers in Central Asia read the other way.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from casebook.domain.model import EventDate

ISO_DATE = "yyyy-MM-dd"


def _iso() -> bool:
    """ISO dates unless the locale is Russian, Kazakh, or the system's own English."""
    language = QLocale().language()
    if language in (QLocale.Language.Russian, QLocale.Language.Kazakh):
        return False
    english = QLocale.Language.English
    return not (language == english and QLocale.system().language() == english)


def date_format() -> str:
    """The short date format of the interface, with four-digit years."""
    if _iso():
        return ISO_DATE
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = re.sub(r"y+", "yyyy", fmt)
    return fmt


def month_format() -> str:
    """The date format without its day ("MM.yyyy", "M/yyyy", "yyyy-MM")."""
    fmt = date_format()
    if re.search(r"d+$", fmt):
        return re.sub(r"[^A-Za-z]*d+$", "", fmt)
    return re.sub(r"d+[^A-Za-z]*", "", fmt, count=1)


def time_format() -> str:
    return "HH:mm" if _iso() else QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date_text(day: date | QDate) -> str:
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, date_format())


def iso_date_text(text: str) -> str:
    """'2024-10-09' in the interface's format; other text as it is."""
    try:
        return date_text(date.fromisoformat(text))
    except ValueError:
        return text


def event_date_text(value: EventDate) -> str:
    """An event date at its precision: a day, a month and year, a year, or a range."""
    if value.precision == "month":
        return f"{QLocale().standaloneMonthName(value.start.month)} {value.start.year:04d}"
    if value.precision == "year":
        return f"{value.start.year:04d}"
    if value.precision == "range" and value.end is not None:
        return f"{date_text(value.start)} – {date_text(value.end)}"
    return date_text(value.start)


def local_datetime(iso: str) -> datetime | None:
    """A stored UTC time ('2024-10-09T11:00:00Z') in the computer's time zone."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return None


def datetime_text(iso: str) -> str:
    """A stored UTC time as local date and time ('09.10.2024 16:00'); other text as is."""
    moment = local_datetime(iso)
    if moment is None:
        return iso
    here = QLocale()
    return f"{date_text(moment.date())} {here.toString(_qtime(moment), time_format())}"


def _qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def number(value: int) -> str:
    return QLocale().toString(value)


def data_size(size: int) -> str:
    return QLocale().formattedDataSize(size)
