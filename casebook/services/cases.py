"""Case operations used by both the GUI and the CLI."""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook.domain import safe_json, texts
from casebook.domain.interchange import InterchangeError, case_from_dict, case_to_dict
from casebook.domain.model import Case, Organisation, Person, new_id, utc_now
from casebook.domain.validation import FieldError, ValidationError, validate_case
from casebook.i18n import QT_TRANSLATE_NOOP, translate
from casebook.resources import resource
from casebook.services.changes import Changes
from casebook.vault import cases as repo
from casebook.vault import partials
from casebook.vault.db import Connection, resolve_prefix
from casebook.vault.vault import Vault

if TYPE_CHECKING:  # jsonschema is imported where a file is read (CLI start-up)
    import jsonschema


def save_case(vault: Vault, case: Case, *, touch: bool = True) -> Changes:
    """Validate and store `case`; `touch` sets its updated time to now."""
    import hashlib

    from casebook.services.bundle.merge import case_json, record_version

    validate_case(case)
    if errors := texts.text_errors(case):
        raise ValidationError(errors)
    texts.prune(case)
    if touch:
        case.updated = utc_now()
    with vault.transaction() as conn:
        repo.save_case(conn, case)
        version = hashlib.sha256(case_json(case)).hexdigest()
        record_version(conn, case.id, version, "local")  # the case's history (no copy)
    return Changes(cases=True, case_ids=(case.id,))


def get_case(vault: Vault, case_id: str) -> Case:
    return repo.get_case(vault.conn, resolve_case_id(vault, case_id))


def delete_case(vault: Vault, case_id: str) -> Changes:
    """Delete a case, its evidence rows and their files. Rows go with secure_delete."""
    case_id = resolve_case_id(vault, case_id)
    with vault.transaction() as conn:
        files = delete_case_in(conn, case_id)
    remove_files(vault, files)
    from casebook.services.compact import compact_if_worth_it

    compact_if_worth_it(vault)
    return Changes(cases=True, evidence=bool(files), case_ids=(case_id,))


def delete_case_in(conn: Connection, case_id: str) -> list[str]:
    """Delete a case inside the caller's transaction; returns the evidence files to
    remove (remove_files) once it is committed. A tombstone remembers the deletion
    (and the partners the case was exchanged with), so no bundle brings it back
    silently and the deletion can travel to them."""
    from casebook.services.bundle.merge import case_hash
    from casebook.vault import custody

    items = conn.execute(
        "SELECT id, file_id, original_name FROM evidence WHERE case_id=?", (case_id,)
    ).fetchall()
    for evidence_id, _file_id, name in items:  # the custody log stays, ending here
        custody.append(conn, evidence_id, case_id, "deleted", "", {"name": name})
    peers = sorted({r[0] for r in conn.execute(
        "SELECT peer_key FROM case_sync WHERE case_id = ? AND peer_key != ''", (case_id,)
    )})  # fmt: skip
    conn.execute(
        "INSERT OR REPLACE INTO case_tombstones(case_id, deleted, version, peers)"
        " VALUES (?, ?, ?, ?)",
        (case_id, utc_now(), case_hash(repo.get_case(conn, case_id)), json.dumps(peers)),
    )
    conn.execute("DELETE FROM case_proposals WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM case_versions WHERE case_id = ?", (case_id,))  # its history
    repo.delete_case(conn, case_id)
    for evidence_id, _file_id, _name in items:  # without the file names (issue 12)
        custody.reduce_deleted(conn, evidence_id)
    return [r[1] for r in items]


def remove_files(vault: Vault, files: list[str]) -> None:
    from casebook.vault import evidence_files

    for file_id in files:
        (vault.evidence_dir / f"{file_id}.age").unlink(missing_ok=True)
    evidence_files.remove_orphans(vault)


def duplicate_case(vault: Vault, case_id: str, title_suffix: str = " (copy)") -> Case:
    """A copy of the case with new ids for it and everything in it (no evidence)."""
    original = get_case(vault, case_id)
    dup = copy.deepcopy(original)
    dup.title = original.title + title_suffix
    dup.created = dup.updated = utc_now()
    dup.outreach = []  # the copy was never sent anywhere
    renew_ids(dup)
    save_case(vault, dup, touch=False)
    return dup


