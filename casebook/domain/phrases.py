"""Fixed phrases of an appeal in one language: headings, dates, the 'urges' sentence.

The tables live in resources/appeals/{en,ru,kk}.json and are loaded by the services;
this module only checks and uses them, so it stays pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from casebook.domain.countries import country_name
from casebook.domain.model import EventDate

APPEAL_LANGS = ("en", "ru", "kk")

TEXT_KEYS = (
    "language_name", "kind", "reference", "date", "page",
    "heading.situation", "heading.defenders.one", "heading.defenders.many",
    "heading.narrative", "heading.background", "heading.earlier", "heading.concern",
    "heading.demands", "heading.addressees", "heading.signoff",
    "who.victim", "who.perpetrator", "who.intervening", "postal", "email",
    "pseudonym_note", "member_of", "role_of", "at_time", "list_separator", "default_concern",
    "urge", "urge.no_country", "urge.unknown_country",
    "date.day", "date.month", "date.year",
    "range.same_month", "range.same_year", "range.other",
)  # fmt: skip
ANONYMOUS_KINDS = ("defender", "activist", "journalist", "lawyer", "volunteer", "official")
GENDERS = ("f", "m", "n")


class PhraseTableError(ValueError):
    """A phrase table is incomplete or malformed; the message names the key."""


@dataclass(frozen=True)
class Phrases:
    lang: str
    texts: Mapping[str, str]
    months: tuple[str, ...]
    months_of: tuple[str, ...]
    country_forms: Mapping[str, str]
    anonymous: Mapping[str, Mapping[str, str]]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Phrases:
        lang = data.get("lang")
        if lang not in APPEAL_LANGS:
            raise PhraseTableError(f"lang: {lang!r} is not one of {', '.join(APPEAL_LANGS)}")
        missing = [k for k in TEXT_KEYS if not isinstance(data.get(k), str) or not data[k]]
        if missing:
            raise PhraseTableError(f"{lang}: missing or empty: {', '.join(missing)}")
        for key in ("months", "months_of"):
            if not isinstance(data.get(key), list) or len(data[key]) != 12:
                raise PhraseTableError(f"{lang}: {key} must list 12 month names")
        anonymous = data.get("anonymous", {})
        for kind in ANONYMOUS_KINDS:
            if any(not anonymous.get(kind, {}).get(g) for g in GENDERS):
                raise PhraseTableError(f"{lang}: anonymous.{kind} needs f, m and n")
        return cls(
            lang=lang,
            texts={k: data[k] for k in TEXT_KEYS},
            months=tuple(data["months"]),
            months_of=tuple(data["months_of"]),
            country_forms=dict(data.get("country_forms", {})),
            anonymous={k: dict(v) for k, v in anonymous.items()},
        )

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def fmt(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)

    # --- dates -------------------------------------------------------------------

    def day(self, d: date) -> str:
        return self.fmt("date.day", **self._parts(d))

    def event_date(self, when: EventDate) -> str:
        """A date at its precision: day, month, year or range, in this language."""
        if when.precision == "month":
            return self.fmt("date.month", **self._parts(when.start))
        if when.precision == "year":
            return self.fmt("date.year", y=when.start.year)
        if when.precision == "range" and when.end is not None and when.end != when.start:
            return self._range(when.start, when.end)
        return self.day(when.start)

    def _range(self, a: date, b: date) -> str:
        values = {f"{k}1": v for k, v in self._parts(a).items()}
        values |= {f"{k}2": v for k, v in self._parts(b).items()}
        if (a.year, a.month) == (b.year, b.month):
            return self.fmt("range.same_month", **values)
        if a.year == b.year:
            return self.fmt("range.same_year", **values)
        return self.fmt("range.other", **values)

    def _parts(self, d: date) -> dict[str, object]:
        i = d.month - 1
        return {"d": d.day, "y": d.year, "month": self.months[i], "month_of": self.months_of[i]}

    # --- the sentence before the demands -----------------------------------------------

    def urge(self, issuer: str, country_code: str) -> str:
        """'<issuer> urges the authorities of <country> to:' with the country in the form
        the sentence needs (Russian and Kazakh genitive); a neutral phrasing otherwise."""
        code = country_code.upper()
        if not code:
            return self.fmt("urge.no_country", issuer=issuer)
        form = self.country_forms.get(code)
        if form:
            return self.fmt("urge", issuer=issuer, country=form)
        name = country_name(code, self.lang)
        if self.lang == "en":
            return self.fmt("urge", issuer=issuer, country=name)
        return self.fmt("urge.unknown_country", issuer=issuer, country=name)

    def anonymous_label(self, kind: str, gender: str) -> str:
        return self.anonymous[kind][gender]
