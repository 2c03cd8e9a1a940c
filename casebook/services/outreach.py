"""Outreach: the address book, the log of what was sent to whom and what came back, and
the reminders due (release dates of detentions, follow-ups)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from casebook.domain.model import new_id, utc_now
from casebook.domain.outreach import (
    CHANNELS,
    Addressee,
    OutreachEntry,
    Reminder,
    addressee_errors,
    follow_up_reminder,
    parse_day,
    release_reminder,
)
from casebook.domain.validation import FieldError, ValidationError
from casebook.i18n import translate
from casebook.services.changes import Changes
from casebook.vault import appeals as appeal_repo
from casebook.vault import cases as case_repo
from casebook.vault import outreach as repo
from casebook.vault.db import Connection
from casebook.vault.errors import NotFound
from casebook.vault.vault import Vault

ADDRESS_BOOK_LIMIT = 4 * 1024 * 1024


def _invalid(path: str, message: str) -> ValidationError:
    return ValidationError([FieldError(path, message)])


def parse_addressees(text: str | bytes) -> list[Addressee]:
    """The addressees of an address-book file (a JSON array of objects), or
    ValidationError naming every problem with its JSON path. Nothing partial."""
    if len(text) > ADDRESS_BOOK_LIMIT:
        raise _invalid("$", translate("outreach", "the file is larger than 4 MiB"))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        message = translate("outreach", "not JSON: {reason}").format(reason=exc)
        raise _invalid("$", message) from None
    if not isinstance(data, list):
        raise _invalid("$", translate("outreach", "must be an array of addressees"))
    found: list[Addressee] = []
    errors: list[FieldError] = []
    names: set[str] = set()
    for i, item in enumerate(data):
        addressee, problems = addressee_errors(item, f"$[{i}]")
        errors += [FieldError(p, m) for p, m in problems]
        if addressee is None:
            continue
        if addressee.name.casefold() in names:
            message = translate("outreach", "{name!r} is named twice").format(name=addressee.name)
            errors.append(FieldError(f"$[{i}].name", message))
        names.add(addressee.name.casefold())
        found.append(addressee)
    if errors:
        raise ValidationError(errors)
    return found


def import_addressees(vault: Vault, text: str | bytes) -> tuple[int, int]:
    """Add or update the addressees of an address-book file, all or none: (added, updated)."""
    addressees = parse_addressees(text)
    added = 0
    now = utc_now()
    with vault.transaction() as conn:
        for a in addressees:
            a.id = new_id()
            added += repo.upsert_addressee(conn, a, now)
    return added, len(addressees) - added


def save_addressee(vault: Vault, data: dict[str, str], addressee_id: str = "") -> Addressee:
    """Add an addressee typed in the GUI, or change the one with `addressee_id`; the same
    checks as an imported one, and names stay unique."""
    addressee, problems = addressee_errors(data, "$")
    if addressee is None:
        raise ValidationError([FieldError(p.removeprefix("$."), m) for p, m in problems])
    same = repo.find_addressee(vault.conn, addressee.name)
    if same is not None and same.id != addressee_id:
        message = translate("outreach", "{name!r} is named twice").format(name=addressee.name)
        raise _invalid("name", message)
    with vault.transaction() as conn:
        if addressee_id:
            repo.delete_addressee(conn, addressee_id)
        addressee.id = addressee_id or new_id()
        repo.upsert_addressee(conn, addressee, utc_now())
    return addressee


def delete_addressee(vault: Vault, addressee_id: str) -> None:
    with vault.transaction() as conn:
        repo.delete_addressee(conn, addressee_id)


def read_address_book(path: Path) -> bytes:
    with open(path, "rb") as f:
        data = f.read(ADDRESS_BOOK_LIMIT + 1)
    return data


def list_addressees(vault: Vault) -> list[Addressee]:
    return repo.list_addressees(vault.conn)


def _day_or_fail(text: str, path: str) -> str:
    try:
        return parse_day(text).isoformat()
    except ValueError as exc:
        raise _invalid(path, str(exc)) from None


def _find_appeal(vault: Vault, ref: str) -> appeal_repo.KeptAppeal:
    """A kept appeal by its printed reference, or by its id or an id prefix."""
    row = vault.conn.execute(
        "SELECT id FROM appeals WHERE reference = ? ORDER BY created DESC LIMIT 1", (ref.strip(),)
    ).fetchone()
    appeal_id = str(row[0]) if row else appeal_repo.resolve_appeal_id(vault.conn, ref)
    return appeal_repo.get_appeal(vault.conn, appeal_id)


def add_entry(
    vault: Vault,
    appeal_ref: str,
    *,
    to: str,
    via: str,
    on: str,
    by: str = "",
    follow_up: str = "",
) -> tuple[OutreachEntry, Changes]:
    """Record that the kept appeal `appeal_ref` was sent to the addressee `to`."""
    if via not in CHANNELS:
        message = translate("outreach", "must be one of {choices}").format(
            choices=", ".join(CHANNELS)
        )
        raise _invalid("via", message)
    sent_on = _day_or_fail(on, "on")
    follow = _day_or_fail(follow_up, "follow_up") if follow_up else ""
    if follow and follow < sent_on:
        raise _invalid("follow_up", translate("outreach", "is before the day it was sent"))
    if not to.strip():
        raise _invalid("to", translate("outreach", "is required"))
    appeal = _find_appeal(vault, appeal_ref)
    known = repo.find_addressee(vault.conn, to.strip())
    entry = OutreachEntry(
        id=new_id(),
        case_id=appeal.case_id,
        appeal_id=appeal.id,
        reference=appeal.reference,
        addressee=known.name if known else to.strip(),
        addressee_id=known.id if known else "",
        via=via,
        sent_on=sent_on,
        sent_by=by.strip(),
        follow_up=follow,
    )
    with vault.transaction() as conn:
        repo.insert_entry(conn, entry, utc_now())
    return entry, Changes(cases=True, case_ids=(entry.case_id,))


def respond(
    vault: Vault,
    entry_id: str,
    *,
    on: str,
    summary: str,
    evidence: str = "",
    follow_up: str | None = None,
) -> tuple[OutreachEntry, Changes]:
    """Record the answer to an outreach entry (its date, a summary, the evidence item that
    holds the reply); `follow_up` sets or ('') clears the next follow-up day."""
    entry = repo.get_entry(vault.conn, entry_id)
    entry.response_on = _day_or_fail(on, "on")
    if entry.response_on < entry.sent_on:
        raise _invalid("on", translate("outreach", "is before the day it was sent"))
    entry.response_summary = summary.strip()
    if evidence:
        from casebook.services.evidence import resolve_evidence_id

        entry.response_evidence = resolve_evidence_id(vault, evidence)
        row = vault.conn.execute(
            "SELECT case_id FROM evidence WHERE id = ?", (entry.response_evidence,)
        ).fetchone()
        if row is None or row[0] != entry.case_id:
            raise NotFound(translate("outreach", "that evidence item is not of this case"))
    if follow_up is not None:
        entry.follow_up = _day_or_fail(follow_up, "follow_up") if follow_up else ""
    with vault.transaction() as conn:
        repo.update_response(conn, entry)
    return entry, Changes(cases=True, case_ids=(entry.case_id,))


def list_entries(vault: Vault, case_id: str | None = None) -> list[OutreachEntry]:
    return repo.list_entries(vault.conn, case_id)


def reminders(vault: Vault, today: date | None = None) -> list[Reminder]:
    """What is due on `today`: detentions ending tomorrow or within the last week, and
    follow-ups whose day has come without an answer. By due day."""
    return reminders_in(vault.conn, today or date.today())


def reminders_in(conn: Connection, today: date) -> list[Reminder]:
    """`reminders` on a given connection (the case list's background one)."""
    found: list[Reminder] = []
    first = (today - timedelta(days=7)).isoformat()
    last = (today + timedelta(days=1)).isoformat()
    for case_id, title, event_id in repo.detentions_releasing(conn, first, last):
        case = case_repo.get_case(conn, case_id)
        for event in case.events:
            if event.id == event_id and event.detention is not None:
                if r := release_reminder(case_id, title, event_id, event.detention, today):
                    found.append(r)
    titles: dict[str, str] = {}
    for entry in repo.entries_to_follow_up(conn, today.isoformat()):
        if entry.case_id not in titles:
            row = conn.execute("SELECT title FROM cases WHERE id = ?", (entry.case_id,))
            titles[entry.case_id] = str(row.fetchone()[0])
        if r := follow_up_reminder(entry, titles[entry.case_id], today):
            found.append(r)
    return sorted(found, key=lambda r: (r.due, r.kind, r.case_title))


def entry_to_json(entry: OutreachEntry) -> dict[str, Any]:
    return asdict(entry)


def reminder_to_json(reminder: Reminder) -> dict[str, Any]:
    return asdict(reminder)
