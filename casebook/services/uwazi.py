"""A kit an Uwazi administrator imports without editing.

KIT.zip holds:
  README.md             what to create in Uwazi and in which order to import
  templates.json        the templates (Case, Event, Person): property names and types
  thesauri/*.csv        Uwazi's thesaurus-import layout: a header row of language names,
                        one value per row (child values would start with "-")
  Case.zip, Event.zip, Person.zip
                        each an Uwazi CSV import: import.csv at the root, and for Case
                        the attachments it names (cleaned evidence copies, the custody
                        log and hash list of each case as JSON) beside it

import.csv follows Uwazi's CSV import rules: UTF-8, commas, RFC 4180 quoting; headers
are property names; language columns `name__en`, `name__ru`, ... for title, text and
select properties with the default language present; dates `YYYY-MM-DD`, ranges
`YYYY-MM-DD:YYYY-MM-DD`; several values joined by `|`; select values by their label;
relationships by the exact title of the related entity; `attachments` names files at
the root of the ZIP. Every entity also carries `casebook_id`, a stable id in a column
Uwazi ignores unless a property of that name is added (for a later push over its API).

Redaction by consent applies to every text (casebook.domain.redaction through
PublicCase). Person entities that may not be named are titled by a code made from
their random id, since Uwazi matches relationships by title. Evidence goes in as
cleaned copies only; an item that cannot be cleaned is listed in the hash list, not
included. The ZIP is written atomically; the custody log of each included item records
the export in the same transaction as the rename.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.domain import vocab
from casebook.domain.model import Case, Event, Person
from casebook.domain.redaction import effective_consent
from casebook.i18n import translate
from casebook.services.evidence_clean import CannotClean, clean, refusal
from casebook.services.evidence_export import decrypt_in_memory
from casebook.services.incidents import ExportError, PublicCase, selected_cases
from casebook.services.uwazi_rules import (
    ATTACHMENTS,
    ESF_COLUMN,
    ID_COLUMN,
    LANG_NAMES,
    TEMPLATES,
    THESAURI,
    KitError,
    Property,
    Thesaurus,
    check_kit,
    column_names,
    parse_langs,
)
from casebook.vault import cases as repo
from casebook.vault import custody, partials
from casebook.vault import evidence_store as store
from casebook.vault.vault import Vault

__all__ = ["KitError", "KitResult", "check_kit", "export_kit", "parse_langs", "vault_people"]

KIT_FORMAT = "casebook-uwazi-kit/1"
Progress = Callable[[int, int], None]


@dataclass
class KitResult:
    path: Path
    cases: int = 0
    events: int = 0
    people: int = 0
    files: int = 0
    left_out: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Rows:
    """Rows of one template's import.csv, and the files that go beside it."""

    template: str
    rows: list[dict[str, str]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)


def _one_line(text: str) -> str:
    """A title: one line, and no "|" (the separator of several related titles)."""
    return " ".join(text.replace("|", "/").split())


def _daterange(event: Event) -> str:
    return f"{event.date.start.isoformat()}:{event.date.last_day().isoformat()}"


