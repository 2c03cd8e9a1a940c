"""Multi-page appeal PDFs: every line of text is in the PDF once, on one page."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from casebook.domain.appeal import AppealSettings, DemandChoice
from casebook.domain.model import Case, Event, EventDate
from casebook.services.appeals.build import render
from tests.appeal_util import build, pdf_text

pytestmark = pytest.mark.usefixtures("qapp")

EVENTS = 48


def _filler(n: int) -> str:
    return " ".join(["lorem"] * n)


def _case() -> Case:
    start = date(2023, 1, 1)
    events = [
        Event(
            EventDate.parse((start + timedelta(days=3 * i)).isoformat()),
            "threats",
            description=f"Mark{i:03d}x {_filler(4 + (i * 37) % 120)}",
        )
        for i in range(EVENTS)
    ]
    summary = "\n\n".join(f"Para{i}x {_filler(40 + 60 * i)}" for i in range(4))
    return Case("Long chronology", country="KZ", summary=summary, events=events)


def test_every_line_of_a_long_appeal_is_in_the_pdf_exactly_once() -> None:
    demands = tuple(DemandChoice("", f"Demand{i}x {_filler(20 + 45 * i)}") for i in range(6))
    doc = build(_case(), AppealSettings(lang="en", demands=demands))
    text = pdf_text(render(doc, "pdf"))
    marks = re.findall(r"Mark\d{3}x", text)
    assert marks == [f"Mark{i:03d}x" for i in range(EVENTS)]  # each once, in date order
    assert re.findall(r"Para\dx", text) == [f"Para{i}x" for i in range(4)]
    assert re.findall(r"Demand\dx", text) == [f"Demand{i}x" for i in range(6)]
    expected = sum(4 + (i * 37) % 120 for i in range(EVENTS))
    expected += sum(40 + 60 * i for i in range(4)) + sum(20 + 45 * i for i in range(6))
    assert (
        len(re.findall(r"\blorem\b", text)) == expected
    )  # no line lost or doubled (words are not hyphenated)
    assert re.findall(r"^\s*(\d+)\.", text, re.M)[-6:] == [str(i) for i in range(1, 7)]
