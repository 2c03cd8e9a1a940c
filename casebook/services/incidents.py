"""A table of incidents (one row per event) for shadow reports, as CSV or XLSX.

Redaction by consent applies to every text (the same entry points as appeals:
casebook.domain.redaction), and only cases whose sensitivity allows it are included.
The file is written atomically and nothing else touches the disk.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from casebook.domain import vocab
from casebook.domain.model import Case, Organisation, Person
from casebook.domain.redaction import Scrubber, allowed_names, public_labels, scrubber_for
from casebook.i18n import translate
from casebook.services.appeals.library import phrases
from casebook.vault import cases as repo
from casebook.vault import partials
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault

# Least open first: a level includes itself and everything more open.
SENSITIVITY_ORDER = ("internal", "partners", "public")

COLUMNS = (
    "case_id", "case_title", "event_id", "date", "time", "type", "type_label", "esf_code",
    "place", "country", "victims", "perpetrators", "description", "sensitivity",
)  # fmt: skip


class ExportError(VaultError):
    """An export that cannot be made as asked; nothing was written."""


def allowed_sensitivities(level: str) -> tuple[str, ...]:
    """Sensitivities a case may have to be included when the user allows `level`."""
    if level not in SENSITIVITY_ORDER:
        raise ExportError(
            translate("export", "unknown sensitivity {level!r}: choose from {choices}").format(
                level=level, choices=", ".join(SENSITIVITY_ORDER)
            )
        )
    return SENSITIVITY_ORDER[SENSITIVITY_ORDER.index(level) :]


@dataclass
class PublicCase:
    """A case seen from outside: labels by consent and a scrubber for its free text."""

    case: Case
    labels: dict[str, str]
    scrubber: Scrubber

    @classmethod
    def of(cls, case: Case, lang: str) -> PublicCase:
        labels = public_labels(case.people, phrases(lang))
        return cls(case, labels, scrubber_for(case.people, labels, allowed_names(case.people)))

    def text(self, value: str) -> str:
        return self.scrubber.scrub(value)

    def party(self, ref: str) -> str:
        party = self.case.party(ref)
        if isinstance(party, Person):
            return self.labels[party.id]
        if isinstance(party, Organisation):
            return self.text(party.name)
        return ""


def selected_cases(
    vault: Vault, case_ids: Sequence[str] = (), sensitivity: str = "public"
) -> tuple[list[str], list[str]]:
    """(ids to export, ids left out by their sensitivity). `case_ids` may be prefixes;
    empty means every case."""
    from casebook.services.cases import resolve_case_id

    allowed = allowed_sensitivities(sensitivity)
    if case_ids:
        ids = list(dict.fromkeys(resolve_case_id(vault, c) for c in case_ids))
    else:
        ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases ORDER BY created, id")]
    marks = {r[0]: r[1] for r in vault.conn.execute("SELECT id, sensitivity FROM cases").fetchall()}
    keep = [i for i in ids if marks.get(i) in allowed]
    return keep, [i for i in ids if marks.get(i) not in allowed]


def incident_rows(cases: Iterable[Case], lang: str = "en") -> Iterator[list[str]]:
    for case in cases:
        pub = PublicCase.of(case, lang)
        for e in case.events_in_order():
            by_role: dict[str, list[str]] = {}
            for inv in e.involved:
                label = pub.party(inv.ref)
                if label and label not in by_role.get(inv.role, []):
                    by_role.setdefault(inv.role, []).append(label)
            yield [
                case.id, pub.text(case.title), e.id, e.date.text(), e.time, e.type,
                vocab.label(vocab.EVENT_TYPE, e.type, lang), vocab.esf_code(e.type),
                pub.text(e.place), case.country, "; ".join(by_role.get("victim", [])),
                "; ".join(by_role.get("perpetrator", [])), pub.text(e.description),
                case.sensitivity,
            ]  # fmt: skip


@dataclass(frozen=True)
class IncidentsResult:
    path: Path
    rows: int
    cases: int
    left_out: int  # cases not included because of their sensitivity


def export_incidents(
    vault: Vault, dest: Path, *, case_ids: Sequence[str] = (), sensitivity: str = "public",
    lang: str = "en",
) -> IncidentsResult:  # fmt: skip
    """Write the incidents table to `dest` (.csv or .xlsx, by its suffix)."""
    kind = dest.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise ExportError(
            translate("export", "{path}: the file name must end in .csv or .xlsx").format(path=dest)
        )
    vault.refuse_inside(dest)
    ids, left_out = selected_cases(vault, case_ids, sensitivity)
    cases = (repo.get_case(vault.conn, i) for i in ids)
    rows = list(incident_rows(cases, lang))
    data = _csv_bytes(rows) if kind == ".csv" else _xlsx_bytes(rows)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partials.write(vault, dest, data)
    return IncidentsResult(dest, len(rows), len(ids), len(left_out))


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets see UTF-8


def _xlsx_bytes(rows: list[list[str]]) -> bytes:
    """The workbook, built in memory. (openpyxl spools every sheet to a temporary file,
    which would put the table on disk in plaintext; XlsxWriter's in_memory does not.)"""
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
              "strings_to_numbers": False},
    )  # fmt: skip
    sheet = book.add_worksheet("incidents")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, COLUMNS, bold)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    sheet.freeze_panes(1, 0)
    book.close()
    return buf.getvalue()