class _KitBuilder:
    def __init__(self, langs: Sequence[str]):
        self.langs = list(langs)
        self.default = self.langs[0]
        self.tables = {t.name: _Rows(t.name) for t in TEMPLATES}
        self.case_titles: set[str] = set()
        self.person_titles: set[str] = set()
        self.exported: list[tuple[store.EvidenceRow, str, str]] = []  # row, name, sha256
        self.notes: list[str] = []

    def _unique(self, title: str, taken: set[str], stable: str) -> str:
        title = _one_line(title) or stable
        if title.casefold() in {t.casefold() for t in taken}:
            title = f"{title} ({stable})"
        taken.add(title)
        return title

    def add_case(self, vault: Vault, case: Case) -> None:
        pub = PublicCase.of(case, self.default)
        case_title = self._unique(pub.text(case.title), self.case_titles, case.id[:8])
        people = self._add_people(case, pub, case_title)
        self._add_events(case, pub, case_title, people)
        files = self._evidence(vault, case, pub)
        events = case.events_in_order()
        period = (
            f"{events[0].date.start.isoformat()}:"
            f"{max(e.date.last_day() for e in events).isoformat()}"
            if events else ""
        )  # fmt: skip
        row = {ID_COLUMN: case.id, **self._same("title", case_title)}
        row |= self._labels("status", vocab.CASE_STATUS, [case.status])
        row |= self._same("country", case.country)
        row |= self._same("location", pub.text(case.location))
        row |= self._same("summary", pub.text(case.summary))
        row |= self._same("background", pub.text(case.background))
        row |= self._same("tags", pub.text(", ".join(case.tags)))
        row["period"] = period
        row[ATTACHMENTS] = "|".join(files)
        self.tables["Case"].rows.append(row)

    def _same(self, name: str, value: str) -> dict[str, str]:
        """A text that reads the same in every language (the group wrote it once)."""
        return {f"{name}__{lang}": value for lang in self.langs}

    def _labels(
        self, name: str, vocabulary: vocab.Vocabulary, codes: Iterable[str]
    ) -> dict[str, str]:
        """Select values: each language column holds the labels in its language."""
        codes = list(dict.fromkeys(codes))
        return {
            f"{name}__{lang}": "|".join(vocab.label(vocabulary, c, lang) for c in codes)
            for lang in self.langs
        }

    def _add_people(self, case: Case, pub: PublicCase, case_title: str) -> dict[str, str]:
        titles: dict[str, str] = {}
        for person in case.people:
            code = f"P-{person.id.replace('-', '')[:10]}"
            named = effective_consent(person) == "named"
            title = self._unique(person.name if named else code, self.person_titles, code)
            titles[person.id] = title
            shown = effective_consent(person) != "anonymous"
            roles = sorted({i.role for e in case.events for i in e.involved if i.ref == person.id})
            row = {ID_COLUMN: person.id, **self._same("title", title)}
            row |= self._same("public_label", pub.labels[person.id])
            row |= self._same("organisation", pub.text(person.organisation) if shown else "")
            row |= self._same("role", pub.text(person.role) if shown else "")
            row |= self._labels("roles", vocab.INVOLVEMENT_ROLE, roles)
            row["case"] = case_title
            self.tables["Person"].rows.append(row)
        return titles

    def _add_events(
        self, case: Case, pub: PublicCase, case_title: str, people: dict[str, str]
    ) -> None:
        for event in case.events_in_order():
            by_role: dict[str, list[str]] = {}
            orgs: list[str] = []
            kinds: list[str] = []
            for inv in event.involved:
                if inv.ref in people:
                    by_role.setdefault(inv.role, []).append(people[inv.ref])
                elif inv.role == "perpetrator":
                    org = next((o for o in case.organisations if o.id == inv.ref), None)
                    if org is not None:
                        orgs.append(pub.text(org.name))
                        kinds.append(org.kind)
            place = pub.text(event.place)
            row = {ID_COLUMN: event.id}
            for lang in self.langs:
                kind = vocab.label(vocab.EVENT_TYPE, event.type, lang)
                parts = (event.date.text(), kind, place)
                row[f"title__{lang}"] = _one_line(" · ".join(x for x in parts if x))
            row["case"] = case_title
            row["event_date"] = _daterange(event)
            row |= self._same("date_text", event.date.text())
            row |= self._labels("event_type", vocab.EVENT_TYPE, [event.type])
            row |= self._same("esf_code", vocab.esf_code(event.type))
            row |= self._same("place", place)
            row |= self._same("description", pub.text(event.description))
            for role, column in (("victim", "victims"), ("perpetrator", "perpetrators"),
                                 ("witness", "witnesses")):  # fmt: skip
                row[column] = "|".join(dict.fromkeys(by_role.get(role, [])))
            row |= self._same("perpetrator_organisations", "; ".join(orgs))
            row |= self._labels("perpetrator_kinds", vocab.ORG_KIND, kinds)
            self.tables["Event"].rows.append(row)

    def _evidence(self, vault: Vault, case: Case, pub: PublicCase) -> list[str]:
        tables = self.tables["Case"].files
        names: list[str] = []
        hashes: list[dict[str, Any]] = []
        for row in store.list_for_case(vault.conn, case.id):
            entry: dict[str, Any] = {
                "evidence_id": row.id, "media_type": row.media_type,
                "original_sha256": row.sha256, "original_size": row.size,
                "description": pub.text(row.description), "file": None,
            }  # fmt: skip
            reason = refusal(row.media_type, row.size)
            if not reason:
                try:
                    cleaned = clean(row.media_type, decrypt_in_memory(vault, row))
                except CannotClean as exc:
                    reason = str(exc)
            if reason:
                entry["not_included"] = reason
                self.notes.append(
                    translate("export", "evidence {id}: not included ({reason})").format(
                        id=row.id[:8], reason=reason
                    )
                )
            else:
                suffix = Path(row.original_name).suffix.lower()
                suffix = suffix if suffix[1:].isalnum() and len(suffix) <= 6 else ""
                name = f"evidence-{row.id[:12]}-cleaned{suffix}"
                sha = hashlib.sha256(cleaned).hexdigest()
                tables[name] = cleaned
                names.append(name)
                entry |= {"file": name, "cleaned_sha256": sha, "cleaned_size": len(cleaned)}
                self.exported.append((row, name, sha))
            hashes.append(entry)
        log = [_custody_json(e, pub) for e in custody.case_entries(vault.conn, case.id)]
        stem = case.id[:12]
        for kind, data in (("custody", log), ("hashes", hashes)):
            if data:
                name = f"{kind}-{stem}.json"
                tables[name] = _json({"case_id": case.id, kind: data})
                names.append(name)
        return names

    def csv_bytes(self, template: str) -> bytes:
        spec = next(t for t in TEMPLATES if t.name == template)
        header = column_names(spec, self.langs)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(header)
        for row in self.tables[template].rows:
            writer.writerow([row.get(col, "") for col in header])
        return buf.getvalue().encode("utf-8")

    def thesaurus_bytes(self, thesaurus: Thesaurus) -> bytes:
        """Uwazi's thesaurus layout; a thesaurus mapped to ESF has the code of each
        value in a last column (ESF_COLUMN), which Uwazi's import leaves alone."""
        vocabulary, esf = thesaurus.vocabulary, thesaurus.code
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow([LANG_NAMES[lang] for lang in self.langs] + ([ESF_COLUMN] if esf else []))
        for code in vocabulary:
            labels = [vocab.label(vocabulary, code, lang) for lang in self.langs]
            writer.writerow(labels + ([esf(code)] if esf else []))
        return buf.getvalue().encode("utf-8")

    def templates_json(self) -> bytes:
        return _json(
            {
                "format": KIT_FORMAT,
                "default_language": self.default,
                "languages": self.langs,
                "thesauri": [_thesaurus_json(t, self.default) for t in THESAURI],
                "templates": [
                    {
                        "name": t.name, "import": f"{t.name}.zip",
                        "properties": [_property_json(p) for p in t.properties],
                        "ignored_columns": [ID_COLUMN],
                    }
                    for t in TEMPLATES
                ],
            }
        )  # fmt: skip