def renew_ids(case: Case) -> None:
    """Give the case and everything in it new ids, keeping the links between them."""
    case.id = new_id()
    remap: dict[str, str] = {}
    parties: list[Person | Organisation] = [*case.people, *case.organisations]
    for party in parties:
        fresh = new_id()
        remap[party.id] = fresh
        party.id = fresh
    for event in case.events:
        fresh = new_id()
        remap[event.id] = fresh
        event.id = fresh
        for inv in event.involved:
            inv.ref = remap.get(inv.ref, inv.ref)
    for action in case.actions_taken:
        action.events = [remap.get(e, e) for e in action.events]
    for entry in case.outreach:
        entry.id = new_id()
        entry.case_id = case.id
    texts.rekey(case, remap)


def ids_in_use(vault: Vault, case: Case) -> bool:
    """Whether any id of `case` or its parts is already taken in the vault."""
    checks = [("cases", case.id)]
    checks += [("people", p.id) for p in case.people]
    checks += [("organisations", o.id) for o in case.organisations]
    checks += [("events", e.id) for e in case.events]
    return any(
        vault.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (i,)).fetchone()
        for table, i in checks
    )


_NO_CASE = QT_TRANSLATE_NOOP("vault", "no case with id {id!r}")
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "vault", "case id prefix {prefix!r} is ambiguous; give more characters"
)


def resolve_case_id(vault: Vault, prefix: str) -> str:
    """A full case id from an id or an unambiguous prefix of at least 4 characters."""
    return resolve_prefix(vault.conn, "cases", prefix, missing=_NO_CASE, ambiguous=_AMBIGUOUS)


# --- interchange JSON ----------------------------------------------------------------

_SCHEMAS: dict[str, dict[str, Any]] = {}


def case_schema(fmt: str = "casebook-case/2") -> dict[str, Any]:
    """The published JSON Schema of casebook-case/2 (or /1 when asked for)."""
    name = (
        "casebook-case-1.schema.json"
        if fmt == "casebook-case/1"
        else ("casebook-case-2.schema.json")
    )
    if name not in _SCHEMAS:
        _SCHEMAS[name] = json.loads(resource("schema", name).read_text("utf-8"))
    return _SCHEMAS[name]


MAX_CASE_JSON = 16 * 1024 * 1024  # as a case inside a bundle (bundle/format.py MAX_JSON)


def read_case_file(path: Path) -> bytes:
    """The bytes of a casebook-case/1 file, read no further than the largest one can be
    (a video chosen by mistake is not loaded into memory); InterchangeError when larger."""
    with open(path, "rb") as f:
        data = f.read(MAX_CASE_JSON + 1)
    _check_size(data)
    return data


