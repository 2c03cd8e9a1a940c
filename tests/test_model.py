"""The case aggregate's own rules."""

from __future__ import annotations

import random

from casebook.domain.model import Case, Event, EventDate


def test_events_of_the_same_day_keep_the_order_they_were_entered_in() -> None:
    day = EventDate.parse("2024-03-08")
    entered = [Event(date=day, type="arrest", description=f"step {n}") for n in range(6)]
    later = Event(date=EventDate.parse("2024-03-09"), type="fine")
    timed = Event(date=day, time="09:00", type="threats")
    case = Case(title="Order", events=[later, *entered, timed])
    order = [e.description for e in case.events_in_order()]
    assert order == [f"step {n}" for n in range(6)] + ["", ""]
    assert case.events_in_order()[-1] is later and case.events_in_order()[-2] is timed
    # Random ids (new every run) do not decide anything.
    for e in entered:
        e.id = f"{random.getrandbits(128):032x}"
    assert [e.description for e in case.events_in_order()][:6] == order[:6]
