"""Dates as people type them (casebook.domain.dates): local forms, nothing completed."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.dates import date_doubts, parse_typed_date, parse_typed_event_date

MARCH_3 = date(2025, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-03",
        "20250303",
        "03.03.2025",
        "3.3.2025",
        "03/03/2025",
        " 03.03.2025 ",
        "3 March 2025",
        "March 3, 2025",
        "3rd March 2025",
        "3 Mar 2025",
        "3 марта 2025",
        "3 марта 2025 г.",
        "3 МАРТА 2025 года",
        "3 март 2025",
        "3 наурыз 2025",
        "2025 жылғы 3 наурыз",
        "3-наурызда 2025",
    ],
)
def test_a_full_date_in_any_local_form_is_that_day(text: str) -> None:
    value = parse_typed_date(text)
    assert (value.precision, value.start) == ("day", MARCH_3)


def test_digits_are_read_day_first() -> None:
    assert parse_typed_date("04.03.2025").start == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "month"),
    [("03.2025", 3), ("2025-03", 3), ("March 2025", 3), ("март 2025", 3), ("қазан 2024", 10)],
)
def test_a_month_and_year(text: str, month: int) -> None:
    value = parse_typed_date(text)
    assert value.precision == "month" and value.start.month == month


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "no date"),
        ("03.03", "four digits"),
        ("03.03.25", "four digits"),
        ("3 марта", "four digits"),
        ("2025-03-", "is not a date"),
        ("31.02.2025", "not a real date"),
        ("3 foo 2025", "is not a date"),
        ("3 March April 2025", "is not a date"),
        ("3 4 March 2025", "is not a date"),
    ],
)
def test_partial_or_unclear_text_is_refused_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_typed_date(text)


def test_a_field_of_a_precision_needs_that_much() -> None:
    with pytest.raises(ValueError, match="not complete"):
        parse_typed_event_date("03.2025", "day")
    with pytest.raises(ValueError, match="not complete"):
        parse_typed_event_date("2025", "month")
    assert parse_typed_event_date("3 March 2025", "month").text() == "2025-03"
    assert parse_typed_event_date("03.03.2025", "year").text() == "2025"


def test_future_and_pre_1991_dates_are_doubted() -> None:
    today = date(2025, 6, 1)
    assert date_doubts(MARCH_3, today) == []
    assert date_doubts(date(2026, 3, 3), today) == ["it is in the future"]
    assert date_doubts(date(1990, 12, 31), today) == ["it is before 1991"]
    assert date_doubts(date(1991, 1, 1), today) == []