def _thesaurus_json(t: Thesaurus, lang: str) -> dict[str, Any]:
    """Name and file; for a thesaurus mapped to ESF, its micro-thesaurus and the code of
    each value (by its label in the default language)."""
    out: dict[str, Any] = {"name": t.name, "file": f"thesauri/{t.file}"}
    if t.code is not None:
        out["esf_micro_thesaurus"] = t.esf
        out["esf_codes"] = {vocab.label(t.vocabulary, c, lang): t.code(c) for c in t.vocabulary}
    return out


def _property_json(p: Property) -> dict[str, Any]:
    out: dict[str, Any] = {"name": p.name, "label": p.label, "type": p.type}
    if p.thesaurus:
        out["thesaurus"] = p.thesaurus
    if p.target:
        out["relationship_to"] = p.target
    return out


def _custody_json(entry: custody.CustodyEntry, pub: PublicCase) -> dict[str, Any]:
    return {
        "seq": entry.seq, "evidence_id": entry.evidence_id, "time": entry.time,
        "action": entry.action, "actor": pub.text(entry.actor),
        "details": _scrubbed(entry.details, pub), "prev_hash": entry.prev_hash,
        "hash": entry.hash, "signature": entry.signature,
    }  # fmt: skip


def _scrubbed(value: Any, pub: PublicCase) -> Any:
    if isinstance(value, str):
        return pub.text(value)
    if isinstance(value, dict):
        return {k: _scrubbed(v, pub) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrubbed(v, pub) for v in value]
    return value


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _zip_bytes(files: Iterable[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(_entry(name), data)
    return buf.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no time of export
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def vault_people(vault: Vault) -> list[Person]:
    """Every person of the vault with what may not be published of them (names,
    aliases, pseudonym, contacts), for the validator's check of names."""
    cols = ("id", "name", "pseudonym", "consent", "contact")
    rows = vault.conn.execute(f"SELECT {', '.join(cols)}, aliases, contacts FROM people").fetchall()
    return [
        Person(**dict(zip(cols, r[:-2], strict=True)), aliases=_texts(r[-2]),
               contacts=_texts(r[-1]))
        for r in rows
    ]  # fmt: skip


def _texts(raw: str | None) -> list[str]:
    value = json.loads(raw or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []


def readme(langs: Sequence[str]) -> bytes:
    text = f"""# Casebook kit for Uwazi ({KIT_FORMAT})

Languages: {", ".join(f"{LANG_NAMES[x]} ({x})" for x in langs)}; default: {langs[0]}.

1. In Settings > Languages, add the languages above ({langs[0]} as the default).
2. In Settings > Thesauri, create each thesaurus in `templates.json` and use
   "Import" with its CSV from `thesauri/` (header row: language names). The event
   types and roles carry their HURIDOCS Events Standard Formats code in a last
   column, "{ESF_COLUMN}" ("local" for a Casebook term that ESF lacks); Uwazi's import
   reads only the language columns. Event types are coded in the ESF micro-thesaurus
   "{vocab.ESF_TYPES_OF_ACTS}", roles in "{vocab.ESF_SOURCE_CONNECTION}".
3. In Settings > Templates, create the templates Case, Person and Event with the
   properties listed in `templates.json` (name, type, thesaurus, relationship target).
   To keep Casebook's stable ids, add a text property `casebook_id`; otherwise Uwazi
   ignores that column.
4. Import in this order (relationships are matched by title, so the targets must
   exist first): `Case.zip` with the Case template, then `Person.zip`, then
   `Event.zip` (Library > Import CSV, choosing the matching template).

Case.zip holds cleaned copies of the evidence (identifying metadata removed) and, per
case, its custody log and hash list as JSON, attached to the case. People who did not
consent to be named are titled by a code (P-...), never by a name. Check this kit with
`casebook export uwazi --check KIT.zip` before handing it over.
"""
    return text.encode("utf-8")


def export_kit(
    vault: Vault, dest: Path, *, case_ids: Sequence[str] = (), sensitivity: str = "partners",
    langs: Sequence[str] = ("en", "ru", "kk"), actor: str = "",
    progress: Progress | None = None,
) -> KitResult:  # fmt: skip
    """Write the kit for the chosen cases to `dest` (see the module's description)."""
    if not langs:
        raise KitError(translate("export", "the kit needs at least one language"))
    vault.refuse_inside(dest)
    ids, left_out = selected_cases(vault, case_ids, sensitivity)
    if not ids:
        raise ExportError(translate("export", "no case to export (see --cases and --sensitivity)"))
    builder = _KitBuilder(langs)
    for n, case_id in enumerate(ids, 1):
        builder.add_case(vault, repo.get_case(vault.conn, case_id))
        if progress is not None:
            progress(n, len(ids))
    files: list[tuple[str, bytes]] = [
        ("README.md", readme(builder.langs)),
        ("templates.json", builder.templates_json()),
    ]
    files += [(f"thesauri/{t.file}", builder.thesaurus_bytes(t)) for t in THESAURI]
    for t in TEMPLATES:
        inner = [("import.csv", builder.csv_bytes(t.name)), *builder.tables[t.name].files.items()]
        files.append((f"{t.name}.zip", _zip_bytes(inner)))
    dest.parent.mkdir(parents=True, exist_ok=True)

    def rename(part: Path, target: Path) -> None:
        with vault.transaction() as conn:
            for row, name, sha in builder.exported:
                custody.append(conn, row.id, row.case_id, "exported", actor,
                               {"copy": "cleaned", "sha256": sha, "file_name": name,
                                "kit": target.name})  # fmt: skip
            os.replace(part, target)

    with partials.writer(vault, dest, rename=rename) as out, zipfile.ZipFile(out, "w") as z:
        for name, data in files:
            z.writestr(_entry(name), data)
    tables = builder.tables
    return KitResult(
        dest, cases=len(ids), events=len(tables["Event"].rows),
        people=len(tables["Person"].rows), files=len(builder.exported),
        left_out=len(left_out), notes=builder.notes,
    )  # fmt: skip
