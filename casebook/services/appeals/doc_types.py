"""The vault side of document types: the kept appeal an update follows, the addressee a
letter is written to, and the case as a UN submission may name it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from casebook.domain.appeal import AppealDocument, AppealSettings
from casebook.domain.doc_types import (
    DOC_TYPES,
    DocumentRefused,
    Earlier,
    TypeInputs,
    apply_type,
    check_languages,
    drop_told,
    un_case,
)
from casebook.domain.model import Case, Event
from casebook.i18n import translate
from casebook.services.appeals.library import type_phrases
from casebook.vault import appeals as repo
from casebook.vault import outreach as address_book
from casebook.vault.vault import Vault


@dataclass(frozen=True)
class Shaping:
    case: Case  # the case the builder reads (a UN submission names its victims)
    shape: Callable[[AppealDocument, list[Event], dict[str, str]], AppealDocument] | None
    finish: Callable[[AppealDocument], AppealDocument]


def prepare(vault: Vault, case: Case, settings: AppealSettings, today: date | None) -> Shaping:
    t = DOC_TYPES[settings.doc_type]
    check_languages(t, settings.lang)
    if t.key == "urgent":
        return Shaping(case, None, lambda d: d)
    texts = type_phrases(settings.lang)
    follows = earlier_appeal(vault, case.id, settings.follows) if t.key == "update" else None
    addressee = None
    if settings.addressee:
        addressee = address_book.find_addressee(vault.conn, settings.addressee)
        if addressee is None:
            raise DocumentRefused(
                translate("appeals", "no addressee {name!r} in the address book").format(
                    name=settings.addressee
                )
            )
    if t.key == "un-submission":
        chosen = case.events_in_order()
        if settings.events is not None:
            chosen = [e for e in chosen if e.id in set(settings.events)]
        case = un_case(case, chosen)

    def shape(doc: AppealDocument, chosen: list[Event], labels: dict[str, str]) -> AppealDocument:
        inputs = TypeInputs(t, texts, chosen, labels, follows, addressee, today)
        return apply_type(doc, case, inputs)

    return Shaping(case, shape, lambda d: drop_told(d, follows, texts))


def earlier_appeal(vault: Vault, case_id: str, ref: str) -> Earlier:
    """The kept appeal of this case an update follows: the one named by reference or id,
    else the newest one."""
    kept = repo.list_appeals(vault.conn, case_id)
    if ref:
        found = [k for k in kept if k.reference == ref.strip() or k.id.startswith(ref.lower())]
        if not found:
            raise DocumentRefused(
                translate("appeals", "no appeal {ref!r} was produced for this case").format(ref=ref)
            )
        chosen = found[0]
    elif kept:
        chosen = kept[0]
    else:
        raise DocumentRefused(
            translate(
                "appeals",
                "an update follows an earlier appeal, and none was produced for this case",
            )
        )
    doc = AppealDocument.from_dict(json.loads(chosen.document))
    return Earlier(chosen.reference, doc.issued, doc.narrative)
