"""The templates of the Uwazi kit, and the validator that checks a kit against Uwazi's
CSV import rules (see casebook/services/uwazi.py for the layout).

The validator reads the kit in memory only. It reports each problem with the file, row
and column it is in, so a malformed kit can be fixed (or a bug in the exporter found).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casebook.domain import vocab
from casebook.domain.model import Person
from casebook.domain.names import Forbidden, Matcher
from casebook.domain.redaction import allowed_names, contact_strings, forbidden_strings
from casebook.i18n import translate

LANG_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
ID_COLUMN = "casebook_id"
ATTACHMENTS = "attachments"
TRANSLATABLE = frozenset({"text", "markdown", "select", "multiselect"})
MULTIPLE = frozenset({"multiselect", "relationship"})
MAX_KIT_ENTRY = 1 << 30  # the validator refuses larger members than this (zip bombs)


class KitError(ValueError):
    """A kit that cannot be made or read as asked."""


@dataclass(frozen=True)
class Property:
    name: str
    label: str
    type: str
    thesaurus: str = ""
    target: str = ""  # the template a relationship points to


@dataclass(frozen=True)
class Template:
    name: str
    properties: tuple[Property, ...]
    attachments: bool = False


@dataclass(frozen=True)
class Thesaurus:
    name: str
    file: str
    vocabulary: vocab.Vocabulary
    esf: str = ""  # the ESF micro-thesaurus its codes come from
    code: Callable[[str], str] | None = None  # value -> ESF code or "local"


# The column after the languages that gives each value's ESF code. Uwazi's thesaurus
# import reads only the columns named after a language (api/csv/importThesauri.ts) and
# leaves this one alone; it is there for the administrator and for a later push.
ESF_COLUMN = "ESF code"
_ESF_CODE = re.compile(r"^(\d{12}|local)$")

THESAURI = (
    Thesaurus("Event types", "event_types.csv", vocab.EVENT_TYPE,
              esf=vocab.ESF_TYPES_OF_ACTS, code=vocab.esf_code),
    Thesaurus("Roles", "roles.csv", vocab.INVOLVEMENT_ROLE,
              esf=vocab.ESF_SOURCE_CONNECTION, code=vocab.role_esf_code),
    Thesaurus("Statuses", "statuses.csv", vocab.CASE_STATUS),
    Thesaurus("Organisation kinds", "organisation_kinds.csv", vocab.ORG_KIND),
)  # fmt: skip

_TITLE = Property("title", "Title", "text")
TEMPLATES = (
    Template(
        "Case",
        (
            _TITLE,
            Property("status", "Status", "select", thesaurus="Statuses"),
            Property("country", "Country", "text"),
            Property("location", "Location", "text"),
            Property("summary", "Summary", "markdown"),
            Property("background", "Background", "markdown"),
            Property("tags", "Tags", "text"),
            Property("period", "Period", "daterange"),
        ),
        attachments=True,
    ),
    Template(
        "Person",
        (
            _TITLE,
            Property("public_label", "How the person appears", "text"),
            Property("organisation", "Organisation", "text"),
            Property("role", "Role", "text"),
            Property("roles", "Roles in events", "multiselect", thesaurus="Roles"),
            Property("case", "Case", "relationship", target="Case"),
        ),
    ),
    Template(
        "Event",
        (
            _TITLE,
            Property("case", "Case", "relationship", target="Case"),
            Property("event_date", "Date", "daterange"),
            Property("date_text", "Date as recorded", "text"),
            Property("event_type", "Type of act", "select", thesaurus="Event types"),
            Property("esf_code", "ESF code (Types of acts)", "text"),
            Property("place", "Place", "text"),
            Property("description", "Description", "markdown"),
            Property("victims", "Victims", "relationship", target="Person"),
            Property("perpetrators", "Perpetrators", "relationship", target="Person"),
            Property("witnesses", "Witnesses", "relationship", target="Person"),
            Property("perpetrator_organisations", "Perpetrating organisations", "text"),
            Property(
                "perpetrator_kinds",
                "Kinds of perpetrator",
                "multiselect",
                thesaurus="Organisation kinds",
            ),  # fmt: skip
        ),
    ),
)


def parse_langs(text: str) -> list[str]:
    """ "en,ru,kk" -> ["en", "ru", "kk"]; the first is the default language."""
    langs = list(dict.fromkeys(x.strip() for x in text.split(",") if x.strip()))
    unknown = [x for x in langs if x not in LANG_NAMES]
    if unknown or not langs:
        raise KitError(
            translate("export", "unknown language {lang!r}: choose from {choices}").format(
                lang=(unknown or [text])[0], choices=", ".join(LANG_NAMES)
            )
        )
    return langs


def column_names(template: Template, langs: Sequence[str]) -> list[str]:
    out: list[str] = []
    for p in template.properties:
        if p.type in TRANSLATABLE:
            out += [f"{p.name}__{lang}" for lang in langs]
        else:
            out.append(p.name)
    out.append(ID_COLUMN)
    if template.attachments:
        out.append(ATTACHMENTS)
    return out


# --- the validator ---------------------------------------------------------------------

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def _is_day(text: str) -> bool:
    if not _DAY.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class _Checker:
    def __init__(self, kit: zipfile.ZipFile, finder: NameFinder | None):
        self.kit = kit
        self.finder = finder
        self.problems: list[str] = []
        self.spec: dict[str, Any] = {}

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def names(self, where: str, text: str) -> None:
        if self.finder is not None and text and self.finder.found(text):
            self.names_found(where)

    def names_found(self, where: str) -> None:
        self.problem(where, translate("export", "contains a name that may not appear"))

    def read(self, archive: zipfile.ZipFile, name: str, where: str) -> bytes | None:
        try:
            info = archive.getinfo(name)
        except KeyError:
            self.problem(where, translate("export", "missing"))
            return None
        if info.file_size > MAX_KIT_ENTRY:
            self.problem(where, translate("export", "too large to check"))
            return None
        return archive.read(info)

    def text(self, data: bytes, where: str) -> str | None:
        if data.startswith(b"\xef\xbb\xbf"):
            self.problem(where, translate("export", "starts with a byte order mark"))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(where, translate("export", "is not UTF-8"))
            return None

    def table(self, data: bytes, where: str) -> list[list[str]] | None:
        text = self.text(data, where)
        if text is None:
            return None
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        except csv.Error as exc:
            self.problem(where, translate("export", "is not valid CSV ({error})").format(
                error=exc))  # fmt: skip
            return None
        if not rows:
            self.problem(where, translate("export", "is empty"))
            return None
        for n, row in enumerate(rows[1:], 1):
            if len(row) != len(rows[0]):
                self.problem(
                    f"{where} row {n}",
                    translate("export", "has {count} values for {columns} columns").format(
                        count=len(row), columns=len(rows[0])
                    ),
                )
        if self.finder is not None:
            for n in self.finder.rows_with_names(rows[1:]):
                self.names_found(f"{where} row {n}")
        return rows

    def run(self) -> list[str]:
        raw = self.read(self.kit, "templates.json", "templates.json")
        if raw is None:
            return self.problems
        try:
            self.spec = json.loads(raw)
            langs = list(self.spec["languages"])
            templates = list(self.spec["templates"])
            thesauri = {t["name"]: t["file"] for t in self.spec["thesauri"]}
        except (ValueError, KeyError, TypeError) as exc:
            self.problem("templates.json", translate("export", "cannot be read ({error})")
                         .format(error=exc))  # fmt: skip
            return self.problems
        self.names("templates.json", raw.decode("utf-8", "replace"))
        readme = self.read(self.kit, "README.md", "README.md")
        if readme is not None:
            self.names("README.md", readme.decode("utf-8", "replace"))
        labels = {name: self.thesaurus(file, langs) for name, file in thesauri.items()}
        titles: dict[str, set[str]] = {}
        parsed = []
        for template in templates:
            parsed.append(self.template(template, langs, labels, titles))
        for item in parsed:
            if item is not None:
                self.relationships(*item, titles)
        return self.problems

    def thesaurus(self, file: str, langs: list[str]) -> dict[str, set[str]]:
        data = self.read(self.kit, file, file)
        rows = self.table(data, file) if data is not None else None
        out: dict[str, set[str]] = {lang: set() for lang in langs}
        if not rows:
            return out
        expected = [LANG_NAMES.get(x, x) for x in langs]
        if rows[0] not in (expected, [*expected, ESF_COLUMN]):
            self.problem(file, translate("export", "the header row should be {expected}")
                         .format(expected=",".join(expected)))  # fmt: skip
        codes = len(rows[0]) == len(expected) + 1 and rows[0][-1] == ESF_COLUMN
        for n, row in enumerate(rows[1:], 1):
            if not row or not row[0].strip():
                self.problem(f"{file} row {n}", translate("export", "empty value"))
                continue
            if row[0].startswith("-") and n == 1:
                self.problem(
                    f"{file} row {n}", translate("export", "a child value before any parent")
                )
            if codes and len(row) == len(rows[0]) and not _ESF_CODE.match(row[-1]):
                message = translate(
                    "export", '{value!r} is neither a 12-digit ESF code nor "local"'
                )
                self.problem(f"{file} row {n}, column {ESF_COLUMN}", message.format(value=row[-1]))
            for lang, value in zip(langs, row, strict=False):
                out[lang].add(value.lstrip("-").strip())
        return out

    def template(
        self, template: dict[str, Any], langs: list[str], labels: dict[str, dict[str, set[str]]],
        titles: dict[str, set[str]],
    ) -> tuple[str, list[str], list[list[str]], dict[str, dict[str, Any]]] | None:  # fmt: skip
        name, file = template["name"], template["import"]
        data = self.read(self.kit, file, file)
        if data is None:
            return None
        try:
            inner = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            self.problem(file, translate("export", "is not a ZIP file"))
            return None
        where = f"{file}/import.csv"
        raw = self.read(inner, "import.csv", where)
        rows = self.table(raw, where) if raw is not None else None
        if not rows:
            return None
        header, body = rows[0], rows[1:]
        props = {p["name"]: p for p in template["properties"]}
        ignored = set(template.get("ignored_columns", []))
        self.header(where, header, props, ignored, langs)
        default_title = f"title__{langs[0]}" if f"title__{langs[0]}" in header else "title"
        for n, row in enumerate(body, 1):
            cells = dict(zip(header, row, strict=False))
            if not cells.get(default_title, "").strip():
                self.problem(f"{where} row {n}", translate("export", "the title is empty"))
            titles.setdefault(name, set()).add(cells.get(default_title, ""))
            for column, value in cells.items():
                self.cell(f"{where} row {n}, column {column}", column, value, props, labels,
                          inner)  # fmt: skip
        for member in inner.namelist():
            if member != "import.csv" and member.endswith(".json"):
                content = self.read(inner, member, f"{file}/{member}")
                if content is not None:
                    self.names(f"{file}/{member}", content.decode("utf-8", "replace"))
            self.names(f"{file}/{member}", member)
        return name, header, body, props

    def header(
        self, where: str, header: list[str], props: dict[str, dict[str, Any]], ignored: set[str],
        langs: list[str],
    ) -> None:  # fmt: skip
        seen: dict[str, list[str]] = {}
        for column in header:
            if header.count(column) > 1:
                self.problem(where, translate("export", "the column {column!r} appears twice")
                             .format(column=column))  # fmt: skip
            base, _, lang = column.partition("__")
            if column in ignored or column == ATTACHMENTS or column.endswith("_geolocation"):
                continue
            if base not in props:
                self.problem(where, translate("export", "the column {column!r} is no property")
                             .format(column=column))  # fmt: skip
                continue
            if lang and lang not in langs:
                self.problem(where, translate("export", "the column {column!r} is in a language "
                             "the kit does not have").format(column=column))  # fmt: skip
            if lang and props[base]["type"] not in TRANSLATABLE:
                self.problem(where, translate("export", "the column {column!r} cannot have a "
                             "language").format(column=column))  # fmt: skip
            seen.setdefault(base, []).append(lang)
        if "title" not in seen:
            self.problem(where, translate("export", "there is no title column"))
        for base, found in seen.items():
            if "" in found and len(found) > 1:
                self.problem(where, translate("export", "mixed language columns for {name!r}: "
                             "with and without a language").format(name=base))  # fmt: skip
            elif "" not in found and langs[0] not in found:
                message = translate(
                    "export",
                    "{name!r} has language columns but none for the default language {lang}",
                )
                self.problem(where, message.format(name=base, lang=langs[0]))

    def cell(
        self, where: str, column: str, value: str, props: dict[str, dict[str, Any]],
        labels: dict[str, dict[str, set[str]]], inner: zipfile.ZipFile,
    ) -> None:  # fmt: skip
        if not value:
            return
        if column == ATTACHMENTS:
            for name in value.split("|"):
                if "/" in name or "\\" in name or name not in inner.namelist():
                    self.problem(where, translate("export", "the attachment {name!r} is not at "
                                 "the root of the ZIP").format(name=name))  # fmt: skip
            return
        if column.endswith("_geolocation"):
            parts = value.split("|")
            ok = len(parts) == 2 and all(_NUMBER.match(p.strip()) for p in parts)
            if not ok or abs(float(parts[0])) > 90 or abs(float(parts[1])) > 180:
                self.problem(where, translate("export", "{value!r} is not lat|lon")
                             .format(value=value))  # fmt: skip
            return
        base, _, lang = column.partition("__")
        prop = props.get(base)
        if prop is None:
            return
        kind = prop["type"]
        values = value.split("|") if kind in MULTIPLE else [value]
        if any(not v.strip() for v in values):
            self.problem(where, translate("export", "an empty value between separators"))
        if kind == "date" and not _is_day(value):
            self.problem(where, translate("export", "{value!r} is not a date (YYYY-MM-DD)")
                         .format(value=value))  # fmt: skip
        elif kind == "daterange":
            start, sep, end = value.partition(":")
            if not sep or not _is_day(start) or not _is_day(end) or end < start:
                self.problem(where, translate("export", "{value!r} is not a date range "
                             "(YYYY-MM-DD:YYYY-MM-DD)").format(value=value))  # fmt: skip
        elif kind in ("select", "multiselect"):
            known = labels.get(prop.get("thesaurus", ""), {}).get(lang or self.spec["languages"][0])
            for v in values:
                if known is not None and v not in known:
                    message = translate(
                        "export", "{value!r} is not a value of the thesaurus {name!r}"
                    )
                    self.problem(where, message.format(value=v, name=prop.get("thesaurus")))

    def relationships(
        self, name: str, header: list[str], body: list[list[str]],
        props: dict[str, dict[str, Any]], titles: dict[str, set[str]],
    ) -> None:  # fmt: skip
        for n, row in enumerate(body, 1):
            for column, value in zip(header, row, strict=False):
                prop = props.get(column)
                if not value or prop is None or prop["type"] != "relationship":
                    continue
                target = prop.get("relationship_to", "")
                for v in value.split("|"):
                    if v and v not in titles.get(target, set()):
                        self.problem(
                            f"{name}.zip/import.csv row {n}, column {column}",
                            translate("export", "no {template} is titled {title!r}").format(
                                template=target, title=v
                            ),
                        )


_CELL = "\n\x00\n"  # between values: not a word, a space, a digit or part of an e-mail


class NameFinder:
    """Finds the names and contact details that may not appear, in any text: one name
    matcher (casebook.domain.names, the one redaction uses) built once for everyone
    given, so that each text is read once whatever the number of people (a matcher per
    person, or per group of them, was read again for each: minutes on a large kit).

    A text "contains a name" when the matcher finds a span that belongs to someone,
    for certain or as a close spelling; a number that only looks like a phone is the
    exporter's business (it scrubs those), not a name."""

    def __init__(self, people: Sequence[Person]):
        forbidden = []
        for person in people:
            names, contacts = tuple(forbidden_strings(person)), tuple(contact_strings(person))
            if names or contacts:
                forbidden.append(Forbidden(person.id, "\x00", names, contacts))
        self.matcher = Matcher(forbidden, allowed_names(people))

    def found(self, text: str) -> bool:
        return any(hit.owner for hit in self.matcher.find(text))

    def rows_with_names(self, rows: Sequence[Sequence[str]]) -> list[int]:
        """Numbers (from 1) of the rows with a name in any of their values, the whole
        table read in one pass: its values joined by a separator no name, number or
        address runs across (so one value does not join the next into a name)."""
        starts: list[int] = []
        parts: list[str] = []
        at = 0
        for row in rows:
            starts.append(at)
            line = _CELL.join(row) + _CELL
            parts.append(line)
            at += len(line)
        text = "".join(parts)
        found = {bisect_right(starts, hit.start) for hit in self.matcher.find(text) if hit.owner}
        return sorted(found)


def check_kit(path: Path, people: Sequence[Person] | None = None) -> list[str]:
    """Problems of the kit at `path`, each naming where it is; [] when it is sound.
    With `people`, also every place where a name that may not appear is found."""
    finder = NameFinder(people) if people else None
    try:
        with zipfile.ZipFile(path) as kit:
            return _Checker(kit, finder).run()
    except (OSError, zipfile.BadZipFile) as exc:
        return [f"{path}: " + translate("export", "cannot be read ({error})").format(error=exc)]
