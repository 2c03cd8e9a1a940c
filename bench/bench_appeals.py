"""Time to produce an urgent appeal in each format for a case with 50 events.

The issue names no figure to beat; the baseline printed beside each result is the
~100 ms a step may take on the GUI thread before it must move to a worker (the live
preview runs on the GUI thread, export runs in a worker).
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from casebook.domain.appeal import AppealSettings, DemandChoice
from casebook.domain.appeal_builder import build_appeal
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.services.appeals.build import render
from casebook.services.appeals.html import render_html
from casebook.services.appeals.library import library_mapping, phrases

BASELINE_MS = 100.0
RUNS = 7


def big_case(events: int = 50) -> Case:
    people = [
        Person("Aigerim Sadykova", consent="named", organisation="Steppe Feminist Initiative",
               profile="A feminist activist and coordinator. " * 4),
        Person("Dana Ermekova", pseudonym="Dana E.", consent="pseudonym", profile="A volunteer."),
        Person("Saule Bekova", consent="anonymous", gender="she/her", role="activist"),
    ]  # fmt: skip
    police = Organisation("District Police Department", kind="police")
    text = (
        "Police officers detained the organisers for three hours; Saule Bekova was "
        "questioned without a lawyer. Қазақ тіліндегі мәтін: әңгіме, ғимарат, құқық. "
    )
    return Case(
        "Fifty incidents against one feminist group", country="KZ", sensitivity="public",
        summary=text * 3, background=text * 2, people=people, organisations=[police],
        events=[
            Event(EventDate.parse(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"), "arrest",
                  time="10:30", place=f"Almaty, site {i}", description=text * 2,
                  involved=[Involvement(p.id, "victim") for p in people]
                  + [Involvement(police.id, "perpetrator")])
            for i in range(events)
        ],
    )  # fmt: skip


def _ms(fn: object) -> tuple[float, float]:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    from casebook.services.appeals.pdf import ensure_fonts

    case = big_case()
    lib = library_mapping()

    def build(lang: str = "en"):  # noqa: ANN202
        settings = AppealSettings(lang=lang, demands=(DemandChoice("release"),
                                                      DemandChoice("investigate")))  # fmt: skip
        return build_appeal(case, settings, phrases(lang), lib, issued=date(2025, 1, 1),
                            issuer="Bench Org", reference="UA-2025-001")  # fmt: skip

    t0 = time.perf_counter()
    ensure_fonts()
    print(f"first use of Qt fonts (once per process): {(time.perf_counter() - t0) * 1000:.0f} ms")
    doc = build()
    print(f"case: {len(case.events)} events, {len(render(doc, 'pdf')):,} byte PDF")
    print(f"{'step':<28}{'median ms':>10}{'max ms':>9}{'baseline ms':>13}{'ratio':>8}")
    rows = [
        ("build (redaction)", lambda: build()),
        ("preview (build + HTML)", lambda: render_html(build())),
    ]
    rows += [(f"{fmt} (build + render)", lambda f=fmt: render(build(), f))
             for fmt in ("md", "html", "docx", "pdf")]  # fmt: skip
    rows.append(("pdf, Kazakh", lambda: render(build("kk"), "pdf")))
    for name, fn in rows:
        median, worst = _ms(fn)
        ratio = median / BASELINE_MS
        print(f"{name:<28}{median:>10.1f}{worst:>9.1f}{BASELINE_MS:>13.0f}{ratio:>8.2f}")


if __name__ == "__main__":
    main()