def _check_size(text: str | bytes) -> None:
    if len(text) > MAX_CASE_JSON:
        message = translate(
            "interchange", "larger than {size} MiB: far too large to be a casebook-case/1 document"
        ).format(size=MAX_CASE_JSON // (1024 * 1024))
        raise InterchangeError([FieldError("$", message)])


def parse_case_json(text: str | bytes) -> Case:
    """Parse and check a casebook-case/1 document; raises InterchangeError naming the path."""
    _check_size(text)
    try:
        data = safe_json.loads(text)
    except safe_json.JsonError as exc:
        raise InterchangeError([FieldError(exc.path, exc.reason)]) from None
    except json.JSONDecodeError as exc:
        message = translate("interchange", "not valid JSON (line {line}, column {column}: {error})")
        reason = translate("interchange", exc.msg) if exc.msg in _JSON_ERRORS else exc.msg
        error = message.format(line=exc.lineno, column=exc.colno, error=reason)
        raise InterchangeError([FieldError("$", error)]) from None
    except UnicodeDecodeError:
        raise InterchangeError(
            [FieldError("$", translate("interchange", "not UTF-8 text"))]
        ) from None
    except RecursionError:
        raise InterchangeError(
            [
                FieldError(
                    "$", translate("interchange", "not a case: arrays or objects nested too deeply")
                )
            ]
        ) from None
    import jsonschema

    fmt = data.get("format") if isinstance(data, dict) else None
    validator = jsonschema.Draft202012Validator(case_schema(str(fmt)))
    problems = sorted(_precise(validator.iter_errors(data)), key=lambda e: list(e.absolute_path))
    if problems:
        raise InterchangeError([FieldError(p.json_path, _schema_message(p)) for p in problems[:10]])
    return case_from_dict(data)


def _precise(errors: Iterable[jsonschema.ValidationError]) -> list[jsonschema.ValidationError]:
    """A translatable field is "a string or a language map": when neither fits, the
    problems inside the map (with their own paths) say more than "not valid under any"."""
    out = []
    for error in errors:
        if "propertyNames" in error.schema_path:
            continue  # a bad language code: case_from_dict names it with its own path
        inner = [c for c in error.context or () if c.validator != "type" or c.absolute_path
                 != error.absolute_path] if error.validator == "anyOf" else []  # fmt: skip
        out += _precise(inner) if inner else [error]
    return out


# What Python's JSON reader says, declared for translation.
_JSON_ERRORS = {
    QT_TRANSLATE_NOOP("interchange", "Expecting value"),
    QT_TRANSLATE_NOOP("interchange", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("interchange", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("interchange", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("interchange", "Extra data"),
    QT_TRANSLATE_NOOP("interchange", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("interchange", "Invalid control character at"),
    QT_TRANSLATE_NOOP("interchange", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("interchange", "Invalid \\uXXXX escape"),
}
_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer",
               float: "number", type(None): "null"}  # fmt: skip
_REQUIRED = re.compile(r"^('.*') is a required property$")


def _schema_message(error: jsonschema.ValidationError) -> str:
    """The schema's complaint in the current language (JSON type names stay as they are)."""
    kind, value, found = error.validator, error.validator_value, error.instance
    if kind == "enum":
        allowed = ", ".join(str(v) for v in value)
        return translate("validation", "{value!r} is not one of: {allowed}").format(
            value=found, allowed=allowed
        )
    if kind == "additionalProperties" and isinstance(found, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = ", ".join(repr(k) for k in found if k not in known)
        return translate("interchange", "unknown field(s): {names}").format(names=extra)
    if kind == "type":
        return translate("interchange", "must be of type {expected}, not {found}").format(
            expected=value, found=_JSON_TYPES.get(type(found), type(found).__name__)
        )
    if kind == "required" and (missing := _REQUIRED.match(error.message)):
        return translate("interchange", "lacks the required field {name}").format(name=missing[1])
    if kind == "const":
        return translate("interchange", "must be {expected!r}").format(expected=value)
    if kind == "minLength":
        return translate("interchange", "must not be empty")
    if kind == "minProperties":
        return translate("interchange", "must name at least one language")
    if kind == "pattern":
        return translate("interchange", "{value!r} does not have the expected form").format(
            value=found
        )
    return error.message


def import_case_json(vault: Vault, text: str | bytes) -> Case:
    """Import one case as a new case; a fresh id is given when the id is already used."""
    case = parse_case_json(text)
    if ids_in_use(vault, case):
        renew_ids(case)
    save_case(vault, case, touch=False)
    return case


def export_case_json(vault: Vault, case_id: str) -> str:
    return json.dumps(case_to_dict(get_case(vault, case_id)), ensure_ascii=False, indent=2) + "\n"


def export_case_file(vault: Vault, case_id: str, path: Path) -> Path:
    """Write the case as casebook-case/2 JSON to `path`, outside the vault, atomically and
    readable by the user only."""
    text = export_case_json(vault, case_id)
    path = Path(path).expanduser()
    vault.refuse_inside(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partials.write(vault, path, text.encode("utf-8"), mode=0o600)
    os.chmod(path, 0o600)
    return path
