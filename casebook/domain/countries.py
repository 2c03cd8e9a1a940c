"""ISO 3166-1 alpha-2 country codes with names in English, Russian and Kazakh (pycountry)."""

from __future__ import annotations

import gettext
from functools import cache
from typing import Any


def _pycountry() -> Any:
    """pycountry, imported when first needed (it costs 20 ms at start-up)."""
    import pycountry

    return pycountry


@cache
def codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in _pycountry().countries)


@cache
def _translation(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    folder = _pycountry().LOCALES_DIR
    return gettext.translation("iso3166-1", folder, languages=[lang], fallback=True)


def is_country(code: str) -> bool:
    return code.upper() in codes()


def country_name(code: str, lang: str = "en") -> str:
    """Common name of a country in `lang`; the code itself when unknown."""
    country = _pycountry().countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _translation(lang).gettext(country.name) if lang != "en" else name


def all_countries(lang: str = "en") -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name in `lang`."""
    return sorted(((c, country_name(c, lang)) for c in codes()), key=lambda p: p[1])
